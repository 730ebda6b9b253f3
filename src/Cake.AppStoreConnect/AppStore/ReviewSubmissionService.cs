using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>
/// Sends App Store versions to App Review through Apple's review submissions: reuse the app's open
/// submission or create one, add the version as an item, submit. Cancels submissions.
/// </summary>
public sealed class ReviewSubmissionService
{
    private readonly AppStoreConnectClient _client;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    /// <param name="time">The clock used while waiting.</param>
    public ReviewSubmissionService(AppStoreConnectClient client, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = time ?? TimeProvider.System;
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>Submits a version for App Review. Re-running after a success reports the submission already made.</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Which version, conflict handling, answers and waiting.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was done.</returns>
    public async Task<AscSubmitForReviewResult> SubmitAsync(string app, AscSubmitForReviewSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Platform = AscInput.Platform(settings.Platform);
        AppStoreInput.VersionString(settings.VersionString, required: false);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var platform = settings.Platform;
        var version = await AppStoreVersionLocator.FindAsync(_client, resolved, platform, settings.VersionString, v => v.IsEditable || v.IsInReview, "editable version to submit", cancellationToken);
        var report = ChangePlan.For(_client.Connection, settings);
        // The version's state is read once, before the submission changes it; lines written after that name the version alone.
        var subject = $"{resolved.BundleId} {version}";
        var named = $"{version.Platform} {version.VersionString}";

        if (version.IsApproved || version.IsLive)
        {
            throw new AscAppStoreException($"{subject} has already been through App Review ({version.State}); there is nothing to submit. {(version.IsApproved ? "Release it with AscReleaseVersion." : "Prepare a higher version for the next release.")}");
        }

        var open = await _client.ReviewSubmissions.ListAsync(resolved.Id, platform, AscReviewSubmissionState.Open, cancellationToken);
        // A submission being canceled or completed is no longer the version's: it blocks, it is not reused.
        var mine = await FindSubmissionOfAsync(open.Where(s => s.State is not (AscReviewSubmissionState.Canceling or AscReviewSubmissionState.Completing)).ToList(), version.Id, cancellationToken);
        if (version.IsInReview || mine is { State: AscReviewSubmissionState.WaitingForReview or AscReviewSubmissionState.InReview })
        {
            report.InPlace($"{version} submitted for review{(mine is null ? string.Empty : $" in {mine}")}");
            report.Finish(subject);
            return new AscSubmitForReviewResult(resolved, version, mine, true, report.Changes, settings.DryRun) { AlreadyInPlace = report.AlreadyInPlace };
        }

        // Readiness, read before anything changes.
        var build = await CheckReadyAsync(resolved, version, settings, report, cancellationToken);

        var reusable = mine ?? open.FirstOrDefault(s => s.State == AscReviewSubmissionState.ReadyForReview);
        var blocking = open.Where(s => s.Id != reusable?.Id && s.State != AscReviewSubmissionState.Complete).ToList();
        if (blocking.Count > 0 && !settings.CancelPreviousSubmission)
        {
            throw new AscAppStoreException(
                $"{resolved.BundleId} already has an open {platform} review submission ({string.Join(", ", blocking)}), and App Store Connect allows one per app and platform. " +
                "Wait for App Review to finish it, cancel it with AscCancelReviewSubmission, or set CancelPreviousSubmission to cancel it here.");
        }

        await ExportCompliance.AnswerAsync(_client, build, settings.UsesNonExemptEncryption, report, cancellationToken);
        foreach (var other in blocking)
        {
            report.Change($"cancel {other} so this version can be submitted");
        }

        if (reusable is null)
        {
            report.Change($"create a review submission for {platform}");
        }
        else
        {
            report.InPlace($"open {reusable} reused");
        }

        if (mine is null)
        {
            report.Change($"add {named} to the review submission");
        }
        else
        {
            report.InPlace($"{version} is an item of {mine}");
        }

        report.Change("submit it to App Review");
        if (settings.DryRun)
        {
            report.Finish(subject);
            return new AscSubmitForReviewResult(resolved, version, reusable, false, report.Changes, true) { AlreadyInPlace = report.AlreadyInPlace };
        }

        if (settings.ContainsThirdPartyContent is { } contains && await _client.ContentRights.GetAsync(resolved.Id, cancellationToken) is null)
        {
            await _client.ContentRights.SetAsync(resolved.Id, contains ? AscContentRightsDeclaration.UsesThirdPartyContent : AscContentRightsDeclaration.DoesNotUseThirdPartyContent, cancellationToken);
        }

        await CancelAndWaitAsync(blocking, settings.Polling, cancellationToken);

        var submission = reusable ?? await CreateSubmissionAsync(resolved, platform, cancellationToken);
        if (mine is null)
        {
            await AddItemAsync(resolved, submission, version, settings, cancellationToken);
        }

        submission = await SendAsync(subject, submission, version, cancellationToken);
        if (settings.WaitForReview)
        {
            submission = await AscPoller.PollAsync(
                _client.Connection,
                settings.Polling,
                _time,
                $"{submission} of {named}",
                async ct => await _client.ReviewSubmissions.FindAsync(submission.Id, ct) ?? submission,
                s => s.State != AscReviewSubmissionState.ReadyForReview,
                s => s.State,
                (waited, state) => TimedOut($"{submission} of {named}", waited, state),
                cancellationToken);
        }

        report.Finish($"{resolved.BundleId} {named}");
        return new AscSubmitForReviewResult(resolved, version, submission, false, report.Changes, false) { AlreadyInPlace = report.AlreadyInPlace };
    }

    /// <summary>Cancels the app's open review submissions for a platform (only the version's, when one is named).</summary>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="settings">Which submission and whether to wait.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The submissions canceled (in a dry run: that would be), with the plan.</returns>
    public async Task<AscChangeResult<IReadOnlyList<AscReviewSubmission>>> CancelAsync(string app, AscCancelReviewSubmissionSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Platform = AscInput.Platform(settings.Platform);
        AppStoreInput.VersionString(settings.VersionString, required: false);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var version = settings.VersionString is null ? null : await AppStoreVersionLocator.FindAsync(_client, resolved, settings.Platform, settings.VersionString, _ => true, "version", cancellationToken);
        var open = await _client.ReviewSubmissions.ListAsync(resolved.Id, settings.Platform, AscReviewSubmissionState.Open, cancellationToken);
        var targets = new List<AscReviewSubmission>();
        foreach (var submission in open.Where(s => s.State is not (AscReviewSubmissionState.Canceling or AscReviewSubmissionState.Completing)))
        {
            if (version is null || await ContainsAsync(submission, version.Id, cancellationToken))
            {
                targets.Add(submission);
            }
        }

        var report = ChangePlan.For(_client.Connection, settings);
        var subject = $"{resolved.BundleId} {settings.Platform}{(version is null ? string.Empty : " " + version.VersionString)}";
        if (targets.Count == 0)
        {
            var canceling = open.Where(s => s.State == AscReviewSubmissionState.Canceling).ToList();
            report.InPlace(canceling.Count == 0 ? "no open review submission to cancel" : $"{string.Join(", ", canceling)} already being canceled");
            report.Finish(subject);
            return report.Result<IReadOnlyList<AscReviewSubmission>>([]);
        }

        foreach (var target in targets)
        {
            report.Change($"cancel {target}");
        }

        if (settings.DryRun)
        {
            report.Finish(subject);
            return report.Result<IReadOnlyList<AscReviewSubmission>>(targets);
        }

        var canceled = await CancelAndWaitAsync(targets, settings.WaitForCompletion ? settings.Polling : null, cancellationToken);
        report.Finish(subject);
        return report.Result(canceled);
    }

    private async Task<AscReviewSubmission?> FindSubmissionOfAsync(IReadOnlyList<AscReviewSubmission> open, string versionId, CancellationToken cancellationToken)
    {
        foreach (var submission in open)
        {
            if (await ContainsAsync(submission, versionId, cancellationToken))
            {
                return submission;
            }
        }

        return null;
    }

    private async Task<bool> ContainsAsync(AscReviewSubmission submission, string versionId, CancellationToken cancellationToken) =>
        submission.AppStoreVersionId == versionId
        || (submission.AppStoreVersionId is null && (await _client.ReviewSubmissions.ListItemsAsync(submission.Id, cancellationToken)).Any(i => i.AppStoreVersionId == versionId));

    private async Task<AscBuild> CheckReadyAsync(AscApp app, AscAppStoreVersion version, AscSubmitForReviewSettings settings, ChangePlan report, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var buildId = version.BuildId ?? await _client.AppStoreVersions.GetBuildIdAsync(version.Id, cancellationToken);
        var build = buildId is null ? null : await _client.Builds.FindAsync(buildId, cancellationToken);
        if (build is null)
        {
            problems.Add($"No build is attached. Attach one with AscPrepareAppStoreVersion (BuildNumber, or the newest VALID build of {version.VersionString}).");
        }
        else if (ExportCompliance.IsMissing(build, settings.UsesNonExemptEncryption))
        {
            problems.Add(ExportCompliance.Advice(build) + " (fastlane export_compliance_uses_encryption)");
        }

        if (await _client.ContentRights.GetAsync(app.Id, cancellationToken) is null)
        {
            if (settings.ContainsThirdPartyContent is { } contains)
            {
                report.Change($"declare content rights: {(contains ? AscContentRightsDeclaration.UsesThirdPartyContent : AscContentRightsDeclaration.DoesNotUseThirdPartyContent)}");
            }
            else
            {
                problems.Add("The app's content rights question is unanswered. Set ContainsThirdPartyContent (fastlane content_rights_contains_third_party_content).");
            }
        }

        return problems.Count > 0 || build is null
            ? throw new AscNotReadyForReviewException($"{app.BundleId} {version}", problems)
            : build;
    }

    private async Task<IReadOnlyList<AscReviewSubmission>> CancelAndWaitAsync(IReadOnlyList<AscReviewSubmission> submissions, AscPollingSettings? polling, CancellationToken cancellationToken)
    {
        var canceled = new List<AscReviewSubmission>();
        foreach (var submission in submissions)
        {
            AscReviewSubmission result;
            try
            {
                result = await _client.ReviewSubmissions.CancelAsync(submission.Id, cancellationToken);
            }
            catch (AscConflictException ex)
            {
                // A retried cancel, or one racing App Review: fine when it is canceling or finished now.
                result = await _client.ReviewSubmissions.FindAsync(submission.Id, cancellationToken) ?? submission;
                if (result.State is not (AscReviewSubmissionState.Canceling or AscReviewSubmissionState.Complete or AscReviewSubmissionState.Completing))
                {
                    throw new AscAppStoreException($"App Store Connect refused to cancel {result}. {string.Join("; ", ex.Errors.Select(e => e.ToString()))}", ex);
                }
            }

            if (polling is not null)
            {
                result = await AscPoller.PollAsync(
                    _client.Connection,
                    polling,
                    _time,
                    $"{submission} to be canceled",
                    async ct => await _client.ReviewSubmissions.FindAsync(submission.Id, ct) ?? result with { State = AscReviewSubmissionState.Complete },
                    s => s.State == AscReviewSubmissionState.Complete,
                    s => s.State,
                    (waited, state) => TimedOut($"{submission} to be canceled", waited, state),
                    cancellationToken);
            }

            Log.Write(AscLogLevel.Information, $"Canceled {submission}: now {result.State}.");
            canceled.Add(result);
        }

        return canceled;
    }

    private async Task<AscReviewSubmission> CreateSubmissionAsync(AscApp app, string platform, CancellationToken cancellationToken)
    {
        try
        {
            var (submission, _) = await IdempotentCreate.RunAsync(
                $"the {platform} review submission of {app.BundleId}",
                async ct => First(await _client.ReviewSubmissions.ListAsync(app.Id, platform, [AscReviewSubmissionState.ReadyForReview], ct)),
                ct => _client.ReviewSubmissions.CreateAsync(app.Id, platform, ct),
                Log,
                cancellationToken: cancellationToken);
            return submission;
        }
        catch (AscConflictException ex)
        {
            throw new AscAppStoreException(
                $"App Store Connect refused a new {platform} review submission for {app.BundleId}: another one is open (one per app and platform). " +
                $"Cancel it with AscCancelReviewSubmission or set CancelPreviousSubmission, then run this again. Apple said: {string.Join("; ", ex.Errors.Select(e => e.ToString()))}",
                ex);
        }
    }

    private async Task AddItemAsync(AscApp app, AscReviewSubmission submission, AscAppStoreVersion version, AscSubmitForReviewSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await IdempotentCreate.RunAsync(
                $"the review item of {version}",
                async ct => (await _client.ReviewSubmissions.ListItemsAsync(submission.Id, ct)).FirstOrDefault(i => i.AppStoreVersionId == version.Id),
                ct => _client.ReviewSubmissions.AddAppStoreVersionAsync(submission.Id, version.Id, ct),
                Log,
                cancellationToken: cancellationToken);
        }
        catch (AscApiException ex) when (ex is AscConflictException or AscInvalidRequestException)
        {
            if (IsNotReady(ex))
            {
                throw new AscNotReadyForReviewException($"{app.BundleId} {version}", [.. ex.Errors.Select(e => e.ToString())], ex);
            }

            throw new AscAppStoreException(
                $"App Store Connect would not add {version} to {submission}: it is already in another review submission, or cannot be added as it stands. " +
                (settings.CancelPreviousSubmission
                    ? "That submission was not found among the app's open ones; check the app in App Store Connect."
                    : "Cancel the other submission with AscCancelReviewSubmission, or set CancelPreviousSubmission.") +
                $" Apple said: {string.Join("; ", ex.Errors.Select(e => e.ToString()))}",
                ex);
        }
    }

    private async Task<AscReviewSubmission> SendAsync(string subject, AscReviewSubmission submission, AscAppStoreVersion version, CancellationToken cancellationToken)
    {
        try
        {
            var submitted = await _client.ReviewSubmissions.SubmitAsync(submission.Id, cancellationToken);
            Log.Write(AscLogLevel.Information, $"Submitted {version.Platform} {version.VersionString} for App Review ({submitted}).");
            return submitted;
        }
        catch (AscApiException ex) when (ex is AscConflictException or AscInvalidRequestException)
        {
            // A retried submit whose first answer was lost finds the submission past READY_FOR_REVIEW: submitted,
            // in review, or already decided (COMPLETE) when App Review was quicker than the retry. It took effect.
            if (await _client.ReviewSubmissions.FindAsync(submission.Id, cancellationToken) is { WasSubmitted: true } already)
            {
                Log.Write(AscLogLevel.Information, $"The answer to the submit of {version} was lost; {already} shows it took effect.");
                return already;
            }

            throw new AscNotReadyForReviewException(subject, [.. ex.Errors.Select(e => e.ToString())], ex);
        }
    }

    /// <summary>Whether Apple refused because the version is not ready for review: decided on Apple's codes only, never on its wording.</summary>
    private static bool IsNotReady(AscApiException ex) =>
        ex.HasErrorCode("STATE_ERROR") || ex.HasErrorCode("ENTITY_ERROR.ATTRIBUTE.REQUIRED") || ex.HasErrorCode("ENTITY_ERROR.RELATIONSHIP.REQUIRED");

    private static T? First<T>(IReadOnlyList<T> list)
        where T : class => list.Count > 0 ? list[0] : null;

    private static AscAppStoreException TimedOut(string what, TimeSpan waited, string state) =>
        new($"Gave up waiting for {what} after {waited.TotalMinutes:0.#} minutes; it is still {state}. Nothing is lost: check again later with AscGetAppStoreVersionState, or raise Timeout.");
}
