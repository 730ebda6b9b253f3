using Cake.AppStoreConnect.Emulator.Authentication;
using Cake.AppStoreConnect.Emulator.Diagnostics;
using Cake.AppStoreConnect.Emulator.Faults;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.OpenApi;
using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>Everything one emulator instance is made of; handed to resource modules and middleware.</summary>
internal sealed class EmulatorContext : IDisposable
{
    public EmulatorContext(EmulatorOptions options)
    {
        Options = options;
        Store = new StateStore(options.StateFile, options.Clock);
        RateLimiter = new RateLimiter(options.RateLimitPerHour);
        Faults = new FaultInjector(options.FaultRate, options.FaultSeed);
        Tokens = new TokenVerifier(Keys);
        Uploads = new UploadStorage(options.StateFile is null ? null : Path.GetFullPath(options.StateFile) + ".uploads");
        Contract = options.OpenApiDocument is { } document ? new ContractChecker(document, ownsSpec: false)
            : options.OpenApiPath is null ? null : ContractChecker.Load(options.OpenApiPath);
        ControlToken = options.AllowRemote ? Ids.NewToken() : null;
    }

    public EmulatorOptions Options { get; }

    public DateTimeOffset Now => Options.Clock.GetUtcNow();

    public StateStore Store { get; }

    public ResourceRegistry Registry { get; } = new();

    public KeyRegistry Keys { get; } = new();

    public TokenVerifier Tokens { get; }

    public RateLimiter RateLimiter { get; }

    public RequestLog Requests { get; } = new();

    public FaultInjector Faults { get; }

    public UploadStorage Uploads { get; }

    /// <summary>Gets the kinds of reserved files that take parts at the pre-signed URLs; each module registers its own.</summary>
    public List<IUploadTarget> UploadTargets { get; } = [];

    public ContractChecker? Contract { get; }

    /// <summary>Gets the token control writes need when remote clients are allowed; null on loopback.</summary>
    public string? ControlToken { get; }

    public ResourceContext CreateContext(StateStore store, HttpContext http) =>
        new(store, Now, $"{http.Request.Scheme}://{http.Request.Host}", this, Access.AppVisibility.AppsOf(http));

    public void Dispose()
    {
        Contract?.Dispose();
        Uploads.Dispose();
    }
}
