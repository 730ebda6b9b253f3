using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator;
using Cake.Core;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>
/// The emulator in-process on a free loopback port, with the ASC_* variables an add-in user would set,
/// and its control endpoints for asserting what exists and for scripting faults.
/// </summary>
public sealed class AddInEmulator : IAsyncDisposable
{
    private readonly HttpClient _control;

    private AddInEmulator(EmulatorHost host)
    {
        Host = host;
        _control = new HttpClient { BaseAddress = host.BaseAddress };
        Variables = new Dictionary<string, string>
        {
            ["ASC_KEY_ID"] = host.KeyId,
            ["ASC_ISSUER_ID"] = host.IssuerId!,
            ["ASC_PRIVATE_KEY"] = host.PrivateKeyPem,
            ["ASC_API_URL"] = host.BaseAddress.ToString(),
        };
    }

    public EmulatorHost Host { get; }

    /// <summary>Gets the environment a pipeline would have: the emulator's key and address.</summary>
    public Dictionary<string, string> Variables { get; }

    public static async Task<AddInEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Seed = "demo", ProcessingTime = TimeSpan.Zero, UploadPartSize = 64 * 1024 };
        configure?.Invoke(options);
        return new AddInEmulator(await EmulatorHost.StartAsync(options));
    }

    /// <summary>Creates a real Cake context whose environment points at this emulator.</summary>
    public (ICakeContext Context, CapturingCakeLog Log) CreateContext(IDictionary<string, string>? extraVariables = null)
    {
        var variables = new Dictionary<string, string>(Variables);
        foreach (var (name, value) in extraVariables ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        var (context, _, log) = TestCakeContext.Create(variables);
        return (context, log);
    }

    /// <summary>Gets every resource of a type the emulator holds.</summary>
    public async Task<JsonArray> ResourcesAsync(string type)
    {
        var state = JsonNode.Parse(await _control.GetStringAsync("/_emulator/state"))!.AsObject();
        return state[type]?.AsArray() ?? [];
    }

    /// <summary>Gets the API requests the emulator has seen.</summary>
    public async Task<JsonArray> RequestsAsync()
    {
        var log = JsonNode.Parse(await _control.GetStringAsync("/_emulator/requests"))!;
        return log as JsonArray ?? log["requests"]?.AsArray() ?? [];
    }

    public async Task ClearRequestsAsync() => (await _control.DeleteAsync("/_emulator/requests")).EnsureSuccessStatusCode();

    /// <summary>Scripts a fault, such as <c>new { method = "POST", path = "/v1/buildUploads", when = "after", drop = true, count = 1 }</c>.</summary>
    public async Task AddFaultAsync(object rule) => (await _control.PostAsJsonAsync("/_emulator/faults", rule)).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await Host.DisposeAsync();
    }
}
