using Cake.AppStoreConnect.Emulator.Diagnostics;
using Cake.AppStoreConnect.Emulator.Faults;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>
/// Requests to the pre-signed part URLs: no token and no rate limit (they are not API calls), but the
/// same latency, faults and request log as the API, so a client's part retries can be rehearsed.
/// </summary>
internal sealed class UploadPipeline
{
    private readonly EmulatorContext _context;

    public UploadPipeline(EmulatorContext context)
    {
        _context = context;
    }

    public static bool IsUploadPath(PathString path) => path.StartsWithSegments(UploadPartEndpoint.PathPrefix, StringComparison.Ordinal);

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        // Never the URL: its token lets anyone upload.
        State.ChangeLog.Cause.Value = State.ChangeCause.Request(http.Request.Method, UploadPartEndpoint.PathPrefix + "/…", $"{http.Request.Method} upload part");
        if (_context.Options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(_context.Options.Latency, http.RequestAborted);
        }

        var fault = _context.Faults.Next(http.Request.Method, http.Request.Path.Value!);
        if (fault is { When: FaultTiming.Before })
        {
            await StrikeAsync(http, fault);
            return;
        }

        if (fault is null)
        {
            await next(http);
            Log(http, http.Response.StatusCode, null);
            return;
        }

        // "After": the part is stored, then the answer is lost.
        var original = http.Response.Body;
        http.Response.Body = Stream.Null;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        http.Response.Headers.Clear();
        await StrikeAsync(http, fault);
    }

    private async Task StrikeAsync(HttpContext http, Fault fault)
    {
        Log(http, fault.Drop ? 0 : fault.Status, fault);
        if (fault.Drop)
        {
            http.Abort();
            return;
        }

        await UploadPartEndpoint.Error(fault.Status, fault.Status == 503 ? "SlowDown" : "InternalError", "Injected fault: please retry.").ExecuteAsync(http);
    }

    private void Log(HttpContext http, int status, Fault? fault) =>
        _context.Requests.Add(new RequestLogEntry(
            http.Request.Method, http.Request.Path.Value!, status, _context.Now, fault is not null, fault?.Describe(), null, null));
}
