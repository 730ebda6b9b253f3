using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.JsonApi;
using Cake.AppStoreConnect.Client.RateLimits;
using Polly;

namespace Cake.AppStoreConnect.Client.Http;

/// <summary>
/// The one way requests reach App Store Connect: adds the bearer token, serialises JSON:API, turns
/// errors into <see cref="AscApiException"/>, retries what is safe to retry, follows paging, tracks
/// the rate-limit budget and logs each exchange without secrets. Thread-safe.
/// </summary>
public sealed class AscConnection
{
    private static readonly MediaTypeWithQualityHeaderValue JsonMediaType = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue GzipMediaType = new("application/a-gzip");
    private static readonly double[] BudgetWarningThresholds = [0.10, 0.05, 0.01];

    private readonly HttpClient _http;
    private readonly AscTokenProvider _tokens;
    private readonly IAscLog _log;
    private readonly ResiliencePipeline<AscResponse> _pipeline;
    private readonly Lock _budgetGate = new();
    private double _lastWarnedThreshold = 1.0;

    /// <summary>Creates a connection.</summary>
    /// <param name="http">The shared HTTP client; it must carry no default Authorization header.</param>
    /// <param name="tokens">Mints the bearer tokens.</param>
    /// <param name="options">Address, timeouts and retry budget.</param>
    /// <param name="log">Where exchanges are logged.</param>
    /// <param name="time">The clock; the system clock when <see langword="null"/>.</param>
    public AscConnection(HttpClient http, AscTokenProvider tokens, AscClientOptions options, IAscLog? log = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _tokens = tokens;
        _log = log ?? NullAscLog.Instance;
        Options = options;
        BaseAddress = options.BaseAddress.AbsoluteUri.EndsWith('/') ? options.BaseAddress : new Uri(options.BaseAddress.AbsoluteUri + "/");
        _pipeline = AscResilience.Build(options, _tokens.Invalidate, _log, time ?? TimeProvider.System);
    }

    /// <summary>Gets the API address requests go to.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the options.</summary>
    public AscClientOptions Options { get; }

    /// <summary>Gets the key requests are signed with.</summary>
    public AscApiKey Key => _tokens.Key;

    /// <summary>Gets the log.</summary>
    public IAscLog Log => _log;

    /// <summary>Gets the budget reported by the latest response that carried one.</summary>
    public AscRateLimit? LastRateLimit { get; private set; }

    /// <summary>Gets the server's clock minus this machine's, from the latest response's <c>Date</c>.</summary>
    public TimeSpan? ObservedClockSkew { get; private set; }

    /// <summary>Gets one document.</summary>
    /// <typeparam name="TData">The data type: a resource or a list of resources.</typeparam>
    /// <param name="pathAndQuery">The path and query, such as <c>/v1/apps/123</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The document.</returns>
    public async Task<JsonApiDocument<TData>> GetAsync<TData>(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(HttpMethod.Get, pathAndQuery, null, AscRequestKind.Read, cancellationToken);
        return Deserialize<JsonApiDocument<TData>>(response, HttpMethod.Get, pathAndQuery);
    }

    /// <summary>Gets one resource, or <see langword="null"/> when App Store Connect answers 404.</summary>
    /// <typeparam name="TAttributes">The attributes type.</typeparam>
    /// <param name="pathAndQuery">The path and query.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The resource or <see langword="null"/>.</returns>
    public async Task<JsonApiResource<TAttributes>?> FindAsync<TAttributes>(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await GetAsync<JsonApiResource<TAttributes>>(pathAndQuery, cancellationToken)).Data;
        }
        catch (AscNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Reads every resource of a collection, following <c>links.next</c> to the last page.</summary>
    /// <typeparam name="TAttributes">The attributes type.</typeparam>
    /// <param name="path">The collection path, such as <c>/v1/apps</c>.</param>
    /// <param name="query">Filters and fields; <c>limit</c> defaults to 200, Apple's maximum.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The resources, page after page.</returns>
    public async IAsyncEnumerable<JsonApiResource<TAttributes>> GetAllAsync<TAttributes>(string path, AscQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in GetPagesAsync<TAttributes>(path, query, cancellationToken))
        {
            foreach (var resource in page.Data ?? [])
            {
                yield return resource;
            }
        }
    }

    /// <summary>Reads every page of a collection, following <c>links.next</c> to the last page.</summary>
    /// <typeparam name="TAttributes">The attributes type.</typeparam>
    /// <param name="path">The collection path.</param>
    /// <param name="query">Filters and fields; <c>limit</c> defaults to 200.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The pages, including their <c>included</c> resources.</returns>
    public async IAsyncEnumerable<JsonApiDocument<IReadOnlyList<JsonApiResource<TAttributes>>>> GetPagesAsync<TAttributes>(string path, AscQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        query ??= new AscQuery();
        if (!query.Has("limit"))
        {
            query.Limit(AscQuery.DefaultCollectionLimit);
        }

        var next = query.AppendTo(path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        int? total = null;
        while (next is not null)
        {
            if (!seen.Add(next))
            {
                throw new InvalidOperationException($"App Store Connect's next link repeats an earlier page ({next}); stopped rather than loop forever.");
            }

            var page = await GetAsync<IReadOnlyList<JsonApiResource<TAttributes>>>(next, cancellationToken);
            count += page.Data?.Count ?? 0;
            total ??= page.Meta?.Paging?.Total;
            yield return page;
            next = page.Links?.Next is { Length: > 0 } link ? ToRelative(link) : null;
        }

        if (total is { } expected && count < expected)
        {
            _log.Write(AscLogLevel.Warning, $"{path} reported {expected} resources but its pages held {count}; App Store Connect may have changed the collection while it was read.");
        }
    }

    /// <summary>Sends a request with a JSON:API body and reads the document it returns.</summary>
    /// <typeparam name="TData">The data type of the response.</typeparam>
    /// <param name="method">The method.</param>
    /// <param name="pathAndQuery">The path and query.</param>
    /// <param name="body">The body, serialised as JSON; <see langword="null"/> for none.</param>
    /// <param name="kind">Whether repeating it is safe.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The document.</returns>
    public async Task<JsonApiDocument<TData>> SendAsync<TData>(HttpMethod method, string pathAndQuery, object? body, AscRequestKind kind, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(method, pathAndQuery, body, kind, cancellationToken);
        return Deserialize<JsonApiDocument<TData>>(response, method, pathAndQuery);
    }

    /// <summary>Sends a request whose success has no body (204), such as a relationship change.</summary>
    /// <param name="method">The method.</param>
    /// <param name="pathAndQuery">The path and query.</param>
    /// <param name="body">The body; <see langword="null"/> for none.</param>
    /// <param name="kind">Whether repeating it is safe.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when App Store Connect accepted the request.</returns>
    public async Task SendWithoutResultAsync(HttpMethod method, string pathAndQuery, object? body, AscRequestKind kind, CancellationToken cancellationToken = default) =>
        await SendAsync(method, pathAndQuery, body, kind, cancellationToken);

    /// <summary>Gets a binary body, such as a gzip report.</summary>
    /// <param name="pathAndQuery">The path and query.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The bytes and their content type.</returns>
    public Task<(byte[] Body, string? ContentType)> GetBytesAsync(string pathAndQuery, CancellationToken cancellationToken = default) =>
        // Apple's report endpoints answer application/a-gzip, and JSON only for errors.
        GetBytesAsync(pathAndQuery, GzipMediaType.MediaType!, cancellationToken);

    /// <summary>Gets a body of a media type other than JSON:API, such as Apple's vendor JSON of performance metrics.</summary>
    /// <param name="pathAndQuery">The path and query.</param>
    /// <param name="accept">The media type to ask for (JSON is accepted too, for errors).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The bytes and their content type.</returns>
    public async Task<(byte[] Body, string? ContentType)> GetBytesAsync(string pathAndQuery, string accept, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(HttpMethod.Get, pathAndQuery, null, AscRequestKind.Read, cancellationToken, new MediaTypeWithQualityHeaderValue(accept));
        return (response.Body, response.ContentType);
    }

    private async Task<AscResponse> SendAsync(HttpMethod method, string pathAndQuery, object? body, AscRequestKind kind, CancellationToken cancellationToken, MediaTypeWithQualityHeaderValue? binary = null)
    {
        var path = pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery;
        var step = $"{method} {AscFailureText.WithoutQuery(path)}";
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, AscJson.Options);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AscResilience.Kind, kind);
        context.Properties.Set(AscResilience.Description, step);
        Outcome<AscResponse> outcome;
        int tries;
        try
        {
            outcome = await _pipeline.ExecuteOutcomeAsync(
                static (ctx, state) => state.Connection.SendOnceAsync(state.Method, state.Path, state.Payload, state.Binary, ctx),
                context,
                (Connection: this, Method: method, Path: path, Payload: payload, Binary: binary));
            tries = context.Properties.GetValue(AscResilience.Tries, 0);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } ex)
        {
            if (!AscResilience.IsTransportFailure(ex))
            {
                outcome.ThrowIfException();
            }

            var cause = AscFailureText.Cause(ex);
            if (kind == AscRequestKind.Create && !AscResilience.CertainlyNotSent(ex))
            {
                throw new AscOutcomeUnknownException(method.Method, AscFailureText.WithoutQuery(path), cause, ex);
            }

            throw new AscNetworkException(AscFailureText.GaveUp(step, tries, cause, NetworkAdvice(ex, kind)), ex);
        }

        var response = outcome.Result!;
        if (response.IsSuccess)
        {
            return response;
        }

        var error = AscApiException.Create(response.Status, method.Method, path, ReadErrors(response), response.RateLimit, Key);
        if (kind == AscRequestKind.Create && response.IsServerError)
        {
            throw new AscOutcomeUnknownException(method.Method, path, $"{(int)response.Status} {response.Status}", error);
        }

        throw error;
    }

    /// <summary>Whether re-running is safe after a network failure, and what to check.</summary>
    private string NetworkAdvice(Exception failure, AscRequestKind kind)
    {
        var safe = kind == AscRequestKind.Create
            ? "Re-running is safe: the request never reached App Store Connect"
            : "Re-running is safe: steps already done are found and reused";
        return AscFailureText.IsTimeout(failure)
            ? $"{safe}; raise RequestTimeout or OverallTimeout if the network is slow."
            : $"{safe}. Check the network, proxy and ASC_API_URL (App Store Connect at {BaseAddress.GetLeftPart(UriPartial.Path)}; when rehearsing, that the emulator runs).";
    }

    private async ValueTask<Outcome<AscResponse>> SendOnceAsync(HttpMethod method, string path, byte[]? payload, MediaTypeWithQualityHeaderValue? binary, ResilienceContext context)
    {
        AscResilience.CountTry(context);
        var token = _tokens.GetToken();
        context.Properties.Set(AscResilience.Token, token);
        using var request = new HttpRequestMessage(method, new Uri(BaseAddress, path.TrimStart('/')));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (binary is not null)
        {
            request.Headers.Accept.Add(binary);
        }

        request.Headers.Accept.Add(JsonMediaType);
        if (payload is not null)
        {
            request.Content = new ByteArrayContent(payload);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var message = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken);
            var bytes = await message.Content.ReadAsByteArrayAsync(context.CancellationToken);
            var response = new AscResponse(
                message.StatusCode,
                bytes,
                message.Content.Headers.ContentType?.MediaType,
                message.Headers.TryGetValues("X-Rate-Limit", out var limits) ? AscRateLimit.Parse(limits.FirstOrDefault()) : null,
                AscResponse.RetryAfterOf(message),
                message.Headers.Date);
            Observe(method, path, response, Stopwatch.GetElapsedTime(started));
            return Outcome.FromResult(response);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            _log.Write(AscLogLevel.Verbose, $"{method} {path} failed after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms: {ex.GetType().Name}");
            return Outcome.FromException<AscResponse>(ex);
        }
    }

    private void Observe(HttpMethod method, string path, AscResponse response, TimeSpan elapsed)
    {
        if (response.ServerDate is { } serverDate)
        {
            ObservedClockSkew = serverDate - DateTimeOffset.UtcNow;
        }

        var budget = string.Empty;
        if (response.RateLimit is { } limit)
        {
            LastRateLimit = limit;
            budget = $", rate limit {limit}";
            WarnWhenBudgetLow(limit);
        }

        _log.Write(AscLogLevel.Verbose, $"{method} {path} -> {(int)response.Status} in {elapsed.TotalMilliseconds:0} ms{budget}");
        if (!response.IsSuccess)
        {
            _log.Write(AscLogLevel.Debug, $"{method} {path} error body: {response.Preview(2000)}");
        }
    }

    private void WarnWhenBudgetLow(AscRateLimit limit)
    {
        if (limit.HourFractionRemaining is not { } fraction)
        {
            return;
        }

        lock (_budgetGate)
        {
            var crossed = BudgetWarningThresholds.Where(t => fraction <= t && t < _lastWarnedThreshold).DefaultIfEmpty().Min();
            if (crossed > 0)
            {
                _lastWarnedThreshold = crossed;
                _log.Write(AscLogLevel.Warning, $"Only {limit.HourRemaining} of {limit.HourLimit} App Store Connect requests are left this hour for key {Key.KeyId}; past that Apple answers 429 until the rolling hour frees some.");
            }
            else if (fraction > BudgetWarningThresholds[0])
            {
                _lastWarnedThreshold = 1.0;
            }
        }
    }

    private string ToRelative(string link)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var next))
        {
            return link;
        }

        // The token goes only to the configured host, whatever a response's links say.
        if (!string.Equals(next.Scheme, BaseAddress.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(next.Host, BaseAddress.Host, StringComparison.OrdinalIgnoreCase)
            || next.Port != BaseAddress.Port)
        {
            throw new InvalidOperationException($"App Store Connect's next link points at another host ({next.Scheme}://{next.Authority}); refusing to send the token there.");
        }

        return next.PathAndQuery;
    }

    private static List<AscError> ReadErrors(AscResponse response)
    {
        try
        {
            var document = JsonSerializer.Deserialize<AscErrorDocument>(response.Body, AscJson.Options);
            if (document?.Errors is { Count: > 0 } errors)
            {
                return [.. errors];
            }
        }
        catch (JsonException)
        {
            // Not Apple's error document: a proxy or load balancer answered. Reported below as text.
        }

        return [new AscError { Status = ((int)response.Status).ToString(System.Globalization.CultureInfo.InvariantCulture), Code = $"HTTP_{(int)response.Status}", Title = response.Status.ToString(), Detail = response.Body.Length == 0 ? null : response.Preview() }];
    }

    private static T Deserialize<T>(AscResponse response, HttpMethod method, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(response.Body, AscJson.Options)
                ?? throw new JsonException("The body was null.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"App Store Connect's answer to {method} {path} ({(int)response.Status}) could not be read as JSON:API: {ex.Message}", ex);
        }
    }
}
