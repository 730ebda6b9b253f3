using Cake.AppStoreConnect.Apps;
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.TestFlight;

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

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    /// <param name="time">The clock.</param>
    public DistributionService(AppStoreConnectClient client, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = time ?? TimeProvider.System;
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

        var run = new Run(settings.DryRun, Log);
        build = await AnswerExportComplianceAsync(run, build, settings, cancellationToken);
        if (settings.WhatToTest is { } whatToTest && !notes.ContainsKey(app.PrimaryLocale ?? "en-US"))
        {
            notes[app.PrimaryLocale ?? "en-US"] = whatToTest;
        }

        await ApplyNotesAsync(run, build, notes, cancellationToken);
        if (submit && settings.HasBetaReviewDetails)
        {
            await ApplyReviewDetailsAsync(run, app, settings, cancellationToken);
        }

        var had = (await _client.BetaGroups.ListAsync(app.Id, buildId: build.Id, cancellationToken: cancellationToken)).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var targets = groups.Values.DistinctBy(g => g.Id).ToList();
        var missing = targets.Where(g => !had.Contains(g.Id)).ToList();
        var present = targets.Where(g => had.Contains(g.Id)).ToList();
        foreach (var group in present)
        {
            run.Already($"build is in beta group '{group.Name}'");
        }

        if (missing.Count > 0)
        {
            await run.ChangeAsync($"add the build to {string.Join(", ", missing.Select(g => $"'{g.Name}'"))}", () => _client.BetaGroups.AddBuildToGroupsAsync(build.Id, missing.Select(g => g.Id), cancellationToken));
        }

        AscBetaAppReviewSubmission? review = null;
        if (submit)
        {
            review = await SubmitAsync(run, build, settings, cancellationToken);
        }

        var notified = await NotifyAsync(run, build, settings, missing, review, cancellationToken);
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
        var run = new Run(settings.DryRun, Log);
        build = await AnswerExportComplianceAsync(run, build, settings, cancellationToken);
        if (settings.HasBetaReviewDetails)
        {
            await ApplyReviewDetailsAsync(run, app, settings, cancellationToken);
        }

        var review = await SubmitAsync(run, build, settings, cancellationToken);
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
        if (string.IsNullOrWhiteSpace(settings.BuildId) && string.IsNullOrWhiteSpace(settings.App))
        {
            throw new ArgumentException("Say which build: BuildId, or App (with VersionString and BuildNumber, or alone for its latest build).");
        }

        if (settings.BuildNumber is not null && settings.VersionString is null && settings.BuildId is null)
        {
            throw new ArgumentException("BuildNumber needs VersionString too: build numbers repeat across versions.");
        }

        if (settings.Platform is { } platform && !AscPlatform.All.Contains(platform.ToUpperInvariant()))
        {
            throw new ArgumentException($"Platform '{platform}' is not one App Store Connect knows; use one of {string.Join(", ", AscPlatform.All)}.");
        }

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
            var build = await _client.Builds.FindAsync(buildId, cancellationToken) ?? throw new ArgumentException($"Build {buildId} does not exist, or this key cannot see it; nothing was changed.");
            var appId = await _client.Builds.GetAppIdAsync(buildId, cancellationToken);
            var owner = await AppResolver.ResolveAsync(_client, appId, cancellationToken);
            if (settings.App is { Length: > 0 } named && !string.Equals(named, owner.BundleId, StringComparison.OrdinalIgnoreCase) && named != owner.Id)
            {
                throw new ArgumentException($"Build {buildId} belongs to {owner}, not to '{named}'; nothing was changed.");
            }

            return (owner, build);
        }

        var app = await AppResolver.ResolveAsync(_client, settings.App!, cancellationToken);
        var builds = await _client.Builds.ListAsync(
            new AscBuildFilter
            {
                AppId = app.Id,
                ShortVersion = settings.VersionString,
                BuildNumbers = settings.BuildNumber is null ? [] : [settings.BuildNumber],
                Platform = settings.Platform?.ToUpperInvariant(),
                Expired = settings.BuildNumber is null ? false : null,
            },
            cancellationToken);
        var found = builds.Count > 0 ? builds[0] : null;
        if (found is null)
        {
            var which = settings.VersionString is null ? "no unexpired build" : $"no build {settings.VersionString}{(settings.BuildNumber is null ? string.Empty : $" ({settings.BuildNumber})")}";
            throw new ArgumentException($"{app.BundleId} has {which}{(settings.Platform is null ? string.Empty : " for " + settings.Platform)}: upload it first (AscUploadBuild). Nothing was changed.");
        }

        if (found.Expired)
        {
            throw new ArgumentException($"Build {found} of {app.BundleId} has expired; testers can no longer get it. Upload a new build.");
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
        if (build.UsesNonExemptEncryption is not null || settings.UsesNonExemptEncryption is not null)
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

    private async Task<AscBuild> AnswerExportComplianceAsync(Run run, AscBuild build, AscBetaBuildSettings settings, CancellationToken cancellationToken)
    {
        if (build.UsesNonExemptEncryption is { } answer)
        {
            run.Already($"export compliance answered (uses non-exempt encryption: {answer})");
            if (settings.UsesNonExemptEncryption is { } wanted && wanted != answer)
            {
                Log.Write(AscLogLevel.Warning, $"Build {build} already answers export compliance with {answer}; the setting's {wanted} was not applied (Apple does not change an answer once given).");
            }

            return build;
        }

        if (settings.UsesNonExemptEncryption is { } value)
        {
            AscBuild? updated = null;
            await run.ChangeAsync($"answer export compliance: uses non-exempt encryption = {value}", async () => updated = await _client.Builds.SetUsesNonExemptEncryptionAsync(build.Id, value, cancellationToken));
            return updated ?? build;
        }

        return build;
    }

    private async Task ApplyNotesAsync(Run run, AscBuild build, Dictionary<string, string> notes, CancellationToken cancellationToken)
    {
        if (notes.Count == 0)
        {
            return;
        }

        var existing = await _client.BetaBuildLocalizations.ListAsync(build.Id, cancellationToken);
        foreach (var (locale, text) in notes.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            var current = existing.FirstOrDefault(l => string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase));
            if (current is not null && string.Equals(current.WhatsNew ?? string.Empty, text, StringComparison.Ordinal))
            {
                run.Already($"'What to Test' ({locale}) is as asked");
            }
            else if (current is not null)
            {
                await run.ChangeAsync($"update 'What to Test' ({locale})", () => _client.BetaBuildLocalizations.UpdateAsync(current.Id, text, cancellationToken));
            }
            else
            {
                await run.ChangeAsync($"add 'What to Test' ({locale})", async () =>
                {
                    var (made, created) = await IdempotentCreate.RunAsync(
                        $"'What to Test' ({locale}) of build {build}",
                        async ct => (await _client.BetaBuildLocalizations.ListAsync(build.Id, ct)).FirstOrDefault(l => string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase)),
                        ct => _client.BetaBuildLocalizations.CreateAsync(build.Id, locale, text, ct),
                        Log,
                        cancellationToken: cancellationToken);
                    if (!created && !string.Equals(made.WhatsNew ?? string.Empty, text, StringComparison.Ordinal))
                    {
                        await _client.BetaBuildLocalizations.UpdateAsync(made.Id, text, cancellationToken);
                    }
                });
            }
        }
    }

    private async Task ApplyReviewDetailsAsync(Run run, AscApp app, AscBetaBuildSettings settings, CancellationToken cancellationToken)
    {
        var current = await _client.BetaAppReviewDetails.GetForAppAsync(app.Id, cancellationToken);
        var changed = new List<string>();
        string? Diff(string field, string? wanted, string? have)
        {
            if (wanted is null || string.Equals(wanted, have, StringComparison.Ordinal))
            {
                return null;
            }

            changed.Add(field);
            return wanted;
        }

        var changes = new AscBetaAppReviewDetail
        {
            Id = current.Id,
            ContactFirstName = Diff("contact first name", settings.ContactFirstName, current.ContactFirstName),
            ContactLastName = Diff("contact last name", settings.ContactLastName, current.ContactLastName),
            ContactEmail = Diff("contact email", settings.ContactEmail, current.ContactEmail),
            ContactPhone = Diff("contact phone", settings.ContactPhone, current.ContactPhone),
            DemoAccountName = Diff("demo account name", settings.DemoAccountName, current.DemoAccountName),
            DemoAccountPassword = Diff("demo account password", settings.DemoAccountPassword, current.DemoAccountPassword),
            Notes = Diff("review notes", settings.BetaReviewNotes, current.Notes),
        };
        if (settings.DemoAccountRequired is { } required && required != current.DemoAccountRequired)
        {
            changes = changes with { DemoAccountRequired = required };
            changed.Add("demo account required");
        }

        if (changed.Count == 0)
        {
            run.Already("beta review contact and demo account are as asked");
            return;
        }

        await run.ChangeAsync($"update the beta review details ({string.Join(", ", changed)})", () => _client.BetaAppReviewDetails.UpdateAsync(changes, cancellationToken));
    }

    private async Task<AscBetaAppReviewSubmission?> SubmitAsync(Run run, AscBuild build, AscBetaBuildSettings settings, CancellationToken cancellationToken)
    {
        var review = await _client.BetaAppReviewSubmissions.FindForBuildAsync(build.Id, cancellationToken);
        if (review is not null)
        {
            run.Already($"build was submitted for beta app review ({review.BetaReviewState})");
        }
        else
        {
            await run.ChangeAsync("submit the build for beta app review", async () =>
            {
                try
                {
                    (review, _) = await IdempotentCreate.RunAsync(
                        $"the beta app review submission of build {build}",
                        ct => _client.BetaAppReviewSubmissions.FindForBuildAsync(build.Id, ct),
                        ct => _client.BetaAppReviewSubmissions.CreateAsync(build.Id, ct),
                        Log,
                        cancellationToken: cancellationToken);
                }
                catch (AscInvalidRequestException ex) when (ex.Message.Contains("export compliance", StringComparison.OrdinalIgnoreCase))
                {
                    throw new AscTestFlightException($"App Store Connect refused the beta review of build {build}: it is missing export compliance. Set UsesNonExemptEncryption, or ITSAppUsesNonExemptEncryption in Info.plist.", ex);
                }
            });
        }

        if (review is not null && settings.WaitForBetaReview && !settings.DryRun)
        {
            review = await WaitForReviewAsync(build, review, settings, cancellationToken);
        }

        return review;
    }

    private async Task<AscBetaAppReviewSubmission> WaitForReviewAsync(AscBuild build, AscBetaAppReviewSubmission review, AscBetaBuildSettings settings, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        var last = review.BetaReviewState;
        while (true)
        {
            switch (review.BetaReviewState)
            {
                case AscBetaReviewState.Approved:
                    Log.Write(AscLogLevel.Information, $"Beta app review approved build {build}.");
                    return review;
                case AscBetaReviewState.Rejected:
                    throw new AscTestFlightException($"Beta app review rejected build {build}. App Store Connect's TestFlight page shows the reason; fix it, upload a new build and distribute again.");
            }

            if (_time.GetUtcNow() - started >= settings.BetaReviewTimeout)
            {
                throw new AscTestFlightException($"Build {build} is still {review.BetaReviewState} after {settings.BetaReviewTimeout.TotalHours:0.#} hours of beta app review. Nothing is lost: re-run later; the submission is found and not repeated.");
            }

            await Task.Delay(settings.BetaReviewPollInterval, _time, cancellationToken);
            review = await _client.BetaAppReviewSubmissions.GetAsync(review.Id, cancellationToken);
            // The final state is reported once, by the switch above.
            if (review.BetaReviewState != last && review.BetaReviewState is not (AscBetaReviewState.Approved or AscBetaReviewState.Rejected))
            {
                Log.Write(AscLogLevel.Information, $"Beta app review of build {build}: {review.BetaReviewState}");
                last = review.BetaReviewState;
            }
        }
    }

    private async Task<bool> NotifyAsync(Run run, AscBuild build, AscDistributeBuildSettings settings, List<AscBetaGroup> newlyAdded, AscBetaAppReviewSubmission? review, CancellationToken cancellationToken)
    {
        if (settings.NotifyTesters is not { } notify)
        {
            return false;
        }

        var detail = await _client.BuildBetaDetails.GetForBuildAsync(build.Id, cancellationToken);
        if (detail.AutoNotifyEnabled == notify)
        {
            run.Already($"automatic tester notification is {(notify ? "on" : "off")}");
        }
        else
        {
            await run.ChangeAsync($"turn automatic tester notification {(notify ? "on" : "off")}", () => _client.BuildBetaDetails.SetAutoNotifyAsync(detail.Id, notify, cancellationToken));
        }

        // Testers of a group are told now when the build just reached them: internal groups at once,
        // external ones once beta review approved it.
        var available = newlyAdded.Any(g => g.IsInternal) || (newlyAdded.Any(g => !g.IsInternal) && review?.BetaReviewState == AscBetaReviewState.Approved);
        if (!notify || !available)
        {
            return false;
        }

        var sent = false;
        await run.ChangeAsync("notify the build's testers", async () =>
        {
            try
            {
                await _client.BuildBetaNotifications.CreateAsync(build.Id, cancellationToken);
                sent = true;
            }
            catch (Exception ex) when (ex is AscConflictException or AscInvalidRequestException or AscOutcomeUnknownException)
            {
                Log.Write(AscLogLevel.Warning, $"Testers of build {build} were not notified now ({ex.Message.Split(Environment.NewLine)[0]}); App Store Connect's automatic notification still applies.");
            }
        });
        return sent;
    }

    private async Task<IReadOnlyList<AscBuild>> ExpirePreviousAsync(Run run, AscApp app, AscBuild build, CancellationToken cancellationToken)
    {
        var others = (await _client.Builds.ListAsync(new AscBuildFilter { AppId = app.Id, ShortVersion = build.ShortVersion, Platform = build.Platform, Expired = false }, cancellationToken))
            .Where(b => b.Id != build.Id && !b.Expired)
            .ToList();
        if (others.Count == 0)
        {
            run.Already($"no other unexpired build of {build.ShortVersion}");
            return [];
        }

        var expired = new List<AscBuild>();
        await run.ChangeAsync($"expire {others.Count} earlier build(s) of {build.ShortVersion}: {string.Join(", ", others.Select(b => b.BuildNumber))}", async () =>
        {
            foreach (var other in others)
            {
                expired.Add(await _client.Builds.ExpireAsync(other.Id, cancellationToken));
            }
        });
        return run.DryRun ? others : expired;
    }

    /// <summary>Collects the plan: changes made (or, in a dry run, only logged) and what was already in place.</summary>
    private sealed class Run(bool dryRun, IAscLog log)
    {
        private readonly List<string> _changes = [];
        private readonly List<string> _already = [];

        public bool DryRun { get; } = dryRun;

        public IReadOnlyList<string> Changes => _changes;

        public IReadOnlyList<string> AlreadyInPlace => _already;

        public void Already(string what)
        {
            _already.Add(what);
            log.Write(AscLogLevel.Verbose, $"Already in place: {what}.");
        }

        public async Task ChangeAsync(string what, Func<Task> change)
        {
            _changes.Add(what);
            if (DryRun)
            {
                log.Write(AscLogLevel.Information, $"Dry run: would {what}.");
                return;
            }

            await change();
            log.Write(AscLogLevel.Information, char.ToUpperInvariant(what[0]) + what[1..] + ": done.");
        }
    }
}
