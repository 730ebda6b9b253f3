using Cake.AppStoreConnect.Apps;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Builds;

/// <summary>Finds, counts and expires builds.</summary>
public sealed class BuildQueryService
{
    /// <summary>What <c>AscWaitForBuildProcessing</c> says when it is not told which build to wait for.</summary>
    internal const string NoBuildToWaitFor =
        "AscWaitForBuildProcessing was given no build id. Pass the BuildId of AscUploadBuild's result (a dry run of a new upload has none: skip the wait when result.DryRun is true), " +
        "or say which build with AscWaitForBuildSettings: BuildId, or App with VersionString and BuildNumber (s => s.ForBuild(\"com.example.app\", \"1.4.0\", \"57\")).";

    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    public BuildQueryService(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>Lists an app's builds matching the settings, all pages, newest first.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">The filter.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The builds.</returns>
    public async Task<IReadOnlyList<AscBuild>> GetBuildsAsync(string app, AscBuildQuerySettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        return await _client.Builds.ListAsync(ToFilter(resolved.Id, settings), cancellationToken);
    }

    /// <summary>
    /// Gets the highest build number of an app (for a version and platform, when given), counting
    /// uploads still processing, which <c>builds</c> does not list yet.
    /// </summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Version, platform and the initial value.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The highest build number, or the initial value when there is none.</returns>
    public async Task<string> GetLatestBuildNumberAsync(string app, AscBuildQuerySettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var uploads = await _client.BuildUploads.ListNewestAsync(resolved.Id, settings.VersionString, settings.Platform, 200, cancellationToken);
        var builds = await _client.Builds.ListAsync(new AscBuildFilter { AppId = resolved.Id, ShortVersion = settings.VersionString, Platform = settings.Platform }, cancellationToken);
        var highest = uploads.Select(u => u.BuildNumber).Concat(builds.Select(b => b.BuildNumber))
            .Where(n => n.Length > 0)
            .Max(BuildNumberComparer.Instance);
        Log.Write(AscLogLevel.Information, highest is null
            ? $"{resolved.BundleId}{For(settings)} has no builds yet; using {settings.InitialBuildNumber}."
            : $"Latest build number of {resolved.BundleId}{For(settings)}: {highest}.");
        return highest ?? settings.InitialBuildNumber;
    }

    /// <summary>Expires builds given by id, or those of an app matching the filter (keeping the newest ones if asked).</summary>
    /// <param name="settings">Ids or filter, and dry run.</param>
    /// <param name="app">The app, when expiring by filter.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The builds expired (or, in a dry run, that would be).</returns>
    public async Task<IReadOnlyList<AscBuild>> ExpireAsync(AscBuildQuerySettings settings, string? app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        List<AscBuild> targets;
        if (settings.BuildIds.Count > 0)
        {
            targets = [];
            foreach (var id in settings.BuildIds)
            {
                targets.Add(await _client.Builds.FindAsync(id, cancellationToken) ?? throw new ArgumentException($"Build {id} does not exist, or this key cannot see it."));
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(app))
            {
                throw new ArgumentException("Give the build ids to expire (BuildIds), or the app whose builds match the filter.");
            }

            var matching = await GetBuildsAsync(app, settings, cancellationToken);
            targets = [.. matching.Skip(Math.Max(0, settings.KeepLatest))];
        }

        targets = [.. targets.Where(b => !b.Expired)];
        if (settings.DryRun)
        {
            Log.Write(AscLogLevel.Information, $"Dry run: would expire {targets.Count} build(s): {string.Join(", ", targets)}. Nothing was changed.");
            return targets;
        }

        var expired = new List<AscBuild>();
        foreach (var build in targets)
        {
            expired.Add(await _client.Builds.ExpireAsync(build.Id, cancellationToken));
            Log.Write(AscLogLevel.Information, $"Expired build {build}.");
        }

        return expired;
    }

    /// <summary>Answers export compliance for a build; a build already answered the same way is left alone.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="usesNonExemptEncryption">The answer.</param>
    /// <param name="dryRun">Only report.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The build.</returns>
    public async Task<AscBuild> SetExportComplianceAsync(string buildId, bool usesNonExemptEncryption, bool dryRun, CancellationToken cancellationToken = default)
    {
        var build = await _client.Builds.FindAsync(buildId, cancellationToken) ?? throw new ArgumentException($"Build {buildId} does not exist, or this key cannot see it.");
        if (build.UsesNonExemptEncryption == usesNonExemptEncryption)
        {
            Log.Write(AscLogLevel.Information, $"Export compliance of build {build} is already answered ({usesNonExemptEncryption}).");
            return build;
        }

        if (dryRun)
        {
            Log.Write(AscLogLevel.Information, $"Dry run: would answer export compliance of build {build} with uses non-exempt encryption = {usesNonExemptEncryption}.");
            return build;
        }

        build = await _client.Builds.SetUsesNonExemptEncryptionAsync(buildId, usesNonExemptEncryption, cancellationToken);
        Log.Write(AscLogLevel.Information, $"Answered export compliance of build {build}: uses non-exempt encryption = {usesNonExemptEncryption}.");
        return build;
    }

    /// <summary>Waits for a build given by id or by app, version and build number.</summary>
    /// <param name="settings">Which build, and how long.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The processed build.</returns>
    public async Task<AscBuild> WaitAsync(AscWaitForBuildSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var waiter = new BuildProcessingWaiter(_client, settings.Polling);
        if (settings.BuildId is { Length: > 0 } buildId)
        {
            return await waiter.WaitForBuildAsync(buildId, cancellationToken);
        }

        if (settings.App is null || settings.VersionString is null || settings.BuildNumber is null)
        {
            throw new ArgumentException(NoBuildToWaitFor);
        }

        var app = await AppResolver.ResolveAsync(_client, settings.App, cancellationToken);
        var upload = (await _client.BuildUploads.ListForAppAsync(app.Id, settings.VersionString, settings.BuildNumber, settings.Platform, cancellationToken: cancellationToken))
            .FirstOrDefault(u => u.State != AscBuildUploadState.Failed);
        if (upload is not null)
        {
            upload = await waiter.WaitForUploadAsync(upload.Id, cancellationToken);
            return await waiter.WaitForBuildAsync(await waiter.WaitForBuildIdAsync(app.Id, upload, cancellationToken), cancellationToken);
        }

        var builds = await _client.Builds.ListAsync(new AscBuildFilter { AppId = app.Id, ShortVersion = settings.VersionString, BuildNumbers = [settings.BuildNumber], Platform = settings.Platform }, cancellationToken);
        var build = (builds.Count > 0 ? builds[0] : null)
            ?? throw new ArgumentException($"{app.BundleId} has no build {settings.VersionString} ({settings.BuildNumber}){(settings.Platform is null ? string.Empty : " for " + settings.Platform)}: upload it first.");
        return await waiter.WaitForBuildAsync(build.Id, cancellationToken);
    }

    private static AscBuildFilter ToFilter(string appId, AscBuildQuerySettings settings) => new()
    {
        AppId = appId,
        ShortVersion = settings.VersionString,
        BuildNumbers = [.. settings.BuildNumbers],
        Platform = settings.Platform,
        ProcessingStates = [.. settings.ProcessingStates],
        Expired = settings.Expired,
    };

    private static string For(AscBuildQuerySettings settings) =>
        (settings.VersionString is null ? string.Empty : " " + settings.VersionString) + (settings.Platform is null ? string.Empty : " for " + settings.Platform);
}
