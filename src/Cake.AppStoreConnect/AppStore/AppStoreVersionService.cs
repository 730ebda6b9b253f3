using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Prepares App Store versions (version, release notes, release type, build) and reports their state.</summary>
public sealed class AppStoreVersionService
{
    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    public AppStoreVersionService(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>
    /// Reuses the platform's editable version (renaming it when allowed) or creates it, then sets its
    /// texts, copyright, release type and build. Re-running changes only what differs.
    /// </summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="versionString">The version, such as <c>1.4.0</c>.</param>
    /// <param name="settings">What to set.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was done.</returns>
    public async Task<AscPrepareAppStoreVersionResult> PrepareAsync(string app, string versionString, AscPrepareAppStoreVersionSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        AppStoreInput.Prepare(versionString, settings);
        var report = ChangePlan.For(_client.Connection, settings);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var platform = settings.Platform;

        // Reads and checks first: nothing changes unless every step can go ahead.
        var versions = await _client.AppStoreVersions.ListAsync(resolved.Id, platform, cancellationToken: cancellationToken);
        var version = versions.FirstOrDefault(v => v.VersionString == versionString);
        if (version is not null && !version.IsEditable)
        {
            throw NotEditable(resolved, version);
        }

        var editable = version is null ? versions.FirstOrDefault(v => v.IsEditable) : null;
        if (editable is not null && !settings.RenameEditableVersion)
        {
            throw new AscAppStoreException($"{resolved.BundleId} already has an editable {platform} version, {editable.VersionString} ({editable.State}), and App Store Connect allows only one. Use {editable.VersionString}, or set RenameEditableVersion so it becomes {versionString}.");
        }

        var build = await FindBuildToAttachAsync(resolved, versionString, settings, cancellationToken);
        var localizations = WithoutReleaseNotesOnFirstVersion(settings.Localizations, versions, report);

        var created = false;
        if (version is not null)
        {
            report.InPlace($"{platform} version {versionString} exists ({version.State})");
        }
        else if (editable is not null)
        {
            report.Change($"rename editable {platform} version {editable.VersionString} to {versionString}");
            version = settings.DryRun ? editable with { VersionString = versionString } : await _client.AppStoreVersions.UpdateAsync(editable.Id, new AscAppStoreVersionChanges { VersionString = versionString }, cancellationToken);
        }
        else
        {
            report.Change($"create {platform} version {versionString}");
            if (!settings.DryRun)
            {
                (version, created) = await CreateVersionAsync(resolved, platform, versionString, settings, cancellationToken);
            }
        }

        if (version is not null)
        {
            version = await ApplyAttributesAsync(version, settings, report, cancellationToken);
            await ApplyLocalizationsAsync(version, localizations, settings.DryRun, report, cancellationToken);
            build = await ApplyBuildAsync(version, build, settings, report, cancellationToken);
        }
        else
        {
            foreach (var locale in localizations.Keys)
            {
                report.Change($"create the {locale} texts");
            }

            if (build is not null)
            {
                report.Change($"attach build {build}");
                build = await ExportCompliance.AnswerAsync(_client, build, settings.UsesNonExemptEncryption, report, cancellationToken);
            }
        }

        await ApplyContentRightsAsync(resolved, settings.ContainsThirdPartyContent, report, cancellationToken);
        report.Finish($"{resolved.BundleId} {platform} {versionString}");
        return new AscPrepareAppStoreVersionResult(resolved, version, created, build, report.Changes, report.AlreadyInPlace, settings.DryRun);
    }

    /// <summary>Gets the state of a version, its build, its newest review submission and its phased release.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Which version.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The state.</returns>
    public async Task<AscAppStoreVersionStatus> GetStateAsync(string app, AscAppStoreVersionStateSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Platform = AscInput.Platform(settings.Platform);
        AppStoreInput.VersionString(settings.VersionString, required: false);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var version = await AppStoreVersionLocator.FindAsync(_client, resolved, settings.Platform, settings.VersionString, _ => true, "version", cancellationToken);
        var status = await GetStateAsync(resolved, version, cancellationToken);
        Log.Write(AscLogLevel.Information, status.ToString());
        return status;
    }

    internal async Task<AscAppStoreVersionStatus> GetStateAsync(AscApp app, AscAppStoreVersion version, CancellationToken cancellationToken)
    {
        var buildId = version.BuildId ?? await _client.AppStoreVersions.GetBuildIdAsync(version.Id, cancellationToken);
        var build = buildId is null ? null : await _client.Builds.FindAsync(buildId, cancellationToken);
        var submissions = await _client.ReviewSubmissions.ListAsync(app.Id, version.Platform, cancellationToken: cancellationToken);
        var submission = submissions.FirstOrDefault(s => s.AppStoreVersionId == version.Id);
        var phased = await _client.PhasedReleases.FindForVersionAsync(version.Id, cancellationToken);
        return new AscAppStoreVersionStatus(app, version, build, submission, phased);
    }

    private static AscAppStoreException NotEditable(AscApp app, AscAppStoreVersion version) => new(version switch
    {
        { IsInReview: true } => $"{app.BundleId} {version} is already submitted and can no longer be changed. Wait for App Review, or cancel the submission with AscCancelReviewSubmission and run this again.",
        { IsApproved: true } => $"{app.BundleId} {version} is already approved and can no longer be changed. Release it with AscReleaseVersion, or prepare a higher version for the next release.",
        { IsLive: true } => $"{app.BundleId} {version} is already live on the App Store. Prepare a higher version (bump CFBundleShortVersionString) for the next release.",
        _ => $"{app.BundleId} {version} cannot be changed in its current state. Check it in App Store Connect, or prepare a higher version.",
    });

    private async Task<(AscAppStoreVersion Version, bool Created)> CreateVersionAsync(AscApp app, string platform, string versionString, AscPrepareAppStoreVersionSettings settings, CancellationToken cancellationToken)
    {
        var changes = new AscAppStoreVersionChanges { Copyright = settings.Copyright, ReleaseType = settings.ReleaseType, EarliestReleaseDate = settings.EarliestReleaseDate };
        try
        {
            return await IdempotentCreate.RunAsync(
                $"{platform} version {versionString} of {app.BundleId}",
                async ct => await _client.AppStoreVersions.ListAsync(app.Id, platform, versionString, cancellationToken: ct) is [var first, ..] ? first : null,
                ct => _client.AppStoreVersions.CreateAsync(app.Id, platform, versionString, changes, ct),
                Log,
                cancellationToken: cancellationToken);
        }
        catch (AscConflictException ex)
        {
            // Apple refuses a new version while another is editable or still in review; its useful code may be in errors[1].
            var others = await _client.AppStoreVersions.ListAsync(app.Id, platform, cancellationToken: cancellationToken);
            var blocking = others.FirstOrDefault(v => v.IsEditable || v.IsInReview || v.IsApproved);
            throw new AscAppStoreException(
                blocking is null
                    ? $"App Store Connect refused to create {platform} version {versionString} of {app.BundleId}: {string.Join("; ", ex.Errors.Select(e => e.ToString()))}"
                    : $"App Store Connect refused to create {platform} version {versionString} of {app.BundleId} because {blocking} exists. " +
                      (blocking.IsEditable ? "Prepare that version instead, or rename it." : "Wait until it is released (or cancel its review submission), then prepare the new version."),
                ex);
        }
    }

    private async Task<AscBuild?> FindBuildToAttachAsync(AscApp app, string versionString, AscPrepareAppStoreVersionSettings settings, CancellationToken cancellationToken)
    {
        AscBuild build;
        if (settings.BuildId is { } buildId)
        {
            (_, build) = await BuildLocator.FindWithAppAsync(_client, buildId, app.Id, cancellationToken);
        }
        else if (settings.BuildNumber is { } buildNumber)
        {
            build = await BuildLocator.FindAsync(_client, app, versionString, buildNumber, settings.Platform, cancellationToken);
        }
        else if (settings.AttachLatestBuild)
        {
            var builds = await _client.Builds.ListAsync(new AscBuildFilter { AppId = app.Id, ShortVersion = versionString, Platform = settings.Platform, ProcessingStates = [AscBuildProcessingState.Valid], Expired = false }, cancellationToken);
            var latest = builds.Where(b => b.ProcessingState == AscBuildProcessingState.Valid && !b.Expired).OrderByDescending(b => b.BuildNumber, BuildNumberComparer.Instance).FirstOrDefault();
            if (latest is null)
            {
                Log.Write(AscLogLevel.Warning, $"{app.BundleId} has no VALID {settings.Platform} build of {versionString} yet, so none is attached. Upload one (AscUploadBuild) and run this again before submitting.");
            }

            return latest;
        }
        else
        {
            return null;
        }

        if (build.ShortVersion is { } shortVersion && shortVersion != versionString)
        {
            throw new ArgumentException($"Build {build} belongs to version {shortVersion}, not {versionString}; App Store Connect only attaches a build of the same version.");
        }

        if (build.Expired || build.ProcessingState != AscBuildProcessingState.Valid)
        {
            throw new ArgumentException(build.Expired
                ? $"Build {build} has expired and cannot be attached. Upload a new build."
                : $"Build {build} is {build.ProcessingState}, not VALID. Wait for it (AscWaitForBuildProcessing) or attach another build.");
        }

        return build;
    }

    private async Task<AscAppStoreVersion> ApplyAttributesAsync(AscAppStoreVersion version, AscPrepareAppStoreVersionSettings settings, ChangePlan report, CancellationToken cancellationToken)
    {
        var changes = new AscAppStoreVersionChanges
        {
            Copyright = settings.Copyright is { } copyright && copyright != version.Copyright ? copyright : null,
            ReleaseType = settings.ReleaseType is { } type && (type != version.ReleaseType || (type == AscReleaseType.Scheduled && settings.EarliestReleaseDate != version.EarliestReleaseDate)) ? type : null,
        };
        if (changes.ReleaseType == AscReleaseType.Scheduled)
        {
            changes = changes with { EarliestReleaseDate = settings.EarliestReleaseDate };
        }

        if (settings.Copyright is not null)
        {
            (changes.Copyright is null ? (Action<string>)report.InPlace : report.Change)($"copyright \"{settings.Copyright}\"");
        }

        if (settings.ReleaseType is not null)
        {
            var what = settings.ReleaseType == AscReleaseType.Scheduled ? $"release type SCHEDULED, not before {settings.EarliestReleaseDate:u}" : $"release type {settings.ReleaseType}";
            (changes.ReleaseType is null ? (Action<string>)report.InPlace : report.Change)(what);
        }

        if (changes.IsEmpty || settings.DryRun)
        {
            return version;
        }

        var updated = await _client.AppStoreVersions.UpdateAsync(version.Id, changes, cancellationToken);
        return updated with { BuildId = updated.BuildId ?? version.BuildId };
    }

    /// <summary>
    /// Apple shows no What's New on an app's first version on a platform and refuses it there ("Attribute whatsNew cannot
    /// be edited at this time"). Release notes are routinely passed for every version, so on a first one they are left
    /// out with a warning and a plan line rather than failing the release; the other texts are written.
    /// </summary>
    private static Dictionary<string, AscLocalizedMetadata> WithoutReleaseNotesOnFirstVersion(IDictionary<string, AscLocalizedMetadata> localizations, IReadOnlyList<AscAppStoreVersion> versions, ChangePlan report)
    {
        var result = new Dictionary<string, AscLocalizedMetadata>(localizations, StringComparer.OrdinalIgnoreCase);
        if (versions.Any(v => v.IsLive))
        {
            return result;
        }

        foreach (var (locale, metadata) in localizations.Where(l => !string.IsNullOrEmpty(l.Value.WhatsNew)))
        {
            report.NotApplied($"the {locale} release notes", "What's New is not shown for a first version; Apple refuses it");
            var others = new AscLocalizedMetadata { Description = metadata.Description, Keywords = metadata.Keywords, PromotionalText = metadata.PromotionalText, MarketingUrl = metadata.MarketingUrl, SupportUrl = metadata.SupportUrl };
            if ((others.Description ?? others.Keywords ?? others.PromotionalText ?? others.MarketingUrl ?? others.SupportUrl) is null)
            {
                result.Remove(locale);
            }
            else
            {
                result[locale] = others;
            }
        }

        return result;
    }

    private async Task ApplyLocalizationsAsync(AscAppStoreVersion version, Dictionary<string, AscLocalizedMetadata> localizations, bool dryRun, ChangePlan report, CancellationToken cancellationToken)
    {
        if (localizations.Count == 0)
        {
            return;
        }

        var existing = await _client.AppStoreVersionLocalizations.ListAsync(version.Id, cancellationToken);
        foreach (var (locale, metadata) in localizations)
        {
            var current = existing.FirstOrDefault(l => string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                report.Change($"create the {locale} texts");
                if (!dryRun)
                {
                    await IdempotentCreate.RunAsync(
                        $"the {locale} localization of {version}",
                        async ct => (await _client.AppStoreVersionLocalizations.ListAsync(version.Id, ct)).FirstOrDefault(l => string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase)),
                        ct => _client.AppStoreVersionLocalizations.CreateAsync(version.Id, locale, metadata, ct),
                        Log,
                        cancellationToken: cancellationToken);
                }

                continue;
            }

            var differences = metadata.DifferencesFrom(current);
            if (differences.Count == 0)
            {
                report.InPlace($"the {locale} texts");
                continue;
            }

            report.Change($"update {string.Join(", ", differences)} of {locale}");
            if (!dryRun)
            {
                await _client.AppStoreVersionLocalizations.UpdateAsync(current.Id, metadata, cancellationToken);
            }
        }
    }

    private async Task<AscBuild?> ApplyBuildAsync(AscAppStoreVersion version, AscBuild? build, AscPrepareAppStoreVersionSettings settings, ChangePlan report, CancellationToken cancellationToken)
    {
        var attachedId = version.BuildId ?? await _client.AppStoreVersions.GetBuildIdAsync(version.Id, cancellationToken);
        if (build is null)
        {
            build = attachedId is null ? null : await _client.Builds.FindAsync(attachedId, cancellationToken);
        }
        else if (attachedId == build.Id)
        {
            report.InPlace($"build {build.BuildNumber} attached");
        }
        else
        {
            report.Change($"attach build {build}");
            if (!settings.DryRun)
            {
                await _client.AppStoreVersions.SetBuildAsync(version.Id, build.Id, cancellationToken);
            }
        }

        if (build is not null)
        {
            build = await ExportCompliance.AnswerAsync(_client, build, settings.UsesNonExemptEncryption, report, cancellationToken);
        }

        return build;
    }

    private async Task ApplyContentRightsAsync(AscApp app, bool? containsThirdPartyContent, ChangePlan report, CancellationToken cancellationToken)
    {
        if (containsThirdPartyContent is not { } contains)
        {
            return;
        }

        var wanted = contains ? AscContentRightsDeclaration.UsesThirdPartyContent : AscContentRightsDeclaration.DoesNotUseThirdPartyContent;
        if (await _client.ContentRights.GetAsync(app.Id, cancellationToken) == wanted)
        {
            report.InPlace($"content rights declared ({wanted})");
            return;
        }

        await report.ChangeAsync($"declare content rights: {wanted}", () => _client.ContentRights.SetAsync(app.Id, wanted, cancellationToken));
    }
}
