using System.Security.Cryptography;
using System.Text;
using Cake.AppStoreConnect.Emulator.Hosting;

namespace Cake.AppStoreConnect.Emulator.Control;

/// <summary>
/// Keeps other people's code away from <c>/_emulator/…</c>, which mints keys and changes state:
/// - writes (POST, PUT, PATCH) need <c>Content-Type: application/json</c>, which a web page can only send
///   after a CORS preflight the emulator never approves, so a page the user opens cannot call them;
/// - on loopback, the <c>Host</c> must name this machine, so a page whose name was rebound to 127.0.0.1
///   (DNS rebinding) is refused;
/// - with <c>--allow-remote</c>, writes and deletes need the control token printed at start.
/// </summary>
internal sealed class ControlGuard
{
    public const string TokenHeader = "X-Emulator-Token";

    private readonly EmulatorContext _context;

    public ControlGuard(EmulatorContext context)
    {
        _context = context;
    }

    public static bool IsControlPath(PathString path) => path.StartsWithSegments(ControlEndpoints.Prefix, StringComparison.Ordinal);

    public Task InvokeAsync(HttpContext http, RequestDelegate next) =>
        Refusal(http.Request) is { } refusal
            ? Results.Json(new { error = refusal.Message }, statusCode: refusal.Status).ExecuteAsync(http)
            : PassAsync(http, next);

    // Async, so the cause stays with this request: what a control request changes is set-up, not the pipeline's doing.
    private static async Task PassAsync(HttpContext http, RequestDelegate next)
    {
        State.ChangeLog.Cause.Value = State.ChangeCause.Control(http.Request.Method, http.Request.Path.Value!);
        await next(http);
    }

    private (int Status, string Message)? Refusal(HttpRequest request)
    {
        if (_context.ControlToken is null && !ListenUrls.IsLoopback(request.Host.Host))
        {
            return (StatusCodes.Status403Forbidden, $"The control endpoints answer only requests addressed to this machine (127.0.0.1, [::1] or localhost), not '{request.Host.Host}'.");
        }

        var writes = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method);
        if (writes && !string.Equals(request.GetTypedHeaders().ContentType?.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status415UnsupportedMediaType, "Control requests that change something need Content-Type: application/json (send {} when there is nothing to say).");
        }

        if (_context.ControlToken is { } token && (writes || HttpMethods.IsDelete(request.Method)) && !Matches(request.Headers[TokenHeader].ToString(), token))
        {
            return (StatusCodes.Status401Unauthorized, $"This emulator accepts remote clients (--allow-remote): control requests that change something need the {TokenHeader} header printed at start (ASC_EMULATOR_CONTROL_TOKEN in the env file).");
        }

        return null;
    }

    private static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
