using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Tests.Emulator;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.TestFlight;

/// <summary>The emulator in-process (spec checked when Apple's spec is present) and the add-in's client pointed at it.</summary>
internal sealed class TestFlightFixture : IAsyncDisposable
{
    public const string SampleBundleId = "com.example.Sample";
    public const string SampleAppId = "1530123457";

    private TestFlightFixture(TestEmulator emulator, AppStoreConnectClient client, AscApiKey key, CapturingCakeLog log)
    {
        Emulator = emulator;
        Client = client;
        Key = key;
        Log = log;
    }

    public TestEmulator Emulator { get; }

    public AppStoreConnectClient Client { get; }

    public AscApiKey Key { get; }

    public CapturingCakeLog Log { get; }

    public static async Task<TestFlightFixture> StartAsync(TimeSpan? betaReviewTime = null, Action<Cake.AppStoreConnect.Emulator.EmulatorOptions>? configure = null)
    {
        var spec = Cake.AppStoreConnect.Tests.Emulator.SharedFixtures.SpecPath();
        var emulator = await TestEmulator.StartAsync(o =>
        {
            o.OpenApiPath = spec;
            o.BetaReviewTime = betaReviewTime ?? TimeSpan.Zero;
            configure?.Invoke(o);
        });
        var host = emulator.Host;
        var key = AscApiKey.FromPem(host.KeyId, host.IssuerId, host.PrivateKeyPem, "emulator key");
        var options = new AscClientOptions { BaseAddress = host.BaseAddress, RetryBaseDelay = TimeSpan.FromMilliseconds(5), MaxRetryDelay = TimeSpan.FromMilliseconds(50), MaxRetries = 3 };
        var log = new CapturingCakeLog();
        var client = new AppStoreConnectClient(new AscConnection(AscHttp.Shared, new AscTokenProvider(key), options, new CakeAscLog(log)));
        return new TestFlightFixture(emulator, client, key, log);
    }

    public IDictionary<string, string> Variables() => new Dictionary<string, string>
    {
        ["ASC_KEY_ID"] = Emulator.Host.KeyId,
        ["ASC_ISSUER_ID"] = Emulator.Host.IssuerId!,
        ["ASC_PRIVATE_KEY"] = Emulator.Host.PrivateKeyPem,
        ["ASC_API_URL"] = Emulator.Host.BaseAddress.ToString(),
    };

    public async Task<IReadOnlyList<(string Method, string Path, int Status)>> RequestsAsync()
    {
        var log = JsonNode.Parse(await Emulator.Control.GetStringAsync("/_emulator/requests"))!.AsArray();
        return [.. log.Select(e => (e!["method"]!.GetValue<string>(), e["path"]!.GetValue<string>(), e["status"]!.GetValue<int>()))];
    }

    public async Task<IReadOnlyList<(string Method, string Path, int Status)>> ChangesAsync() =>
        [.. (await RequestsAsync()).Where(r => r.Method != "GET")];

    public async Task ClearRequestsAsync() => await Emulator.Control.DeleteAsync("/_emulator/requests");

    public async Task FaultAsync(string method, string path, string when, int status = 503, int count = 1, bool drop = false)
    {
        using var content = new StringContent(new JsonObject { ["method"] = method, ["path"] = path, ["when"] = when, ["status"] = status, ["count"] = count, ["drop"] = drop }.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await Emulator.Control.PostAsync("/_emulator/faults", content);
        response.EnsureSuccessStatusCode();
    }

    public async Task<JsonArray> StateAsync(string type) => (await Emulator.StateAsync())[type]!.AsArray();

    public async Task<JsonObject> GroupAsync(string appId, string name) =>
        (await StateAsync("betaGroups")).Select(g => g!.AsObject()).Single(g => g["appId"]!.GetValue<string>() == appId && g["name"]!.GetValue<string>() == name);

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Key.Dispose();
    }
}
