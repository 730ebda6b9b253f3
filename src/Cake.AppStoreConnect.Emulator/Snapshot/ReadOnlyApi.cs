using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Emulator.Snapshot;

/// <summary>GETs of Apple's API, every page of a list; writes are impossible (<see cref="GetOnlyHandler"/>).</summary>
internal sealed class ReadOnlyApi : IDisposable
{
    private readonly HttpClient _http;
    private readonly SnapshotKey _key;

    public ReadOnlyApi(Uri baseAddress, SnapshotKey key, HttpMessageHandler? transport = null)
    {
        _key = key;
        _http = new HttpClient(new GetOnlyHandler(transport ?? new SocketsHttpHandler())) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Gets the handler chain, so a test can prove that nothing but GET leaves it.</summary>
    public HttpClient Http => _http;

    /// <summary>Reads a list and every next page; returns the resources and everything included.</summary>
    public async Task<(List<JsonObject> Data, List<JsonObject> Included)> ListAsync(string path, CancellationToken cancellationToken)
    {
        var data = new List<JsonObject>();
        var included = new List<JsonObject>();
        string? next = path;
        while (next is not null)
        {
            var page = await GetAsync(next, cancellationToken);
            data.AddRange(page["data"]!.AsArray().OfType<JsonObject>());
            included.AddRange(page["included"]?.AsArray().OfType<JsonObject>() ?? []);
            next = page["links"]?["next"]?.GetValue<string>();
        }

        return (data, included);
    }

    public void Dispose() => _http.Dispose();

    private static JsonNode? ErrorOf(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["errors"]?[0];
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private async Task<JsonObject> GetAsync(string pathOrUrl, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathOrUrl);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key.Token());
        using var response = await _http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // Apple's error document names the problem; the token is never part of it.
            var detail = ErrorOf(body) is { } error ? $"{error["code"]}: {error["detail"] ?? error["title"]}" : body;
            throw new HttpRequestException($"GET {request.RequestUri} answered {(int)response.StatusCode} ({detail}).", null, response.StatusCode);
        }

        return JsonNode.Parse(body)!.AsObject();
    }
}
