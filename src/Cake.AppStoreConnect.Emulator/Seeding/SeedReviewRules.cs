using Cake.AppStoreConnect.Emulator.Resources;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissionItems;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissions;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>
/// What a seed file's review submissions must hold: Apple's one open submission per app and platform, a version in
/// one open submission at most, and the version states each open submission state goes with, so a rehearsal starts
/// from an account Apple could show.
/// </summary>
internal static class SeedReviewRules
{
    /// <summary>The version states a version in review shows, each only as the item of an open submission in the same state.</summary>
    public static IReadOnlySet<string> InReview { get; } = new HashSet<string>(StringComparer.Ordinal) { AppVersionStates.WaitingForReview, AppVersionStates.InReview };

    /// <summary>The platform of a seeded submission: the one given, else the app's first.</summary>
    public static string PlatformOf(SeedApp app, SeedReviewSubmission submission) => submission.Platform ?? app.Platforms.FirstOrDefault() ?? Platforms.Ios;

    /// <summary>The app's version an item names, if any.</summary>
    public static SeedVersion? VersionOf(SeedApp app, string platform, SeedReviewItem item) =>
        app.Versions.FirstOrDefault(v => v.VersionString == item.VersionString && (v.Platform ?? app.Platforms.FirstOrDefault() ?? Platforms.Ios) == platform);

    /// <summary>Whether an item counts as its version's place in the submission (a REMOVED one does not).</summary>
    public static bool Holds(SeedReviewItem item) => item.State != "REMOVED";

    public static IEnumerable<string> Problems(SeedApp app, string at)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var openPlatforms = new Dictionary<string, string>(StringComparer.Ordinal);
        var openVersions = new Dictionary<SeedVersion, string>();
        for (var s = 0; s < app.ReviewSubmissions.Count; s++)
        {
            var submission = app.ReviewSubmissions[s];
            var sat = $"{at}.reviewSubmissions[{s}]";
            var platform = PlatformOf(app, submission);
            if (submission.Id is { } id && !ids.Add(id))
            {
                yield return $"{sat}.id: '{id}' is the id of another submission of the app; give each its own, or none.";
            }

            if (!app.Platforms.Contains(platform))
            {
                yield return $"{sat}.platform: '{platform}' is not one of the app's platforms ({string.Join(", ", app.Platforms)}); add it to {at}.platforms.";
            }

            if (!ReviewSubmissionRecord.States.Contains(submission.State))
            {
                yield return $"{sat}.state: '{submission.State}' is not one of {string.Join(", ", ReviewSubmissionRecord.States)}.";
                continue;
            }

            var open = submission.State != ReviewSubmissionRecord.Complete;
            if (open && !openPlatforms.TryAdd(platform, sat))
            {
                yield return $"{sat}.state: the app already has an open {platform} submission at {openPlatforms[platform]}; App Store Connect allows one per app and platform, so give one of them COMPLETE.";
            }

            foreach (var problem in ItemProblems(app, at, submission, sat, platform, open, openVersions))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> ItemProblems(SeedApp app, string at, SeedReviewSubmission submission, string sat, string platform, bool open, Dictionary<SeedVersion, string> openVersions)
    {
        for (var i = 0; i < submission.Items.Count; i++)
        {
            var item = submission.Items[i];
            var iat = $"{sat}.items[{i}]";
            if (item.State is { } itemState && !ReviewSubmissionItemRecord.States.Contains(itemState))
            {
                yield return $"{iat}.state: '{itemState}' is not one of {string.Join(", ", ReviewSubmissionItemRecord.States)}; leave it out to have it follow the submission's.";
            }

            if (VersionOf(app, platform, item) is not { } version)
            {
                yield return $"{iat}.versionString: the app has no {platform} version '{item.VersionString}' in {at}.versions; an item is one of the app's versions of the submission's platform.";
                continue;
            }

            if (!open || !Holds(item))
            {
                continue;
            }

            if (!openVersions.TryAdd(version, iat))
            {
                yield return $"{iat}.versionString: {platform} {version.VersionString} is already an item of the open submission at {openVersions[version]}; a version is in one open submission at a time.";
            }

            var inReview = InReview.Contains(submission.State);
            if (inReview ? version.State != submission.State : InReview.Contains(version.State))
            {
                yield return inReview
                    ? $"{iat}: a {submission.State} submission holds versions in that state, and {platform} {version.VersionString} is {version.State}; give both the state Apple shows."
                    : $"{iat}: {platform} {version.VersionString} is {version.State}, which a {submission.State} submission cannot hold; give the submission {version.State} too.";
            }
        }
    }
}
