using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissionItems;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissions;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>
/// Adds a seeded app's review submissions, held in the states the file gives, and the one Apple shows for each version
/// in review that no submission of the file holds: so such a version can be withdrawn (canceled) as at Apple.
/// </summary>
internal static class SeedReviewApplier
{
    public static void Add(StateStore store, SeedApp app, string appId)
    {
        var held = new HashSet<SeedVersion>();
        foreach (var seeded in app.ReviewSubmissions)
        {
            var platform = SeedReviewRules.PlatformOf(app, seeded);
            var id = seeded.Id ?? SeedIds.Uuid($"reviewSubmission:{appId}:{platform}:{app.ReviewSubmissions.IndexOf(seeded)}");
            var items = seeded.Items.Select(i => (Item: i, Version: SeedReviewRules.VersionOf(app, platform, i)!)).ToList();
            Store(store, new ReviewSubmissionRecord
            {
                Id = id,
                AppId = appId,
                Platform = platform,
                CreatedDate = seeded.CreatedDate ?? seeded.SubmittedDate ?? SeedFileApplier.DefaultDate,
                SubmittedAt = seeded.State == ReviewSubmissionRecord.ReadyForReview ? null : seeded.SubmittedDate,
                HeldState = seeded.State == ReviewSubmissionRecord.ReadyForReview ? null : seeded.State,
            }, [.. items.Select(i => new ReviewSubmissionItemRecord
            {
                Id = i.Item.Id ?? SeedIds.Uuid($"reviewSubmissionItem:{id}:{i.Version.VersionString}"),
                ReviewSubmissionId = id,
                AppStoreVersionId = SeedIds.Version(appId, platform, i.Version),
                CreatedDate = seeded.CreatedDate ?? SeedFileApplier.DefaultDate,
                Removed = i.Item.State == "REMOVED",
                // Shown only while the submission is held; one ready for review moves on when submitted here.
                HeldState = seeded.State == ReviewSubmissionRecord.ReadyForReview || i.Item.State is "REMOVED" ? null : i.Item.State,
            })]);
            if (seeded.State != ReviewSubmissionRecord.Complete)
            {
                held.UnionWith(items.Where(i => SeedReviewRules.Holds(i.Item)).Select(i => i.Version));
            }
        }

        // A version in review is the item of a submission in the same state at Apple; the file may leave it out.
        foreach (var version in app.Versions.Where(v => SeedReviewRules.InReview.Contains(v.State) && !held.Contains(v)))
        {
            var platform = version.Platform ?? app.Platforms[0];
            var versionId = SeedIds.Version(appId, platform, version);
            var id = SeedIds.Uuid($"reviewSubmission:{versionId}");
            var submitted = version.CreatedDate ?? SeedFileApplier.DefaultDate;
            Store(store, new ReviewSubmissionRecord { Id = id, AppId = appId, Platform = platform, CreatedDate = submitted, SubmittedAt = submitted, HeldState = version.State }, [new ReviewSubmissionItemRecord
            {
                Id = SeedIds.Uuid($"reviewSubmissionItem:{id}:{version.VersionString}"),
                ReviewSubmissionId = id,
                AppStoreVersionId = versionId,
                CreatedDate = submitted,
            }]);
        }
    }

    private static void Store(StateStore store, ReviewSubmissionRecord submission, IReadOnlyList<ReviewSubmissionItemRecord> items)
    {
        store.Table<ReviewSubmissionRecord>().Add(submission);
        foreach (var item in items)
        {
            store.Table<ReviewSubmissionItemRecord>().Add(item);
        }
    }
}
