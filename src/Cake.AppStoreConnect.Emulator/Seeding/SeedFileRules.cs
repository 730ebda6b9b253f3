using Cake.AppStoreConnect.Emulator.Resources;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>What a seed file must hold beyond its shape; each problem names the JSON path and the fix.</summary>
internal static class SeedFileRules
{
    /// <summary>
    /// The version states a seed may give (every <c>appVersionState</c> of Apple's, and READY_FOR_SALE), and the stored
    /// stage each becomes: editable ones as they are, live ones live, and the rest held as Apple showed them
    /// (<see cref="AppVersionStates.Held"/>), so a rehearsal refuses what Apple refuses, such as editing a version in review.
    /// </summary>
    public static IReadOnlyDictionary<string, string> VersionStages { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AppVersionStates.PrepareForSubmission] = AppVersionStates.PrepareForSubmission,
        [AppVersionStates.ReadyForReview] = AppVersionStates.ReadyForReview,
        [AppVersionStates.DeveloperRejected] = AppVersionStates.DeveloperRejected,
        ["REJECTED"] = "REJECTED",
        ["METADATA_REJECTED"] = "METADATA_REJECTED",
        ["INVALID_BINARY"] = "INVALID_BINARY",
        [AppVersionStates.WaitingForReview] = AppVersionStates.WaitingForReview,
        [AppVersionStates.InReview] = AppVersionStates.InReview,
        ["WAITING_FOR_EXPORT_COMPLIANCE"] = "WAITING_FOR_EXPORT_COMPLIANCE",
        ["ACCEPTED"] = "ACCEPTED",
        [AppVersionStates.PendingDeveloperRelease] = AppVersionStates.PendingDeveloperRelease,
        [AppVersionStates.PendingAppleRelease] = AppVersionStates.PendingAppleRelease,
        ["PROCESSING_FOR_DISTRIBUTION"] = "PROCESSING_FOR_DISTRIBUTION",
        ["REPLACED_WITH_NEW_VERSION"] = "REPLACED_WITH_NEW_VERSION",
        [AppVersionStates.ReadyForDistribution] = AppVersionStates.StageLive,
        ["READY_FOR_SALE"] = AppVersionStates.StageLive,
    };

    // Stages that end a version's way: another may be created beside them (AppStoreVersionsModule.CreateAsync).
    private static readonly HashSet<string> Done = [AppVersionStates.StageLive, "REPLACED_WITH_NEW_VERSION"];

    private static readonly string[] ReleaseTypes = ["MANUAL", "AFTER_APPROVAL", "SCHEDULED"];

    private static readonly string[] ContentRights = ["DOES_NOT_USE_THIRD_PARTY_CONTENT", "USES_THIRD_PARTY_CONTENT"];

    public static string? FirstProblem(SeedFile seed, IReadOnlyCollection<string>? takenBundleIds = null) =>
        Problems(seed, takenBundleIds ?? []).FirstOrDefault();

    private static IEnumerable<string> Problems(SeedFile seed, IReadOnlyCollection<string> taken)
    {
        var bundleIds = new HashSet<string>(taken, StringComparer.Ordinal);
        var appIds = new HashSet<string>(StringComparer.Ordinal);
        var testers = new Dictionary<string, (string? Id, string Path)>(StringComparer.OrdinalIgnoreCase);
        for (var a = 0; a < seed.Apps.Count; a++)
        {
            var app = seed.Apps[a];
            var at = $"$.apps[{a}]";
            if (string.IsNullOrWhiteSpace(app.BundleId))
            {
                yield return $"{at}.bundleId: give the app's bundle id, e.g. \"com.example.app\".";
            }
            else if (!bundleIds.Add(app.BundleId))
            {
                yield return taken.Contains(app.BundleId)
                    ? $"{at}.bundleId: '{app.BundleId}' is already an app of the demo seed; drop --seed demo or this app."
                    : $"{at}.bundleId: '{app.BundleId}' is listed twice; keep one app per bundle id.";
            }

            if (string.IsNullOrWhiteSpace(app.Name))
            {
                yield return $"{at}.name: give the app's name as App Store Connect shows it.";
            }

            if (app.Id is { } id && (id.Length == 0 || !id.All(char.IsAsciiDigit)))
            {
                yield return $"{at}.id: '{id}' is not an Apple app id (digits only, like \"1481192346\"); leave it out to have one made from the bundle id.";
            }
            else if (SeedIds.App(app) is var appId && !appIds.Add(appId))
            {
                yield return $"{at}.id: '{appId}' is the id of another app; give each app its own.";
            }

            if (app.Platforms.Count == 0)
            {
                yield return $"{at}.platforms: list at least one of {string.Join(", ", Platforms.All)}.";
            }

            for (var p = 0; p < app.Platforms.Count; p++)
            {
                if (!Platforms.All.Contains(app.Platforms[p]))
                {
                    yield return $"{at}.platforms[{p}]: '{app.Platforms[p]}' is not a platform; use one of {string.Join(", ", Platforms.All)}.";
                }
            }

            if (app.ContentRightsDeclaration is { } rights && !ContentRights.Contains(rights))
            {
                yield return $"{at}.contentRightsDeclaration: '{rights}' is not one of {string.Join(", ", ContentRights)}; leave it out for unanswered.";
            }

            foreach (var problem in VersionProblems(app, at).Concat(BuildProblems(app, at)).Concat(GroupProblems(app, at, testers)).Concat(SeedReviewRules.Problems(app, at)))
            {
                yield return problem;
            }
        }

        foreach (var problem in SeedCertificateRules.Problems(seed.Certificates))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> VersionProblems(SeedApp app, string at)
    {
        var strings = new HashSet<(string, string)>();
        var inFlight = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var v = 0; v < app.Versions.Count; v++)
        {
            var version = app.Versions[v];
            var vat = $"{at}.versions[{v}]";
            var platform = version.Platform ?? app.Platforms.FirstOrDefault() ?? Platforms.Ios;
            if (!app.Platforms.Contains(platform))
            {
                yield return $"{vat}.platform: '{platform}' is not one of the app's platforms ({string.Join(", ", app.Platforms)}); add it to {at}.platforms.";
            }

            if (!strings.Add((platform, version.VersionString)))
            {
                yield return $"{vat}.versionString: {platform} version '{version.VersionString}' is listed twice; each version string is used once per platform.";
            }

            if (!VersionStages.TryGetValue(version.State, out var stage))
            {
                yield return $"{vat}.state: '{version.State}' cannot be seeded; use one of {string.Join(", ", VersionStages.Keys)}.";
            }
            else if (!Done.Contains(stage) && !inFlight.TryAdd(platform, version.State))
            {
                yield return $"{vat}.state: the app already has a version on its way for {platform} ({inFlight[platform]}); App Store Connect allows one until it is released, so give this one READY_FOR_DISTRIBUTION or remove it.";
            }

            if (version.BuildNumber is { } buildNumber && version.AttachedBuilds(app, platform).Count == 0)
            {
                yield return $"{vat}.buildNumber: the app has no {platform} build {version.VersionString} ({buildNumber}) in {at}.builds; a version's build has its version string and platform, so list it there too.";
            }

            if (!ReleaseTypes.Contains(version.ReleaseType))
            {
                yield return $"{vat}.releaseType: '{version.ReleaseType}' is not one of {string.Join(", ", ReleaseTypes)}.";
            }

            var locales = new HashSet<string>(StringComparer.Ordinal);
            for (var l = 0; l < version.Localizations.Count; l++)
            {
                if (!locales.Add(version.Localizations[l].Locale))
                {
                    yield return $"{vat}.localizations[{l}].locale: '{version.Localizations[l].Locale}' is listed twice; one localization per locale.";
                }
            }
        }
    }

    private static IEnumerable<string> BuildProblems(SeedApp app, string at)
    {
        var builds = new HashSet<(string, string, string)>();
        for (var b = 0; b < app.Builds.Count; b++)
        {
            var build = app.Builds[b];
            var platform = build.Platform ?? app.Platforms.FirstOrDefault() ?? Platforms.Ios;
            if (!app.Platforms.Contains(platform))
            {
                yield return $"{at}.builds[{b}].platform: '{platform}' is not one of the app's platforms ({string.Join(", ", app.Platforms)}); add it to {at}.platforms.";
            }

            if (!builds.Add((platform, build.Version, build.BuildNumber)))
            {
                yield return $"{at}.builds[{b}].buildNumber: {platform} {build.Version} ({build.BuildNumber}) is listed twice; a build number is used once per version.";
            }
        }
    }

    private static IEnumerable<string> GroupProblems(SeedApp app, string at, Dictionary<string, (string? Id, string Path)> testers)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < app.BetaGroups.Count; g++)
        {
            var group = app.BetaGroups[g];
            var gat = $"{at}.betaGroups[{g}]";
            if (!names.Add(group.Name))
            {
                yield return $"{gat}.name: the app already has a group '{group.Name}'; group names are unique per app.";
            }

            for (var t = 0; t < group.Testers.Count; t++)
            {
                var tester = group.Testers[t];
                var tat = $"{gat}.testers[{t}]";
                if (!tester.Email.Contains('@', StringComparison.Ordinal))
                {
                    yield return $"{tat}.email: '{tester.Email}' is not an email address.";
                }
                else if (!testers.TryAdd(tester.Email, (tester.Id, tat)) && testers[tester.Email] is { Id: { } seenId } seen && tester.Id is { } testerId && seenId != testerId)
                {
                    yield return $"{tat}.id: {tester.Email} has the id '{seenId}' at {seen.Path}; one tester per email address, so give the same id or none.";
                }

                if (!Resources.BetaTesters.BetaTesterRecord.States.Contains(tester.State))
                {
                    yield return $"{tat}.state: '{tester.State}' is not one of {string.Join(", ", Resources.BetaTesters.BetaTesterRecord.States)}.";
                }
            }

            foreach (var problem in GroupBuildProblems(app, at, group, gat))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> GroupBuildProblems(SeedApp app, string at, SeedBetaGroup group, string gat)
    {
        var listed = new HashSet<SeedBuild>();
        for (var b = 0; b < group.Builds.Count; b++)
        {
            var wanted = group.Builds[b];
            var bat = $"{gat}.builds[{b}]";
            var matches = wanted.Matches(app);
            if (matches.Count == 0)
            {
                yield return $"{bat}: the app has no build {wanted} in {at}.builds; list the build there too (a group holds the app's own builds).";
            }
            else if (matches.Count > 1)
            {
                yield return $"{bat}: build number '{wanted.BuildNumber}' names {matches.Count} of the app's builds ({string.Join(", ", matches.Select(m => $"{m.Version} ({m.BuildNumber}) {SeedGroupBuild.PlatformOf(app, m)}"))}); give \"version\" (and \"platform\") to say which.";
            }
            else if (!listed.Add(matches[0]))
            {
                yield return $"{bat}: build {matches[0].Version} ({matches[0].BuildNumber}) is listed twice in group '{group.Name}'; list it once.";
            }
        }
    }
}
