using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Emulator.Control;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.Resources;
using Cake.AppStoreConnect.Emulator.Seeding;
using Cake.AppStoreConnect.Emulator.State;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Cake.AppStoreConnect.Emulator;

/// <summary>
/// A running App Store Connect emulator. The executable and in-process tests start it the same way,
/// through <see cref="StartAsync"/>.
/// </summary>
public sealed partial class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, EmulatorContext context, IReadOnlyList<string> boundAddresses, EmulatorKey key, EmulatorKey? individualKey)
    {
        _app = app;
        Context = context;
        BoundAddresses = boundAddresses;
        BaseAddress = ListenUrls.ClientAddress(boundAddresses[0]);
        Key = key;
        IndividualKey = individualKey;
    }

    /// <summary>Gets the address the emulator listens on, e.g. <c>http://127.0.0.1:54321/</c>; also the API base URL.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// Gets the addresses Kestrel listens on, as it reports them: <c>http://[::]:PORT</c> for every interface
    /// (<c>--allow-remote</c>), otherwise the same as <see cref="BaseAddress"/>.
    /// </summary>
    public IReadOnlyList<string> BoundAddresses { get; }

    /// <summary>Gets the token control requests that change something need (<c>X-Emulator-Token</c>); only with <see cref="EmulatorOptions.AllowRemote"/>.</summary>
    public string? ControlToken => Context.ControlToken;

    /// <summary>Gets the team (or, with a key file and no issuer, individual) key registered at start.</summary>
    public EmulatorKey Key { get; }

    /// <summary>Gets the extra individual key of <see cref="EmulatorOptions.IndividualKeyId"/>, when one was asked for.</summary>
    public EmulatorKey? IndividualKey { get; }

    /// <summary>Gets the key id of <see cref="Key"/>.</summary>
    public string KeyId => Key.KeyId;

    /// <summary>Gets the issuer id of <see cref="Key"/>; null for an individual key.</summary>
    public string? IssuerId => Key.IssuerId;

    /// <summary>Gets the private key of <see cref="Key"/> as PKCS#8 PEM.</summary>
    public string PrivateKeyPem => Key.PrivateKeyPem;

    /// <summary>Gets the <c>.p8</c> path of <see cref="Key"/>, when it was written (<c>--env-file</c>) or given (<c>--key-file</c>).</summary>
    public string? PrivateKeyPath => Key.PrivateKeyPath;

    /// <summary>Gets the options the emulator runs with.</summary>
    public EmulatorOptions Options => Context.Options;

    internal EmulatorContext Context { get; }

    /// <summary>Starts an emulator: state loaded or seeded, key registered, Kestrel listening, env file written.</summary>
    /// <param name="options">How the emulator behaves.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop.</returns>
    public static async Task<EmulatorHost> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var urls = ListenUrls.Resolve(options.Urls, options.AllowRemote);
        // A seed file is checked before anything starts, so a mistake in it changes nothing.
        var seedFile = options.SeedFile is { } seedPath
            ? SeedFile.Load(seedPath, options.Seed == DemoSeed.Name ? SeedFileApplier.DemoBundleIds() : [])
            : null;
        var context = new EmulatorContext(options);
        try
        {
            foreach (var module in ResourceModules.All)
            {
                module.Register(context);
            }

            if (!context.Store.TryLoad())
            {
                if (options.Seed == DemoSeed.Name)
                {
                    DemoSeed.Apply(context.Store);
                }

                if (seedFile is not null)
                {
                    SeedFileApplier.Apply(context.Store, seedFile, context.Now);
                }
            }

            // Records that transitions make on first sight (an app's beta review details) are part of the starting point.
            context.Store.Advance(context.Now);
            context.Store.StartRecording();

            var (key, individualKey) = RegisterKeys(context, options);
            var app = Build(context, options, urls);
            await app.StartAsync(cancellationToken);

            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
            var baseAddress = ListenUrls.ClientAddress(bound[0]);
            if (options.EnvFile is not null)
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(options.EnvFile))!;
                if (key.PrivateKeyPath is null)
                {
                    key = key with { PrivateKeyPath = CredentialFiles.WritePrivateKey(directory, key.KeyId, key.PrivateKeyPem) };
                }

                CredentialFiles.WriteEnvFile(options.EnvFile, key, baseAddress, context.ControlToken);
            }

            return new EmulatorHost(app, context, bound, key, individualKey);
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <summary>Stops Kestrel, writes the change log (<see cref="EmulatorOptions.ChangesFile"/>) and removes temporary upload data.</summary>
    /// <returns>A task that completes when the emulator has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            if (Options.ChangesFile is { } changesFile)
            {
                Diagnostics.ChangeReport.Write(changesFile, Context.Store.Changes.Snapshot());
            }
        }
        finally
        {
            Context.Dispose();
        }
    }

    private static (EmulatorKey Key, EmulatorKey? Individual) RegisterKeys(EmulatorContext context, EmulatorOptions options)
    {
        var access = new Access.KeyAccess(Access.UserRoles.Parse(options.KeyRoles, "EmulatorOptions.KeyRoles (--key-roles)"));
        EmulatorKey key;
        if (options.KeyFile is { } keyFile)
        {
            var path = Path.GetFullPath(keyFile);
            var pem = File.ReadAllText(path);
            var keyId = options.KeyId ?? KeyIdFromFileName(path)
                ?? throw new ArgumentException($"Give --key-id: it cannot be read from the file name '{Path.GetFileName(path)}' (Apple names keys AuthKey_<KEYID>.p8).", nameof(options));
            context.Keys.RegisterPem(keyId, options.IssuerId, pem, access);
            key = new EmulatorKey(keyId, options.IssuerId, pem, path);
        }
        else
        {
            var generated = context.Keys.Generate(options.KeyId, options.IssuerId ?? Ids.NewUuid(), access);
            key = new EmulatorKey(generated.KeyId, generated.IssuerId, generated.PrivateKeyPem, null);
        }

        EmulatorKey? individual = null;
        if (options.IndividualKeyId is { } individualId)
        {
            var generated = context.Keys.Generate(individualId, issuerId: null, access);
            individual = new EmulatorKey(generated.KeyId, null, generated.PrivateKeyPem, null);
        }

        return (key, individual);
    }

    private static string? KeyIdFromFileName(string path) =>
        KeyFileName().Match(Path.GetFileName(path)) is { Success: true } match ? match.Groups[1].Value : null;

    private static WebApplication Build(EmulatorContext context, EmulatorOptions options, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        }

        var app = builder.Build();
        var api = new ApiPipeline(context, app.Logger);
        var uploads = new UploadPipeline(context);
        var control = new ControlGuard(context);
        app.UseRouting();
        app.Use((http, next) =>
            ApiPipeline.IsApiPath(http.Request.Path) ? api.InvokeAsync(http, next)
            : UploadPipeline.IsUploadPath(http.Request.Path) ? uploads.InvokeAsync(http, next)
            : ControlGuard.IsControlPath(http.Request.Path) ? control.InvokeAsync(http, next)
            : next(http));

        ControlEndpoints.Map(app, context);
        foreach (var module in ResourceModules.All)
        {
            module.MapRoutes(app, context);
        }

        foreach (var descriptor in context.Registry.All)
        {
            descriptor.MapRelationshipRoutes(app, context);
        }

        RecordImplementedOperations(app, context);
        return app;
    }

    /// <summary>Tells the contract check which operations the route table implements, so untested ones show.</summary>
    private static void RecordImplementedOperations(WebApplication app, EmulatorContext context)
    {
        if (context.Contract is not { } contract)
        {
            return;
        }

        foreach (var (method, route) in ApiRoutes(app))
        {
            contract.Recorder.Implemented(method, route, contract.Match(method, route)?.OperationId);
        }
    }

    /// <summary>Lists every method and route pattern mapped under Apple's paths, from the endpoint data sources.</summary>
    internal IReadOnlyList<(string Method, string Route)> ApiRoutes() => [.. ApiRoutes(_app)];

    private static IEnumerable<(string Method, string Route)> ApiRoutes(WebApplication app)
    {
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (!ApiPipeline.IsApiPath(route))
            {
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                yield return (method, route);
            }
        }
    }

    [GeneratedRegex(@"^AuthKey_([A-Za-z0-9]+)\.p8$")]
    private static partial Regex KeyFileName();
}
