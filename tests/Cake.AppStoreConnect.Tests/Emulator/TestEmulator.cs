using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>An in-process emulator on a free loopback port, with a plain <see cref="HttpClient"/> that carries a valid token.</summary>
internal sealed class TestEmulator : IAsyncDisposable
{
    private TestEmulator(EmulatorHost host)
    {
        Host = host;
        Client = new HttpClient { BaseAddress = host.BaseAddress };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Mint(host.Key));
        Control = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public EmulatorHost Host { get; }

    /// <summary>Gets a client for Apple's paths, authenticated with the host's team key.</summary>
    public HttpClient Client { get; }

    /// <summary>Gets a client without a token, for control endpoints and upload URLs.</summary>
    public HttpClient Control { get; }

    public static async Task<TestEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Seed = "demo", ProcessingTime = TimeSpan.Zero, UploadPartSize = 1024 };
        configure?.Invoke(options);
        return new TestEmulator(await EmulatorHost.StartAsync(options));
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? body = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            var json = body is JsonNode node ? node.ToJsonString() : System.Text.Json.JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await (client ?? Client).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public async Task<JsonNode> GetOkAsync(string path)
    {
        var (status, body) = await GetAsync(path);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), () => $"GET {path}: {body}");
        return body!;
    }

    public async Task<JsonObject> StateAsync()
    {
        var text = await Control.GetStringAsync("/_emulator/state");
        return JsonNode.Parse(text)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Control.Dispose();
        await Host.DisposeAsync();
    }
}
