using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>Finds, counts and expires builds.</summary>
public sealed class BuildQueryService
{
    /// <summary>What <c>AscWaitForBuildProcessing</c> says when it is not told which build to wait for.</summary>
    internal const string NoBuildToWaitFor =
        "AscWaitForBuildProcessing was given no build id. Pass the BuildId of AscUploadBuild's result (a dry run of a new upload has none: skip the wait when result.DryRun is true), " +
        "or say which build with AscWaitForBuildSettings: BuildId, or App with VersionString and BuildNumber (s => s.ForBuild(\"com.example.app\", \"1.4.0\", \"57\")).";

    private readonly AppStoreConnectClient _client;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    /// <param name="time">The clock used while waiting.</param>
    public BuildQueryService(AppStoreConnectClient client, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = time ?? TimeProvider.System;
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
        var platform = AscInput.OptionalPlatform(settings.Platform);
        var uploads = await _client.BuildUploads.ListNewestAsync(resolved.Id, settings.VersionString, platform, 200, cancellationToken);
        var builds = await _client.Builds.ListAsync(new AscBuildFilter { AppId = resolved.Id, ShortVersion = settings.VersionString, Platform = platform }, cancellationToken);
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
    /// <returns>The builds expired (or, in a dry run, that would be), with the plan.</returns>
    public async Task<AscChangeResult<IReadOnlyList<AscBuild>>> ExpireAsync(AscBuildQuerySettings settings, string? app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        List<AscBuild> targets;
        if (settings.BuildIds.Count > 0)
        {
            targets = [];
            foreach (var id in settings.BuildIds)
            {
                targets.Add(await BuildLocator.FindAsync(_client, id, cancellationToken));
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

        var plan = ChangePlan.For(_client.Connection, settings);
        var expired = await ExpireAsync(targets, "build(s)", plan, cancellationToken);
        plan.Finish(app ?? string.Join(", ", settings.BuildIds));
        return plan.Result(expired);
    }

    /// <summary>Answers export compliance for a build when it has no answer yet; an answer already given stays (Apple does not change it).</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="usesNonExemptEncryption">The answer.</param>
    /// <param name="settings">Dry run.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The build, with the plan.</returns>
    public async Task<AscChangeResult<AscBuild>> SetExportComplianceAsync(string buildId, bool usesNonExemptEncryption, AscSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var build = await BuildLocator.FindAsync(_client, buildId, cancellationToken);
        var plan = ChangePlan.For(_client.Connection, settings);
        build = await ExportCompliance.AnswerAsync(_client, build, usesNonExemptEncryption, plan, cancellationToken);
        plan.Finish($"build {build}");
        return plan.Result(build);
    }

    /// <summary>Waits for a build given by id or by app, version and build number.</summary>
    /// <param name="settings">Which build, and how long.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The processed build.</returns>
    public async Task<AscBuild> WaitAsync(AscWaitForBuildSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        BuildLocator.Validate(settings.BuildId, settings.App, settings.VersionString, settings.BuildNumber, latestAllowed: false);
        var platform = AscInput.OptionalPlatform(settings.Platform);
        var waiter = new BuildProcessingWaiter(_client, settings.Polling, _time);
        if (settings.BuildId is { Length: > 0 } buildId)
        {
            return await waiter.WaitForBuildAsync(buildId, cancellationToken);
        }

        var app = await AppResolver.ResolveAsync(_client, settings.App!, cancellationToken);

        // An upload still processing has no build yet: it is found among the uploads and waited for.
        var upload = (await _client.BuildUploads.ListForAppAsync(app.Id, settings.VersionString!, settings.BuildNumber!, platform, cancellationToken: cancellationToken))
            .FirstOrDefault(u => u.State != AscBuildUploadState.Failed);
        if (upload is not null)
        {
            upload = await waiter.WaitForUploadAsync(upload.Id, cancellationToken);
            return await waiter.WaitForBuildAsync(await waiter.WaitForBuildIdAsync(app.Id, upload, cancellationToken), cancellationToken);
        }

        var build = await BuildLocator.FindAsync(_client, app, settings.VersionString, settings.BuildNumber, platform, cancellationToken);
        return await waiter.WaitForBuildAsync(build.Id, cancellationToken);
    }

    /// <summary>Expires the builds not yet expired, through the plan (nothing changes in a dry run).</summary>
    /// <param name="builds">The builds.</param>
    /// <param name="which">What the builds are, for the plan, such as <c>earlier build(s) of 1.4</c>.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The builds expired (in a dry run: that would be).</returns>
    internal async Task<IReadOnlyList<AscBuild>> ExpireAsync(IEnumerable<AscBuild> builds, string which, ChangePlan plan, CancellationToken cancellationToken)
    {
        var targets = builds.Where(b => !b.Expired).ToList();
        if (targets.Count == 0)
        {
            plan.InPlace($"no {which} left unexpired");
            return [];
        }

        var expired = new List<AscBuild>();
        await plan.ChangeAsync($"expire {targets.Count} {which}: {string.Join(", ", targets)}", async () =>
        {
            foreach (var build in targets)
            {
                expired.Add(await _client.Builds.ExpireAsync(build.Id, cancellationToken));
            }
        });
        return plan.DryRun ? targets : expired;
    }

    private static AscBuildFilter ToFilter(string appId, AscBuildQuerySettings settings) => new()
    {
        AppId = appId,
        ShortVersion = settings.VersionString,
        BuildNumbers = [.. settings.BuildNumbers],
        Platform = AscInput.OptionalPlatform(settings.Platform),
        ProcessingStates = [.. settings.ProcessingStates],
        Expired = settings.Expired,
    };

    private static string For(AscBuildQuerySettings settings) =>
        (settings.VersionString is null ? string.Empty : " " + settings.VersionString) + (settings.Platform is null ? string.Empty : " for " + settings.Platform);
}
