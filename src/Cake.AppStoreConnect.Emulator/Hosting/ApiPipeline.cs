using Cake.AppStoreConnect.Emulator.Access;
using Cake.AppStoreConnect.Emulator.Authentication;
using Cake.AppStoreConnect.Emulator.Diagnostics;
using Cake.AppStoreConnect.Emulator.Faults;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.OpenApi;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>
/// Every request to Apple's paths (<c>/v1</c>, <c>/v2</c>, …) passes here, in this order: latency,
/// authentication, rate limit, the key's access (account switches, role table, visible apps), faults before, time-driven transitions, the spec's request check, the
/// handler; then the spec's response check and faults after. The response is buffered so that a
/// contract violation or an "after" fault can still replace it once the handler has run.
/// </summary>
internal sealed class ApiPipeline
{
    private readonly EmulatorContext _context;
    private readonly ILogger _logger;

    public ApiPipeline(EmulatorContext context, ILogger logger)
    {
        _context = context;
        _logger = logger;
    }

    public static bool IsApiPath(PathString path) =>
        path.Value is { Length: >= 3 } p && p[0] == '/' && p[1] == 'v' && char.IsAsciiDigit(p[2]);

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var exchange = new ApiExchange();
        ChangeLog.Cause.Value = ChangeCause.Request(http.Request.Method, http.Request.Path.Value!);
        var operation = _context.Contract?.Match(http.Request.Method, http.Request.Path.Value!);
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await RunAsync(http, next, exchange, operation);
            if (!exchange.FaultStruck)
            {
                await CheckResponseAsync(http, exchange.NotImplemented ? null : operation, buffer);
                if (exchange.Fault is { When: FaultTiming.After } after)
                {
                    // The change is made; only the answer is lost. A client that retries must not duplicate it.
                    exchange.FaultStruck = true;
                    if (!after.Drop)
                    {
                        await ReplaceAsync(http, exchange, FaultResponses.ToApiError(after));
                    }
                }
            }
        }
        finally
        {
            http.Response.Body = original;
        }

        if (exchange.FaultStruck && exchange.Fault!.Drop)
        {
            Log(http, exchange, 0);
            http.Abort();
            return;
        }

        Log(http, exchange, http.Response.StatusCode);
        buffer.Position = 0;
        http.Response.ContentLength = buffer.Length;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    private async Task RunAsync(HttpContext http, RequestDelegate next, ApiExchange exchange, OpenApiOperation? operation)
    {
        try
        {
            if (_context.Options.Latency > TimeSpan.Zero)
            {
                await Task.Delay(_context.Options.Latency, http.RequestAborted);
            }

            var now = _context.Now;
            Authenticate(http, exchange, now);
            await AppVisibility.CheckBodyAsync(http, _context);
            exchange.Fault = _context.Faults.Next(http.Request.Method, http.Request.Path.Value!);
            if (exchange.Fault is { When: FaultTiming.Before } before)
            {
                exchange.FaultStruck = true;
                if (!before.Drop)
                {
                    throw FaultResponses.ToApiError(before);
                }

                return;
            }

            _context.Store.Advance(now);
            if (operation is not null && await _context.Contract!.CheckRequestAsync(http, operation, now) is { } invalid)
            {
                throw invalid;
            }

            // Routing leaves no endpoint for an unknown path and a bare rejection endpoint for a known path
            // with another method; neither is an implemented operation, so the contract check skips them.
            switch (http.GetEndpoint())
            {
                case null:
                    exchange.NotImplemented = true;
                    throw Errors.PathNotFound(http.Request.Path.Value!);
                case not RouteEndpoint:
                    exchange.NotImplemented = true;
                    throw Errors.MethodNotAllowed(http.Request.Method, http.Request.Path.Value!);
            }

            await next(http);
        }
        catch (ApiException e)
        {
            ResetResponse(http, exchange);
            await JsonApiResults.WriteErrorAsync(http, e);
        }
        catch (StateSaveException e)
        {
            _logger.LogError(e, "State not saved on {Method} {Path}", http.Request.Method, http.Request.Path);
            ResetResponse(http, exchange);
            await JsonApiResults.WriteErrorAsync(http, new ApiException(new ApiError(500, "UNEXPECTED_ERROR", "An unexpected error occurred.", e.Message)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            ResetResponse(http, exchange);
            // The exception's text can name the emulator's files (temp paths): it goes to the console log, not the client.
            await JsonApiResults.WriteErrorAsync(http, new ApiException(new ApiError(500, "UNEXPECTED_ERROR", "An unexpected error occurred.", $"The emulator failed answering this request ({e.GetType().Name}); its console log has the details.")));
        }
    }

    private void Authenticate(HttpContext http, ApiExchange exchange, DateTimeOffset now)
    {
        var verification = _context.Tokens.Verify(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, now);
        if (verification.Key is null)
        {
            exchange.AuthFailure = verification.Failure;
            throw Errors.NotAuthorized();
        }

        exchange.KeyId = verification.Key.KeyId;
        http.Items[typeof(ApiKey)] = verification.Key;
        var allowed = _context.RateLimiter.TryAcquire(verification.Key.KeyId, now, out var remaining);
        exchange.RateLimitHeader = _context.RateLimiter.HeaderValue(remaining);
        http.Response.Headers[RateLimiter.HeaderName] = exchange.RateLimitHeader;
        if (!allowed)
        {
            throw Errors.RateLimited(_context.Options.RateLimitPerHour);
        }

        AccessGuard.Check(http, _context, verification.Key);
    }

    private async Task CheckResponseAsync(HttpContext http, OpenApiOperation? operation, MemoryStream buffer)
    {
        if (operation is null || _context.Contract is not { } contract)
        {
            return;
        }

        var status = http.Response.StatusCode;
        var violations = contract.CheckResponse(operation, status, http.Response.ContentType, buffer.ToArray());
        contract.Recorder.Exercised(operation.OperationId, status);
        if (violations.Count == 0)
        {
            return;
        }

        contract.RecordResponseViolations(operation, http.Request, status, violations, _context.Now);
        var first = violations[0];
        var detail = $"The emulator's {status} response to {operation.OperationId} breaks Apple's spec at {first.SchemaPath}: {first}" +
            (violations.Count > 1 ? $" (and {violations.Count - 1} more, see /_emulator/contract)" : "");
        await ReplaceAsync(http, null, new ApiException(new ApiError(500, ContractChecker.ViolationCode, "The emulator broke Apple's API contract.", detail)));
    }

    private static async Task ReplaceAsync(HttpContext http, ApiExchange? exchange, ApiException error)
    {
        ResetResponse(http, exchange);
        await JsonApiResults.WriteErrorAsync(http, error);
    }

    private static void ResetResponse(HttpContext http, ApiExchange? exchange)
    {
        var rateLimit = http.Response.Headers[RateLimiter.HeaderName];
        http.Response.Body.SetLength(0);
        http.Response.Headers.Clear();
        if (rateLimit.Count > 0)
        {
            http.Response.Headers[RateLimiter.HeaderName] = rateLimit;
        }
        else if (exchange?.RateLimitHeader is { } header)
        {
            http.Response.Headers[RateLimiter.HeaderName] = header;
        }
    }

    private void Log(HttpContext http, ApiExchange exchange, int status) =>
        _context.Requests.Add(new RequestLogEntry(
            http.Request.Method,
            http.Request.Path + http.Request.QueryString,
            status,
            _context.Now,
            exchange.FaultStruck,
            exchange.FaultStruck ? exchange.Fault!.Describe() : null,
            exchange.KeyId,
            exchange.AuthFailure));
}
