using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Emulator;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>
/// The emulator in-process on a loopback port with a short review clock, the typed client pointed at it,
/// and what the App Store tests need around them: builds uploaded from generated IPAs, the emulator's
/// state, scripted faults and the ASC_* variables for alias tests.
/// </summary>
internal sealed class AppStoreHarness : IAsyncDisposable
{
    public const string VeryCapableApp = "org.fastlane.very-capable-app";
    public const string VeryCapableAppId = "1481192346";
    public const string Sample = "com.example.Sample";
    public const string Rehearsal = "org.cakebuild.appstoreconnect.rehearsal";

    private readonly TemporaryDirectory _directory = new();

    private AppStoreHarness(EmulatorHost host, TimeSpan reviewTime)
    {
        Host = host;
        ReviewTime = reviewTime;
        Control = new HttpClient { BaseAddress = host.BaseAddress };
        var key = AscApiKey.FromPem(host.Key.KeyId, host.Key.IssuerId, host.Key.PrivateKeyPem, "emulator");
        Client = AppStoreConnectClient.Create(key, Options(host.BaseAddress), Log);
    }

    public EmulatorHost Host { get; }

    public TimeSpan ReviewTime { get; }

    public AppStoreConnectClient Client { get; }

    public ListLog Log { get; } = new();

    /// <summary>Gets a client without a token for <c>/_emulator/…</c>.</summary>
    public HttpClient Control { get; }

    /// <summary>Gets the variables a Cake script would have: ASC_* pointing at the emulator.</summary>
    public Dictionary<string, string> Variables => new()
    {
        ["ASC_KEY_ID"] = Host.Key.KeyId,
        ["ASC_ISSUER_ID"] = Host.Key.IssuerId!,
        ["ASC_PRIVATE_KEY"] = Host.Key.PrivateKeyPem,
        ["ASC_API_URL"] = Host.BaseAddress.ToString(),
    };

    /// <summary>Starts the emulator; with <paramref name="checkContract"/> every request and response is checked against Apple's spec.</summary>
    public static async Task<AppStoreHarness> StartAsync(TimeSpan? reviewTime = null, bool checkContract = false)
    {
        var review = reviewTime ?? TimeSpan.FromMilliseconds(300);
        var host = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Seed = "demo",
            ProcessingTime = TimeSpan.Zero,
            ReviewTime = review,
            UploadPartSize = 4096,
            OpenApiPath = checkContract ? Emulator.SharedFixtures.SpecPathOrIgnore() : null,
        });
        return new AppStoreHarness(host, review);
    }

    public static AscClientOptions Options(Uri baseAddress) => new()
    {
        BaseAddress = baseAddress,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        RequestTimeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>Uploads a generated IPA through the add-in's upload service and returns the processed build's id.</summary>
    public async Task<string> UploadBuildAsync(string bundleId, string version, string buildNumber, bool? usesNonExemptEncryption = false)
    {
        var path = new SampleIpaBuilder(bundleId, version, buildNumber).WriteTo(_directory.File($"{bundleId}-{version}-{buildNumber}.ipa"));
        var result = await new BuildUploadService(Client).UploadAsync(path, new AscUploadBuildSettings
        {
            UsesNonExemptEncryption = usesNonExemptEncryption,
            PollInterval = TimeSpan.FromMilliseconds(20),
            MaxPollInterval = TimeSpan.FromMilliseconds(100),
        });
        return result.BuildId ?? throw new InvalidOperationException($"Upload of {bundleId} {version} ({buildNumber}) made no build.");
    }

    public async Task<JsonObject> StateAsync() => JsonNode.Parse(await Control.GetStringAsync("/_emulator/state"))!.AsObject();

    /// <summary>Counts the stored resources of a type, optionally only those matching.</summary>
    public async Task<int> CountAsync(string type, Func<JsonNode, bool>? where = null) =>
        (await StateAsync())[type]!.AsArray().Count(r => where?.Invoke(r!) ?? true);

    public async Task FaultAsync(object rule)
    {
        using var response = await Control.PostAsJsonAsync("/_emulator/faults", rule);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Asserts that neither the add-in's requests nor the emulator's answers broke Apple's spec.</summary>
    public async Task AssertContractKeptAsync()
    {
        var contract = JsonNode.Parse(await Control.GetStringAsync("/_emulator/contract"))!;
        Assert.That(contract["requestViolations"]!.AsArray(), Is.Empty, () => contract["requestViolations"]!.ToJsonString());
        Assert.That(contract["violations"]!.AsArray(), Is.Empty, () => contract["violations"]!.ToJsonString());
    }

    /// <summary>Lists the faults the emulator injected, as <c>METHOD path fault</c>.</summary>
    public async Task<IReadOnlyList<string>> InjectedFaultsAsync() =>
        [.. JsonNode.Parse(await Control.GetStringAsync("/_emulator/requests"))!.AsArray()
            .Where(r => r!["faultInjected"]!.GetValue<bool>())
            .Select(r => $"{r!["method"]} {r["path"]} {r["fault"]}")];

    /// <summary>Sends a request to Apple's paths as another tool would (the web UI, a colleague's script).</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonObject? body = null)
    {
        var key = AscApiKey.FromPem(Host.Key.KeyId, Host.Key.IssuerId, Host.Key.PrivateKeyPem, "emulator");
        using var tokens = new AscTokenProviderScope(key);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", tokens.Provider.GetToken());
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await Control.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await Host.DisposeAsync();
        _directory.Dispose();
    }

    private sealed class AscTokenProviderScope(AscApiKey key) : IDisposable
    {
        public AscTokenProvider Provider { get; } = new(key);

        public void Dispose() => key.Dispose();
    }
}

/// <summary>Collects the client's log lines.</summary>
internal sealed class ListLog : IAscLog
{
    private readonly ConcurrentQueue<(AscLogLevel Level, string Message)> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines.Select(l => l.Message)];

    public string Text => string.Join(Environment.NewLine, Lines);

    public void Write(AscLogLevel level, string message) => _lines.Enqueue((level, message));

    public void Clear() => _lines.Clear();
}
