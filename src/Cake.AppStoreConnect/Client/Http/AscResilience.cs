using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Cake.AppStoreConnect.Client.Http;

/// <summary>
/// The retry and timeout policy of every App Store Connect request: an overall timeout, exponential
/// backoff with jitter that honours <c>Retry-After</c>, one token re-mint after a 401, and a
/// per-attempt timeout. Creating requests are retried only when they provably did not arrive.
/// </summary>
internal static class AscResilience
{
    public static readonly ResiliencePropertyKey<AscRequestKind> Kind = new("asc.kind");
    public static readonly ResiliencePropertyKey<string> Description = new("asc.description");
    public static readonly ResiliencePropertyKey<bool> Reminted = new("asc.reminted");
    public static readonly ResiliencePropertyKey<string> Token = new("asc.token");

    public static ResiliencePipeline<AscResponse> Build(AscClientOptions options, AscTokenInvalidator invalidateToken, IAscLog log, TimeProvider time)
    {
        return new ResiliencePipelineBuilder<AscResponse> { TimeProvider = time }
            .AddTimeout(options.OverallTimeout)
            .AddRetry(new RetryStrategyOptions<AscResponse>
            {
                // One extra attempt is reserved for the re-mint after a 401; ShouldRetry enforces MaxRetries for the rest.
                MaxRetryAttempts = options.MaxRetries + 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber, options.MaxRetries)),
                DelayGenerator = args => ValueTask.FromResult(DelayFor(args.Outcome, options.MaxRetryDelay)),
                OnRetry = args =>
                {
                    if (args.Outcome.Result?.Status == HttpStatusCode.Unauthorized)
                    {
                        args.Context.Properties.Set(Reminted, true);
                        if (args.Context.Properties.TryGetValue(Token, out var refused))
                        {
                            invalidateToken(refused);
                        }

                        log.Write(AscLogLevel.Verbose, $"{Describe(args.Context)} was refused with 401; minting a new token and trying once more.");
                    }
                    else
                    {
                        log.Write(AscLogLevel.Warning, $"{Describe(args.Context)} failed ({Reason(args.Outcome)}); retry {args.AttemptNumber + 1} of {options.MaxRetries} in {args.RetryDelay.TotalSeconds:0.#} s.");
                    }

                    return default;
                },
            })
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    /// <summary>Tells whether a failed send certainly never reached the server.</summary>
    public static bool CertainlyNotSent(Exception exception) => exception is HttpRequestException
    {
        HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
    };

    /// <summary>Tells whether a failure is the network's or a timeout's rather than an answer.</summary>
    public static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or IOException;

    public static string Reason(Outcome<AscResponse> outcome) => outcome.Exception switch
    {
        TimeoutRejectedException => "no answer in time",
        HttpRequestException { HttpRequestError: var error } http => $"{error}: {http.Message}",
        { } other => other.GetType().Name,
        null => $"{(int)outcome.Result!.Status} {outcome.Result.Status}",
    };

    private static bool ShouldRetry(Outcome<AscResponse> outcome, ResilienceContext context, int attempt, int maxRetries)
    {
        var kind = context.Properties.GetValue(Kind, AscRequestKind.Read);
        if (outcome.Exception is { } exception)
        {
            if (exception is OperationCanceledException)
            {
                return false;
            }

            return attempt < maxRetries && IsTransportFailure(exception) && (kind != AscRequestKind.Create || CertainlyNotSent(exception));
        }

        var status = (int)outcome.Result!.Status;
        if (status == 401)
        {
            return !context.Properties.GetValue(Reminted, false);
        }

        if (attempt >= maxRetries)
        {
            return false;
        }

        // Apple's rate limiter answers 429 before doing anything, so even a creation is safe to repeat.
        return status == 429 || (status is 500 or 502 or 503 or 504 && kind != AscRequestKind.Create);
    }

    private static TimeSpan? DelayFor(Outcome<AscResponse> outcome, TimeSpan maxDelay)
    {
        if (outcome.Result is { Status: HttpStatusCode.Unauthorized })
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
}

/// <summary>Drops a refused token so the next attempt mints a new one.</summary>
/// <param name="refusedToken">The token that was refused.</param>
internal delegate void AscTokenInvalidator(string refusedToken);
