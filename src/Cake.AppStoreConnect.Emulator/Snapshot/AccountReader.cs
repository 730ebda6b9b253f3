using System.Globalization;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Resources;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Seeding;

namespace Cake.AppStoreConnect.Emulator.Snapshot;

/// <summary>
/// Reads the account a key can see (apps, their versions and localizations, builds, beta groups and testers, every
/// page) into a <see cref="SeedFile"/> that keeps Apple's ids, so the emulator answers the same reads the same way.
/// </summary>
internal sealed class AccountReader
{
    private readonly ReadOnlyApi _api;
    private readonly PersonalData _personal;
    private readonly Action<string> _report;

    public AccountReader(ReadOnlyApi api, PersonalData personal, Action<string> report)
    {
        _api = api;
        _personal = personal;
        _report = report;
    }

    public async Task<SeedFile> ReadAsync(CancellationToken cancellationToken)
    {
        var (apps, _) = await _api.ListAsync("/v1/apps?limit=200", cancellationToken);
        var seeded = new List<SeedApp>();
        foreach (var app in apps)
        {
            seeded.Add(await ReadAppAsync(app, cancellationToken));
        }

        return new SeedFile { Apps = seeded };
    }

    private async Task<SeedApp> ReadAppAsync(JsonObject app, CancellationToken cancellationToken)
    {
        var id = Id(app);
        var attributes = app["attributes"]!;
        var builds = await ReadBuildsAsync(id, cancellationToken);
        var versions = await ReadVersionsAsync(id, builds, cancellationToken);
        var groups = await ReadGroupsAsync(id, builds, cancellationToken);
        var submissions = await ReadReviewSubmissionsAsync(id, versions, cancellationToken);
        var platforms = versions.Select(v => v.Platform!).Concat(builds.Select(b => b.Platform!)).Distinct().ToList();
        _report($"{attributes["bundleId"]}: {versions.Count} version(s), {builds.Count} build(s), {groups.Count} beta group(s), {submissions.Count} review submission(s)");
        return new SeedApp
        {
            Id = id,
            BundleId = Text(attributes, "bundleId")!,
            Name = Text(attributes, "name")!,
            Sku = Text(attributes, "sku"),
            PrimaryLocale = Text(attributes, "primaryLocale") ?? "en-US",
            ContentRightsDeclaration = Text(attributes, "contentRightsDeclaration"),
            Platforms = platforms.Count > 0 ? platforms : [Platforms.Ios],
            Versions = versions,
            Builds = builds,
            BetaGroups = groups,
            ReviewSubmissions = submissions,
        };
    }

    private async Task<List<SeedVersion>> ReadVersionsAsync(string appId, List<SeedBuild> builds, CancellationToken cancellationToken)
    {
        // Included, so each version says which build is attached.
        var (versions, _) = await _api.ListAsync($"/v1/apps/{appId}/appStoreVersions?limit=200&include=build", cancellationToken);
        var buildsById = builds.ToDictionary(b => b.Id!, StringComparer.Ordinal);
        var seeded = new List<SeedVersion>();
        foreach (var version in versions)
        {
            var attributes = version["attributes"]!;
            var (localizations, _) = await _api.ListAsync($"/v1/appStoreVersions/{Id(version)}/appStoreVersionLocalizations?limit=200", cancellationToken);
            seeded.Add(new SeedVersion
            {
                Id = Id(version),
                Platform = Text(attributes, "platform"),
                VersionString = Text(attributes, "versionString")!,
                State = SeedableState(Text(attributes, "appVersionState") ?? Text(attributes, "appStoreState"), $"{appId} {Text(attributes, "versionString")}"),
                ReleaseType = Text(attributes, "releaseType") ?? "AFTER_APPROVAL",
                Copyright = Text(attributes, "copyright"),
                CreatedDate = Date(attributes, "createdDate"),
                EarliestReleaseDate = Date(attributes, "earliestReleaseDate"),
                BuildNumber = AttachedBuildNumber(version, buildsById),
                Localizations = [.. localizations.Select(l => new SeedLocalization
                {
                    Id = Id(l),
                    Locale = Text(l["attributes"]!, "locale")!,
                    Description = Text(l["attributes"]!, "description"),
                    Keywords = Text(l["attributes"]!, "keywords"),
                    MarketingUrl = Text(l["attributes"]!, "marketingUrl"),
                    PromotionalText = Text(l["attributes"]!, "promotionalText"),
                    SupportUrl = Text(l["attributes"]!, "supportUrl"),
                    WhatsNew = Text(l["attributes"]!, "whatsNew"),
                })],
            });
        }

        return seeded;
    }

    private async Task<List<SeedBuild>> ReadBuildsAsync(string appId, CancellationToken cancellationToken)
    {
        var (builds, included) = await _api.ListAsync($"/v1/builds?filter[app]={appId}&include=preReleaseVersion&limit=200", cancellationToken);
        var preReleases = included.Where(r => Text(r, "type") == "preReleaseVersions").ToDictionary(Id, r => r["attributes"]!);
        return [.. builds.Select(build =>
        {
            var attributes = build["attributes"]!;
            var preReleaseId = build["relationships"]?["preReleaseVersion"]?["data"]?["id"]?.GetValue<string>();
            var preRelease = preReleaseId is null ? null : preReleases.GetValueOrDefault(preReleaseId);
            var uploaded = Date(attributes, "uploadedDate");
            var expirationDate = Date(attributes, "expirationDate");
            var expired = attributes["expired"]?.GetValue<bool>() ?? false;
            return new SeedBuild
            {
                Id = Id(build),
                Version = preRelease is null ? Text(attributes, "version")! : Text(preRelease, "version")!,
                Platform = preRelease is null ? null : Text(preRelease, "platform"),
                BuildNumber = Text(attributes, "version")!,
                PreReleaseVersionId = preRelease is null ? null : preReleaseId,
                UploadedDate = uploaded,
                MinOsVersion = Text(attributes, "minOsVersion"),
                UsesNonExemptEncryption = attributes["usesNonExemptEncryption"]?.GetValue<bool>(),

                // Expired by time the emulator works out itself from the upload date; only an early expiry is stored.
                Expired = expired && (expirationDate is null || expirationDate > DateTimeOffset.UtcNow),
            };
        })];
    }

    private async Task<List<SeedBetaGroup>> ReadGroupsAsync(string appId, List<SeedBuild> appBuilds, CancellationToken cancellationToken)
    {
        var (groups, _) = await _api.ListAsync($"/v1/apps/{appId}/betaGroups?limit=200", cancellationToken);
        var buildsById = appBuilds.ToDictionary(b => b.Id!, StringComparer.Ordinal);
        var seeded = new List<SeedBetaGroup>();
        foreach (var group in groups)
        {
            var attributes = group["attributes"]!;
            var (testers, _) = await _api.ListAsync($"/v1/betaGroups/{Id(group)}/betaTesters?limit=200", cancellationToken);
            var (builds, _) = await _api.ListAsync($"/v1/betaGroups/{Id(group)}/builds?limit=200", cancellationToken);
            seeded.Add(new SeedBetaGroup
            {
                Id = Id(group),
                Name = Text(attributes, "name")!,
                Internal = attributes["isInternalGroup"]?.GetValue<bool>() ?? false,
                HasAccessToAllBuilds = attributes["hasAccessToAllBuilds"]?.GetValue<bool>(),
                PublicLinkEnabled = attributes["publicLinkEnabled"]?.GetValue<bool>() ?? false,
                PublicLinkId = Text(attributes, "publicLinkId"),
                PublicLinkLimitEnabled = attributes["publicLinkLimitEnabled"]?.GetValue<bool>() ?? false,
                PublicLinkLimit = attributes["publicLinkLimit"]?.GetValue<int>(),
                FeedbackEnabled = attributes["feedbackEnabled"]?.GetValue<bool>() ?? true,
                CreatedDate = Date(attributes, "createdDate"),
                Testers = [.. testers.Select(t => _personal.Tester(Id(t), t["attributes"]!))],

                // Named by version, build number and platform, as a seed file names them; the app's builds were read whole.
                Builds = [.. builds.Select(b => buildsById.GetValueOrDefault(Id(b))).OfType<SeedBuild>()
                    .Select(b => new SeedGroupBuild { Version = b.Version, BuildNumber = b.BuildNumber, Platform = b.Platform })],
            });
        }

        return seeded;
    }

    // Every submission, open or past, with its App Store version items named by version string as a seed file names them.
    private async Task<List<SeedReviewSubmission>> ReadReviewSubmissionsAsync(string appId, List<SeedVersion> versions, CancellationToken cancellationToken)
    {
        var (submissions, _) = await _api.ListAsync($"/v1/apps/{appId}/reviewSubmissions?limit=200", cancellationToken);
        var versionsById = versions.ToDictionary(v => v.Id!, StringComparer.Ordinal);
        var seeded = new List<SeedReviewSubmission>();
        foreach (var submission in submissions)
        {
            var attributes = submission["attributes"]!;
            var (items, _) = await _api.ListAsync($"/v1/reviewSubmissions/{Id(submission)}/items?limit=200&include=appStoreVersion", cancellationToken);
            var versionItems = new List<SeedReviewItem>();
            foreach (var item in items)
            {
                if (item["relationships"]?["appStoreVersion"]?["data"]?["id"]?.GetValue<string>() is { } versionId && versionsById.GetValueOrDefault(versionId) is { } version)
                {
                    versionItems.Add(new SeedReviewItem { Id = Id(item), VersionString = version.VersionString, State = Text(item["attributes"]!, "state") });
                }
                else
                {
                    _report($"  review submission {Id(submission)}: item {Id(item)} is not one of the app's versions (in-app events, custom product pages and the like are not kept); left out");
                }
            }

            seeded.Add(new SeedReviewSubmission
            {
                Id = Id(submission),
                Platform = Text(attributes, "platform"),
                State = Text(attributes, "state") ?? "READY_FOR_REVIEW",
                SubmittedDate = Date(attributes, "submittedDate"),
                Items = versionItems,
            });
        }

        return seeded;
    }

    // Every appVersionState is held as Apple shows it, so a rehearsal refuses what Apple refuses (editing a version in
    // review). Only the deprecated appStoreState, read when a version has no appVersionState, may name a state the
    // emulator does not hold: it is held as the nearest one, and reported so the user knows.
    private string SeedableState(string? state, string version)
    {
        if (state is not null && SeedFileRules.VersionStages.ContainsKey(state))
        {
            return state;
        }

        var seeded = state == "PROCESSING_FOR_APP_STORE" ? "PROCESSING_FOR_DISTRIBUTION" : AppVersionStates.ReadyForDistribution;
        _report($"  app {version}: {state ?? "no state"} is held as {seeded}");
        return seeded;
    }

    // The build is kept when it is one of the app's builds of the version's own string; a seed file can say no other.
    private string? AttachedBuildNumber(JsonObject version, Dictionary<string, SeedBuild> builds)
    {
        if (version["relationships"]?["build"]?["data"]?["id"]?.GetValue<string>() is not { } buildId)
        {
            return null;
        }

        var versionString = Text(version["attributes"]!, "versionString");
        if (builds.GetValueOrDefault(buildId) is { } build && build.Version == versionString)
        {
            return build.BuildNumber;
        }

        _report($"  app version {versionString}: its build {buildId} is not one of the app's builds of {versionString}; left unattached");
        return null;
    }

    private static string Id(JsonObject resource) => resource["id"]!.GetValue<string>();

    private static string Id(JsonNode resource) => resource["id"]!.GetValue<string>();

    private static string? Text(JsonNode attributes, string name) => attributes[name]?.GetValue<string>();

    private static DateTimeOffset? Date(JsonNode attributes, string name) =>
        Text(attributes, name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : null;
}
