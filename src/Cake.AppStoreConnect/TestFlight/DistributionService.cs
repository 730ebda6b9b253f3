using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>
/// Distributes a processed build through TestFlight: export compliance, "What to Test", groups, beta
/// app review, notification and clean-up. Every step reads first and changes only what differs, so a
/// re-run is a no-op that reports what was already in place; a dry run only reports.
/// </summary>
public sealed class DistributionService
{
    private readonly AppStoreConnectClient _client;
    private readonly TimeProvider _time;
    private readonly BetaReviewSteps _betaReview;
    private readonly WhatToTestStep _whatToTest;
    private readonly TesterNotificationStep _notification;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    /// <param name="time">The clock.</param>
    public DistributionService(AppStoreConnectClient client, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = time ?? TimeProvider.System;
        _betaReview = new BetaReviewSteps(client, _time);
        _whatToTest = new WhatToTestStep(client);
        _notification = new TesterNotificationStep(client);
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>Distributes a build as the settings say.</summary>
    /// <param name="settings">Build, groups, notes, review, notification.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was done and what was already in place.</returns>
    public async Task<AscDistributeBuildResult> DistributeAsync(AscDistributeBuildSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ValidateSelection(settings);
        var notes = ValidateNotes(settings);
        var groupNames = settings.Groups.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).ToList();

        var (app, build) = await ResolveBuildAsync(settings, cancellationToken);
        var groups = await BetaGroupService.ResolveAsync(_client, app, groupNames, cancellationToken);
        var external = groups.Values.Where(g => !g.IsInternal).Select(g => g.Name).ToList();
        var submit = external.Count > 0 && settings.SubmitForBetaReview;
        build = await EnsureProcessedAsync(build, settings, cancellationToken);
        CheckExportCompliance(build, settings, external.Count > 0 ? $"external testing ({string.Join(", ", external)})" : null);

        var run = ChangePlan.For(_client.Connection, settings);
        build = await ExportCompliance.AnswerAsync(_client, build, settings.UsesNonExemptEncryption, run, cancellationToken);
        if (settings.WhatToTest is { } whatToTest && !notes.ContainsKey(app.PrimaryLocale ?? "en-US"))
        {
            notes[app.PrimaryLocale ?? "en-US"] = whatToTest;
        }

        await _whatToTest.ApplyAsync(run, build, notes, cancellationToken);
        if (submit && settings.HasBetaReviewDetails)
        {
            await _betaReview.ApplyDetailsAsync(run, app, settings, cancellationToken);
        }

        var (missing, present) = await BetaGroupService.AddBuildAsync(_client, run, app, build, groups.Values, cancellationToken);

        AscBetaAppReviewSubmission? review = null;
        if (submit)
        {
            review = await _betaReview.SubmitAsync(run, build, settings, cancellationToken);
        }

        var notified = await _notification.ApplyAsync(run, build, settings.NotifyTesters, missing, review, cancellationToken);
        var expired = settings.ExpirePreviousBuilds ? await ExpirePreviousAsync(run, app, build, cancellationToken) : [];

        var result = new AscDistributeBuildResult
        {
            AppId = app.Id,
            BundleId = app.BundleId,
            Build = build,
            Changes = run.Changes,
            AlreadyInPlace = run.AlreadyInPlace,
            GroupsAdded = [.. missing.Select(g => g.Name)],
            GroupsAlreadyHadBuild = [.. present.Select(g => g.Name)],
            BetaReview = review,
            Notified = notified,
            ExpiredBuilds = expired,
            DryRun = settings.DryRun,
        };
        Log.Write(AscLogLevel.Information, result.NothingChanged && !settings.DryRun ? $"{app.BundleId} {build}: already distributed as asked; nothing changed." : result.ToString());
        return result;
    }

    /// <summary>Submits a build for beta app review (after export compliance and review details).</summary>
    /// <param name="settings">Build, compliance, review details, waiting.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was done; <see cref="AscDistributeBuildResult.BetaReview"/> holds the submission.</returns>
    public async Task<AscDistributeBuildResult> SubmitForBetaReviewAsync(AscSubmitForBetaReviewSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ValidateSelection(settings);
        var (app, build) = await ResolveBuildAsync(settings, cancellationToken);
        build = await EnsureProcessedAsync(build, settings, cancellationToken);
        CheckExportCompliance(build, settings, "beta app review");
        var run = ChangePlan.For(_client.Connection, settings);
        build = await ExportCompliance.AnswerAsync(_client, build, settings.UsesNonExemptEncryption, run, cancellationToken);
        if (settings.HasBetaReviewDetails)
        {
            await _betaReview.ApplyDetailsAsync(run, app, settings, cancellationToken);
        }

        var review = await _betaReview.SubmitAsync(run, build, settings, cancellationToken);
        var result = new AscDistributeBuildResult
        {
            AppId = app.Id,
            BundleId = app.BundleId,
            Build = build,
            Changes = run.Changes,
            AlreadyInPlace = run.AlreadyInPlace,
            BetaReview = review,
            DryRun = settings.DryRun,
        };
        Log.Write(AscLogLevel.Information, result.ToString());
        return result;
    }

    private static void ValidateSelection(AscBetaBuildSettings settings)
    {
        BuildLocator.Validate(settings.BuildId, settings.App, settings.VersionString, settings.BuildNumber, latestAllowed: true);
        AscInput.OptionalPlatform(settings.Platform);

        if (settings.DemoAccountRequired == true && (string.IsNullOrEmpty(settings.DemoAccountName) || string.IsNullOrEmpty(settings.DemoAccountPassword)))
        {
            throw new ArgumentException("DemoAccountRequired is true but DemoAccountName or DemoAccountPassword is missing; beta review would reject the build.");
        }

        if (settings.ContactEmail is { } email && !AscTester.IsValidEmail(email))
        {
            throw new ArgumentException($"ContactEmail '{email}' is not an email address.");
        }
    }

    private static Dictionary<string, string> ValidateNotes(AscDistributeBuildSettings settings)
    {
        var notes = new Dictionary<string, string>(settings.LocalizedWhatToTest, StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var (locale, text) in notes.Append(new KeyValuePair<string, string>("(primary locale)", settings.WhatToTest ?? string.Empty)))
        {
            if (text.Length > BetaBuildLocalizationsClient.MaxWhatsNewLength)
            {
                problems.Add($"'What to Test' for {locale} has {text.Length} characters; Apple allows {BetaBuildLocalizationsClient.MaxWhatsNewLength}");
            }
        }

        foreach (var locale in notes.Keys.Where(l => l.Length is < 2 or > 10 || l.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')))
        {
            problems.Add($"'{locale}' is not a locale such as en-US");
        }

        return problems.Count > 0
            ? throw new ArgumentException(string.Join("; ", problems) + ". Nothing was changed.")
            : notes;
    }

    private async Task<(AscApp App, AscBuild Build)> ResolveBuildAsync(AscBetaBuildSettings settings, CancellationToken cancellationToken)
    {
        if (settings.BuildId is { Length: > 0 } buildId)
        {
            return await BuildLocator.FindWithAppAsync(_client, buildId, settings.App, cancellationToken);
        }

        var app = await AppResolver.ResolveAsync(_client, settings.App!, cancellationToken);
        var found = await BuildLocator.FindAsync(_client, app, settings.VersionString, settings.BuildNumber, settings.Platform, cancellationToken);
        if (found.Expired)
        {
            throw new ArgumentException($"Build {found} of {app.BundleId} has expired; testers can no longer get it. Upload a new build. Nothing was changed.");
        }

        return (app, found);
    }

    private async Task<AscBuild> EnsureProcessedAsync(AscBuild build, AscBetaBuildSettings settings, CancellationToken cancellationToken)
    {
        if (build.ProcessingState == AscBuildProcessingState.Valid)
        {
            return build;
        }

        if (!settings.WaitForProcessing || settings.DryRun)
        {
            if (settings.DryRun && build.ProcessingState == AscBuildProcessingState.Processing)
            {
                Log.Write(AscLogLevel.Information, $"Dry run: build {build} is still processing; a real run would wait for it.");
                return build;
            }

            throw new AscTestFlightException($"Build {build} is {build.ProcessingState}, not VALID; it cannot be distributed yet. Wait for processing (WaitForProcessing = true) or distribute later.");
        }

        return await new BuildProcessingWaiter(_client, settings.Polling, _time).WaitForBuildAsync(build.Id, cancellationToken);
    }

    private void CheckExportCompliance(AscBuild build, AscBetaBuildSettings settings, string? needs)
    {
        if (!ExportCompliance.IsMissing(build, settings.UsesNonExemptEncryption))
        {
            return;
        }

        var message = $"Build {build} is missing export compliance (does it use non-exempt encryption?)";
        if (needs is null)
        {
            Log.Write(AscLogLevel.Warning, message + "; testers cannot install it until it is answered. Set UsesNonExemptEncryption, or ITSAppUsesNonExemptEncryption in Info.plist.");
            return;
        }

        throw new AscTestFlightException(message + $", which {needs} needs. Nothing was changed. Set UsesNonExemptEncryption (false for most apps: HTTPS and Apple's own crypto are exempt), or add ITSAppUsesNonExemptEncryption to Info.plist before the next upload.");
    }

    private async Task<IReadOnlyList<AscBuild>> ExpirePreviousAsync(ChangePlan run, AscApp app, AscBuild build, CancellationToken cancellationToken)
    {
        var others = (await _client.Builds.ListAsync(new AscBuildFilter { AppId = app.Id, ShortVersion = build.ShortVersion, Platform = build.Platform, Expired = false }, cancellationToken))
            .Where(b => b.Id != build.Id)
            .ToList();
        return await new BuildQueryService(_client, _time).ExpireAsync(others, $"earlier build(s) of {build.ShortVersion}", run, cancellationToken);
    }
}
