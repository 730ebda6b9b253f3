using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Releases approved versions and steers phased releases.</summary>
public sealed class AppStoreReleaseService
{
    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    public AppStoreReleaseService(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>Releases a version approved for manual release (PENDING_DEVELOPER_RELEASE). A released version is reported, not released again.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Which version.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The version, as it is after the request, with the plan.</returns>
    public async Task<AscChangeResult<AscAppStoreVersion>> ReleaseAsync(string app, AscReleaseVersionSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Platform = AscInput.Platform(settings.Platform);
        AppStoreInput.VersionString(settings.VersionString, required: false);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var version = await AppStoreVersionLocator.FindAsync(_client, resolved, settings.Platform, settings.VersionString, v => v.State == AscAppVersionState.PendingDeveloperRelease, "version waiting for developer release (PENDING_DEVELOPER_RELEASE)", cancellationToken);
        var report = ChangePlan.For(_client.Connection, settings);
        var subject = $"{resolved.BundleId} {version}";
        if (version.IsLive)
        {
            report.InPlace($"{version} released");
            report.Finish(subject);
            return report.Result(version);
        }

        if (version.State != AscAppVersionState.PendingDeveloperRelease)
        {
            throw new AscAppStoreException(version switch
            {
                { IsEditable: true } => $"{subject} has not been submitted yet. Submit it with AscSubmitForReview; once approved it can be released.",
                { IsInReview: true } => $"{subject} is still in App Review. Wait until it is approved (PENDING_DEVELOPER_RELEASE), then release it.",
                { State: AscAppVersionState.PendingAppleRelease } => $"{subject} is scheduled: Apple releases it on its earliest release date. Nothing to do.",
                _ => $"{subject} cannot be released: only a version approved for manual release (PENDING_DEVELOPER_RELEASE) can be.",
            });
        }

        report.Change($"release {version}");
        if (settings.DryRun)
        {
            report.Finish(subject);
            return report.Result(version);
        }

        var (released, _) = await IdempotentCreate.RunAsync(
            $"the release request of {version}",
            async ct => await _client.AppStoreVersions.FindAsync(version.Id, ct) is { } fresh && fresh.State != AscAppVersionState.PendingDeveloperRelease ? fresh : null,
            async ct =>
            {
                await _client.AppStoreVersions.RequestReleaseAsync(version.Id, ct);
                return await _client.AppStoreVersions.FindAsync(version.Id, ct) ?? version;
            },
            Log,
            cancellationToken: cancellationToken);
        report.Finish(subject);
        return report.Result(released);
    }

    /// <summary>Sets up a phased release (seven-day rollout) on a version not yet released; it starts when the version is released.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Which version.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The phased release with the plan; in a dry run that would create it, the plan without a resource.</returns>
    public async Task<AscChangeResult<AscPhasedRelease>> EnablePhasedReleaseAsync(string app, AscPhasedReleaseSettings settings, CancellationToken cancellationToken = default)
    {
        var (resolved, version) = await LocateAsync(app, settings, v => !v.IsLive, "version not yet released", cancellationToken);
        var report = ChangePlan.For(_client.Connection, settings);
        var subject = $"{resolved.BundleId} {version}";
        var existing = await _client.PhasedReleases.FindForVersionAsync(version.Id, cancellationToken);
        if (existing is not null)
        {
            report.InPlace($"{existing}");
            report.Finish(subject);
            return report.Result(existing);
        }

        if (version.IsLive)
        {
            throw new AscAppStoreException($"{subject} is already released to everyone; a phased release can only be set up before release.");
        }

        report.Change("set up a phased release (starts on release)");
        if (settings.DryRun)
        {
            report.Finish(subject);
            return report.Result<AscPhasedRelease>(null);
        }

        var (phased, _) = await IdempotentCreate.RunAsync(
            $"the phased release of {version}",
            ct => _client.PhasedReleases.FindForVersionAsync(version.Id, ct),
            ct => _client.PhasedReleases.CreateAsync(version.Id, AscPhasedReleaseState.Inactive, ct),
            Log,
            cancellationToken: cancellationToken);
        report.Finish(subject);
        return report.Result(phased);
    }

    /// <summary>Pauses an active phased release (at most 30 days in total).</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Which version.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The phased release, with the plan.</returns>
    public Task<AscChangeResult<AscPhasedRelease>> PausePhasedReleaseAsync(string app, AscPhasedReleaseSettings settings, CancellationToken cancellationToken = default) =>
        ChangePhasedReleaseAsync(app, settings, AscPhasedReleaseState.Paused, [AscPhasedReleaseState.Active], "pause", cancellationToken);

    /// <summary>Resumes a paused phased release.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Which version.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The phased release, with the plan.</returns>
    public Task<AscChangeResult<AscPhasedRelease>> ResumePhasedReleaseAsync(string app, AscPhasedReleaseSettings settings, CancellationToken cancellationToken = default) =>
        ChangePhasedReleaseAsync(app, settings, AscPhasedReleaseState.Active, [AscPhasedReleaseState.Paused], "resume", cancellationToken);

    /// <summary>Completes a phased release: the version goes to every user now.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Which version.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The phased release, with the plan.</returns>
    public Task<AscChangeResult<AscPhasedRelease>> CompletePhasedReleaseAsync(string app, AscPhasedReleaseSettings settings, CancellationToken cancellationToken = default) =>
        ChangePhasedReleaseAsync(app, settings, AscPhasedReleaseState.Complete, [AscPhasedReleaseState.Active, AscPhasedReleaseState.Paused], "complete", cancellationToken);

    private async Task<AscChangeResult<AscPhasedRelease>> ChangePhasedReleaseAsync(string app, AscPhasedReleaseSettings settings, string target, string[] from, string verb, CancellationToken cancellationToken)
    {
        var (resolved, version) = await LocateAsync(app, settings, v => v.IsLive || v.IsApproved, "released or approved version", cancellationToken);
        var report = ChangePlan.For(_client.Connection, settings);
        var subject = $"{resolved.BundleId} {version}";
        var phased = await _client.PhasedReleases.FindForVersionAsync(version.Id, cancellationToken)
            ?? throw new AscAppStoreException($"{subject} has no phased release to {verb}. Set one up with AscEnablePhasedRelease before the version is released.");
        if (phased.State == target)
        {
            report.InPlace($"{phased}");
            report.Finish(subject);
            return report.Result(phased);
        }

        if (!from.Contains(phased.State))
        {
            throw new AscAppStoreException(phased.State switch
            {
                AscPhasedReleaseState.Inactive => $"The phased release of {subject} has not started: it starts when the version is released. Nothing to {verb} yet.",
                AscPhasedReleaseState.Complete => $"The phased release of {subject} is complete: every user has the version. Nothing to {verb}.",
                _ => $"The phased release of {subject} is {phased.State}; it cannot {verb} from there.",
            });
        }

        report.Change($"{verb} the phased release ({phased.State} to {target})");
        if (settings.DryRun)
        {
            report.Finish(subject);
            return report.Result(phased);
        }

        var changed = await _client.PhasedReleases.SetStateAsync(phased.Id, target, cancellationToken);
        report.Finish(subject);
        return report.Result(changed);
    }

    private async Task<(AscApp App, AscAppStoreVersion Version)> LocateAsync(string app, AscPhasedReleaseSettings settings, Func<AscAppStoreVersion, bool> preferred, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Platform = AscInput.Platform(settings.Platform);
        AppStoreInput.VersionString(settings.VersionString, required: false);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var version = await AppStoreVersionLocator.FindAsync(_client, resolved, settings.Platform, settings.VersionString, preferred, what, cancellationToken);
        return (resolved, version);
    }
}
