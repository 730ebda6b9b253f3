using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionPhasedReleases;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissionItems;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissions;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

/// <summary>The App Store rules that span versions, review submissions and phased releases, read at the request's time.</summary>
internal static class AppStoreReview
{
    public static TimeSpan ReviewTime(ResourceContext context) => context.Emulator.Options.ReviewTime;

    public static string StateOf(AppStoreVersionRecord version, ResourceContext context) => version.State(context.Now, ReviewTime(context));

    public static bool IsEditable(AppStoreVersionRecord version, ResourceContext context) => AppVersionStates.Editable.Contains(StateOf(version, context));

    public static string StateOf(ReviewSubmissionRecord submission, ResourceContext context) => submission.State(context.Now, ReviewTime(context));

    public static bool IsOpen(ReviewSubmissionRecord submission, ResourceContext context) => submission.IsOpen(context.Now, ReviewTime(context));

    public static IEnumerable<ReviewSubmissionItemRecord> ItemsOf(ReviewSubmissionRecord submission, ResourceContext context) =>
        context.Table<ReviewSubmissionItemRecord>().Where(i => i.ReviewSubmissionId == submission.Id && !i.Removed);

    /// <summary>The open submission holding the version, if any.</summary>
    public static ReviewSubmissionRecord? OpenSubmissionOf(string versionId, ResourceContext context)
    {
        var submissions = context.Table<ReviewSubmissionRecord>();
        return context.Table<ReviewSubmissionItemRecord>()
            .Where(i => i.AppStoreVersionId == versionId && !i.Removed)
            .Select(i => submissions.Find(i.ReviewSubmissionId))
            .FirstOrDefault(s => s is not null && s.CanceledAt is null && IsOpen(s, context));
    }

    public static string ItemState(ReviewSubmissionItemRecord item, ResourceContext context)
    {
        if (item.Removed || context.Table<ReviewSubmissionRecord>().Find(item.ReviewSubmissionId) is not { } submission)
        {
            return "REMOVED";
        }

        if (submission.CanceledAt is not null)
        {
            return "REMOVED";
        }

        if (item.HeldState is { } held)
        {
            return held;
        }

        return StateOf(submission, context) switch
        {
            ReviewSubmissionRecord.ReadyForReview => "READY_FOR_REVIEW",
            ReviewSubmissionRecord.Complete => "APPROVED",
            _ => "ACCEPTED",
        };
    }

    /// <summary>The phased release state as shown: INACTIVE turns ACTIVE once the version is released.</summary>
    public static string PhasedStateOf(PhasedReleaseRecord phased, ResourceContext context) =>
        phased.Stage == PhasedReleaseRecord.Inactive && ReleasedAt(phased, context) is not null ? PhasedReleaseRecord.Active : phased.Stage;

    public static DateTimeOffset? ReleasedAt(PhasedReleaseRecord phased, ResourceContext context) =>
        context.Table<AppStoreVersionRecord>().Find(phased.AppStoreVersionId)?.ReleasedAt(context.Now, ReviewTime(context));

    public static int PauseDays(PhasedReleaseRecord phased, ResourceContext context) =>
        phased.TotalPauseDays + (phased.Stage == PhasedReleaseRecord.Paused && phased.PausedAt is { } paused ? (int)(context.Now - paused).TotalDays : 0);
}
