using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Emulator;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.Emulator;
using Cake.Core;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>
/// The emulator in-process on a free loopback port (port 0), seeded with the demo account, and every way a test
/// talks to it: the typed client with its log, a real Cake context with the ASC_* variables, plain HTTP with a
/// valid token (<see cref="EmulatorHttp"/>), and the control endpoints (state, request log, faults, contract).
/// Each test class owns its fixtures, so classes run in parallel.
/// </summary>
public sealed class EmulatorFixture : IAsyncDisposable
{
    public const string VeryCapableApp = "org.fastlane.very-capable-app";
    public const string VeryCapableAppId = "1481192346";
    public const string Sample = "com.example.Sample";
    public const string SampleAppId = "1530123457";
    public const string Rehearsal = "org.cakebuild.appstoreconnect.rehearsal";
    public const string VendorNumber = "80012345";
    public const string IndividualKeyId = EmulatorFixtureOptions.IndividualKeyId;

    private readonly TemporaryDirectory _directory = new();
    private readonly List<AscApiKey> _keys = [];
    private readonly EmulatorFixtureOptions _options;

    private EmulatorFixture(EmulatorHost host, EmulatorFixtureOptions options)
    {
        Host = host;
        _options = options;
        Http = new HttpClient { BaseAddress = host.BaseAddress };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Mint(host.Key));
        Control = new HttpClient { BaseAddress = host.BaseAddress };
        Client = ClientFor(individualKey: false, Log);
    }

    public EmulatorHost Host { get; }

    /// <summary>Gets the clock the emulator runs on when started <see cref="EmulatorFixtureOptions.WithClock"/>; otherwise null (real time).</summary>
    public ManualClock? Clock => _options.Clock;

    /// <summary>Gets how long each App Review stage lasts on the emulator's clock.</summary>
    public TimeSpan ReviewTime => Host.Options.ReviewTime;

    /// <summary>Gets a temporary folder, deleted with the fixture; the Cake context's working directory.</summary>
    public string Directory => _directory.Path;

    /// <summary>Gets the typed client, as a Frosting task uses it, authenticated with the team key and logging to <see cref="Log"/>.</summary>
    public AppStoreConnectClient Client { get; }

    /// <summary>Gets the log of <see cref="Client"/>.</summary>
    public CapturingLog Log { get; } = new();

    /// <summary>Gets a plain client for Apple's paths with a valid team-key token.</summary>
    public HttpClient Http { get; }

    /// <summary>Gets a plain client without a token, for <c>/_emulator/…</c> and upload URLs.</summary>
    public HttpClient Control { get; }

    /// <summary>Gets the variables a pipeline sets: the team key, the emulator's address (and the vendor number when asked).</summary>
    public Dictionary<string, string> Variables => VariablesOf(Host.Key);

    /// <summary>Gets the variables for the individual key of <see cref="EmulatorFixtureOptions.WithIndividualKey"/>.</summary>
    public Dictionary<string, string> IndividualKeyVariables => VariablesOf(Host.IndividualKey ?? throw new InvalidOperationException("Start the fixture WithIndividualKey()."));

    public static Task<EmulatorFixture> StartAsync(Action<EmulatorFixtureOptions>? configure = null)
    {
        var options = new EmulatorFixtureOptions();
        configure?.Invoke(options);
        return StartAsync(options);
    }

    public static async Task<EmulatorFixture> StartAsync(EmulatorFixtureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ContractCheck)
        {
            options.Emulator.OpenApiDocument = SharedFixtures.ParsedSpecOrNull;
            if (options.Emulator.OpenApiDocument is null && options.ContractRequired)
            {
                _ = SharedFixtures.Spec;
            }
        }

        if (options.Clock is { } clock)
        {
            options.Emulator.Clock = clock;
        }

        return new EmulatorFixture(await EmulatorHost.StartAsync(options.Emulator), options);
    }

    /// <summary>Creates another typed client, e.g. with the individual key or its own log.</summary>
    public AppStoreConnectClient ClientFor(bool individualKey, IAscLog? log = null)
    {
        var key = individualKey ? Host.IndividualKey ?? throw new InvalidOperationException("Start the fixture WithIndividualKey().") : Host.Key;
        var apiKey = AscApiKey.FromPem(key.KeyId, key.IssuerId, key.PrivateKeyPem, "the emulator");
        lock (_keys)
        {
            _keys.Add(apiKey);
        }

        return AppStoreConnectClient.Create(apiKey, new AscClientOptions
        {
            BaseAddress = Host.BaseAddress,
            MaxRetries = _options.MaxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryDelay = TimeSpan.FromMilliseconds(50),
            RequestTimeout = TimeSpan.FromSeconds(20),
        }, log);
    }

    /// <summary>Creates a real Cake context whose environment holds <see cref="Variables"/> (plus any extra), working in <see cref="Directory"/>.</summary>
    public (ICakeContext Context, CapturingLog Log) CakeContext(IDictionary<string, string>? extraVariables = null, bool individualKey = false, string? workingDirectory = null)
    {
        var variables = individualKey ? IndividualKeyVariables : Variables;
        foreach (var (name, value) in extraVariables ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        var (context, _, log) = TestCakeContext.Create(variables, workingDirectory ?? Directory);
        return (context, log);
    }

    /// <summary>Gets everything the emulator holds, by resource type.</summary>
    public async Task<JsonObject> StateAsync() => JsonNode.Parse(await Control.GetStringAsync("/_emulator/state"))!.AsObject();

    /// <summary>Gets every resource of a type the emulator holds.</summary>
    public async Task<JsonArray> StateAsync(string type) => (await StateAsync())[type]?.AsArray() ?? [];

    /// <summary>Counts the stored resources of a type, optionally only those matching.</summary>
    public async Task<int> CountAsync(string type, Func<JsonNode, bool>? where = null) =>
        (await StateAsync(type)).Count(r => where?.Invoke(r!) ?? true);

    /// <summary>Gets the API and upload requests received, in order.</summary>
    public async Task<IReadOnlyList<EmulatorRequest>> RequestsAsync() =>
        [.. JsonNode.Parse(await Control.GetStringAsync("/_emulator/requests"))!.AsArray().Select(e => new EmulatorRequest(
            e!["method"]!.GetValue<string>(),
            e["path"]!.GetValue<string>(),
            e["status"]!.GetValue<int>(),
            e["faultInjected"]?.GetValue<bool>() ?? false,
            e["fault"]?.ToString()))];

    /// <summary>Gets the requests that could change something (all but GET).</summary>
    public async Task<IReadOnlyList<EmulatorRequest>> ChangesAsync() => [.. (await RequestsAsync()).Where(r => r.Method != "GET")];

    /// <summary>Lists the faults the emulator injected, as <c>METHOD path fault</c>.</summary>
    public async Task<IReadOnlyList<string>> InjectedFaultsAsync() =>
        [.. (await RequestsAsync()).Where(r => r.FaultInjected).Select(r => $"{r.Method} {r.Path} {r.Fault}")];

    public async Task ClearRequestsAsync() => (await Control.DeleteAsync("/_emulator/requests")).EnsureSuccessStatusCode();

    /// <summary>Scripts one fault or an array of them, such as <c>new { method = "POST", path = "/v1/buildUploads", when = "after", drop = true }</c>.</summary>
    public async Task FaultAsync(object rule)
    {
        using var response = await Control.PostAsJsonAsync("/_emulator/faults", rule);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Gets what the contract check saw (<c>/_emulator/contract</c>).</summary>
    public async Task<JsonObject> ContractAsync() => JsonNode.Parse(await Control.GetStringAsync("/_emulator/contract"))!.AsObject();

    /// <summary>Asserts that neither the requests nor the emulator's answers broke Apple's spec (nothing to check without <see cref="EmulatorFixtureOptions.WithContractCheck"/>'s spec).</summary>
    public async Task AssertContractKeptAsync()
    {
        if (Host.Options.OpenApiDocument is null)
        {
            return;
        }

        var contract = await ContractAsync();
        Assert.That(contract["requestViolations"]!.AsArray(), Is.Empty, () => contract["requestViolations"]!.ToJsonString());
        Assert.That(contract["violations"]!.AsArray(), Is.Empty, () => contract["violations"]!.ToJsonString());
    }

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

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Control.Dispose();
        await Host.DisposeAsync();
        lock (_keys)
        {
            _keys.ForEach(k => k.Dispose());
        }

        _directory.Dispose();
    }

    private Dictionary<string, string> VariablesOf(EmulatorKey key)
    {
        var variables = new Dictionary<string, string>
        {
            ["ASC_KEY_ID"] = key.KeyId,
            ["ASC_API_URL"] = Host.BaseAddress.ToString(),
        };
        if (_options.KeyInFile)
        {
            var path = _directory.File($"AuthKey_{key.KeyId}.p8");
            File.WriteAllText(path, key.PrivateKeyPem);
            variables["ASC_PRIVATE_KEY_PATH"] = path;
        }
        else
        {
            variables["ASC_PRIVATE_KEY"] = key.PrivateKeyPem;
        }

        if (key.IssuerId is not null)
        {
            variables["ASC_ISSUER_ID"] = key.IssuerId;
        }

        if (_options.VendorNumber is { } vendor)
        {
            variables["ASC_VENDOR_NUMBER"] = vendor;
        }

        return variables;
    }
}

/// <summary>One request from the emulator's log (<c>/_emulator/requests</c>); shown as <c>METHOD path</c>.</summary>
public sealed record EmulatorRequest(string Method, string Path, int Status, bool FaultInjected, string? Fault)
{
    public override string ToString() => $"{Method} {Path}";
}
