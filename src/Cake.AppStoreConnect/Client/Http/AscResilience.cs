using System.Net;
using Polly;
using Polly.Retry;

namespace Cake.AppStoreConnect.Client.Http;

/// <summary>
/// The one retry rule of the client, for App Store Connect requests and upload parts alike: exponential
/// backoff with jitter from <see cref="AscClientOptions.RetryBaseDelay"/> that honours <c>Retry-After</c>,
/// at most <see cref="AscClientOptions.MaxRetries"/> retries, a per-attempt timeout, and one renewal of
/// a refused credential (the token after a 401, a part's pre-signed URL after a 403) tried again at once.
/// Creating requests are retried only when they provably did not arrive.
/// </summary>
internal static class AscResilience
{
    public static readonly ResiliencePropertyKey<AscRequestKind> Kind = new("asc.kind");
    public static readonly ResiliencePropertyKey<string> Description = new("asc.description");
    public static readonly ResiliencePropertyKey<bool> Renewed = new("asc.renewed");
    public static readonly ResiliencePropertyKey<string> Token = new("asc.token");
    public static readonly ResiliencePropertyKey<int> Tries = new("asc.tries");

    /// <summary>The pipeline of API requests: an overall timeout around the rule, the token re-minted after a 401.</summary>
    public static ResiliencePipeline<AscResponse> Build(AscClientOptions options, AscTokenInvalidator invalidateToken, IAscLog log, TimeProvider time)
    {
        var renewal = new Renewal(HttpStatusCode.Unauthorized, context =>
        {
            if (context.Properties.TryGetValue(Token, out var refused))
            {
                invalidateToken(refused);
            }

            log.Write(AscLogLevel.Verbose, $"{Describe(context)} was refused with 401; minting a new token and trying once more.");
            return default;
        });
        return new ResiliencePipelineBuilder<AscResponse> { TimeProvider = time }
            .AddTimeout(options.OverallTimeout)
            .AddRetry(Retry(options, renewal, log))
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    /// <summary>
    /// The pipeline of upload parts: the same rule with the part's own attempt timeout, the URLs fetched again
    /// after a 403 (Apple's pre-signed URLs answer 403 once expired), and no overall timeout: a slow link may
    /// need every attempt's time for a large part.
    /// </summary>
    public static ResiliencePipeline<AscResponse> BuildForParts(AscClientOptions options, TimeSpan partTimeout, Func<ResilienceContext, ValueTask> renewUrl, IAscLog log, TimeProvider time) =>
        new ResiliencePipelineBuilder<AscResponse> { TimeProvider = time }
            .AddRetry(Retry(options, new Renewal(HttpStatusCode.Forbidden, renewUrl), log))
            .AddTimeout(partTimeout)
            .Build();

    /// <summary>Tells whether a failed send certainly never reached the server.</summary>
    public static bool CertainlyNotSent(Exception exception) => exception is HttpRequestException
    {
        HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
    };

    /// <summary>Tells whether a failure is the network's or a timeout's rather than an answer.</summary>
    public static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or IOException || AscFailureText.IsTimeout(exception);

    /// <summary>Counts a try of the request the context belongs to; the final message says how many were made.</summary>
    public static void CountTry(ResilienceContext context) =>
        context.Properties.Set(Tries, context.Properties.GetValue(Tries, 0) + 1);

    /// <summary>Tells whether an answer is worth waiting for and trying again, were retries left.</summary>
    public static bool IsTransient(HttpStatusCode status, AscRequestKind kind) =>
        // Apple's rate limiter answers 429 before doing anything, so even a creation is safe to repeat.
        status == HttpStatusCode.TooManyRequests || ((int)status is 500 or 502 or 503 or 504 && kind != AscRequestKind.Create);

    private static RetryStrategyOptions<AscResponse> Retry(AscClientOptions options, Renewal renewal, IAscLog log) => new()
    {
        // One extra attempt is reserved for the renewal; ShouldRetry enforces MaxRetries for the rest.
        MaxRetryAttempts = options.MaxRetries + 1,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        MaxDelay = options.MaxRetryDelay,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber, options.MaxRetries, renewal.Status)),
        DelayGenerator = args => ValueTask.FromResult(DelayFor(args.Outcome, renewal.Status, options.MaxRetryDelay)),
        OnRetry = args =>
        {
            if (args.Outcome.Result?.Status == renewal.Status)
            {
                args.Context.Properties.Set(Renewed, true);
                return renewal.RenewAsync(args.Context);
            }

            log.Write(AscLogLevel.Warning, AscFailureText.Retrying(Describe(args.Context), AscFailureText.Reason(args.Outcome), args.AttemptNumber + 1, options.MaxRetries, args.RetryDelay));
            return default;
        },
    };

    private static bool ShouldRetry(Outcome<AscResponse> outcome, ResilienceContext context, int attempt, int maxRetries, HttpStatusCode renewable)
    {
        var kind = context.Properties.GetValue(Kind, AscRequestKind.Read);
        if (outcome.Exception is { } exception)
        {
            if (exception is OperationCanceledException && !AscFailureText.IsTimeout(exception))
            {
                return false;
            }

            return attempt < maxRetries && IsTransportFailure(exception) && (kind != AscRequestKind.Create || CertainlyNotSent(exception));
        }

        var status = outcome.Result!.Status;
        if (status == renewable)
        {
            return !context.Properties.GetValue(Renewed, false);
        }

        return attempt < maxRetries && IsTransient(status, kind);
    }

    private static TimeSpan? DelayFor(Outcome<AscResponse> outcome, HttpStatusCode renewable, TimeSpan maxDelay)
    {
        if (outcome.Result?.Status == renewable)
        {
            return TimeSpan.Zero;
        }

        if (outcome.Result?.RetryAfter is { } retryAfter)
        {
            return retryAfter < maxDelay ? retryAfter : maxDelay;
        }

        return null;
    }

    private static string Describe(ResilienceContext context) =>
        context.Properties.GetValue(Description, "The request");

    /// <summary>The answer that asks for a fresh credential, and how one is got before the attempt made at once.</summary>
    private sealed record Renewal(HttpStatusCode Status, Func<ResilienceContext, ValueTask> RenewAsync);
}

/// <summary>Drops a refused token so the next attempt mints a new one.</summary>
/// <param name="refusedToken">The token that was refused.</param>
internal delegate void AscTokenInvalidator(string refusedToken);
