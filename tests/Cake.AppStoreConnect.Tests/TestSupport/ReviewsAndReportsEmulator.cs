using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Emulator;
using Cake.Core;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>
/// The emulator in-process on a loopback port, seeded with the demo account (reviews, vendor 80012345),
/// and the ways the reviews and reports tests talk to it: ASC_* variables for a Cake context, the typed
/// client, and the control endpoints (state, request log, faults).
/// </summary>
public sealed class ReviewsAndReportsEmulator : IAsyncDisposable
{
    public const string VeryCapableAppId = "1481192346";
    public const string VeryCapableBundleId = "org.fastlane.very-capable-app";
    public const string SampleAppId = "1530123457";
    public const string VendorNumber = "80012345";
    public const string IndividualKeyId = "INDIVIDUAL1";

    private readonly TemporaryDirectory _directory = new();
    private readonly HttpClient _control;

    private ReviewsAndReportsEmulator(EmulatorHost host)
    {
        Host = host;
        _control = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public EmulatorHost Host { get; }

    public string Directory => _directory.Path;

    public static async Task<ReviewsAndReportsEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Seed = "demo", ProcessingTime = TimeSpan.FromHours(1), IndividualKeyId = IndividualKeyId };
        configure?.Invoke(options);
        return new ReviewsAndReportsEmulator(await EmulatorHost.StartAsync(options));
    }

    /// <summary>The variables a pipeline sets: the team key (or the individual key), the emulator's address and the vendor number.</summary>
    public Dictionary<string, string> Variables(bool individualKey = false)
    {
        var key = individualKey ? Host.IndividualKey! : Host.Key;
        var path = Path.Combine(_directory.Path, $"AuthKey_{key.KeyId}.p8");
        File.WriteAllText(path, key.PrivateKeyPem);
        var variables = new Dictionary<string, string>
        {
            ["ASC_KEY_ID"] = key.KeyId,
            ["ASC_PRIVATE_KEY_PATH"] = path,
            ["ASC_API_URL"] = Host.BaseAddress.ToString(),
            ["ASC_VENDOR_NUMBER"] = VendorNumber,
        };
        if (key.IssuerId is not null)
        {
            variables["ASC_ISSUER_ID"] = key.IssuerId;
        }

        return variables;
    }

    /// <summary>A Cake context whose environment points at the emulator, working in the temporary folder.</summary>
    public (ICakeContext Context, CapturingCakeLog Log) CakeContext(bool individualKey = false)
    {
        var (context, _, log) = TestCakeContext.Create(Variables(individualKey), _directory.Path);
        return (context, log);
    }

    /// <summary>The typed client, as a Frosting task uses it.</summary>
    public AppStoreConnectClient Client(bool individualKey = false)
    {
        var key = individualKey ? Host.IndividualKey! : Host.Key;
        return AppStoreConnectClient.Create(
            AscApiKey.FromPem(key.KeyId, key.IssuerId, key.PrivateKeyPem, "the emulator"),
            new AscClientOptions { BaseAddress = Host.BaseAddress, MaxRetries = 2 });
    }

    public async Task<JsonObject> StateAsync() => JsonNode.Parse(await _control.GetStringAsync("/_emulator/state"))!.AsObject();

    /// <summary>The responses held for a review, from the emulator's state.</summary>
    public async Task<List<JsonNode>> ResponsesOfAsync(string reviewId) =>
        [.. (await StateAsync())["customerReviewResponses"]!.AsArray().Where(r => r!["reviewId"]!.GetValue<string>() == reviewId).Select(r => r!)];

    /// <summary>The API requests received, as "METHOD path?query".</summary>
    public async Task<List<string>> RequestsAsync() =>
        [.. JsonNode.Parse(await _control.GetStringAsync("/_emulator/requests"))!.AsArray().Select(e => $"{e!["method"]} {e["path"]}")];

    public async Task ClearRequestsAsync() => (await _control.DeleteAsync("/_emulator/requests")).EnsureSuccessStatusCode();

    public async Task FaultAsync(object rule)
    {
        using var response = await _control.PostAsJsonAsync("/_emulator/faults", rule);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await Host.DisposeAsync();
        _directory.Dispose();
    }
}
