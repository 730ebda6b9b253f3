using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>
/// <c>--seed-file PATH</c>: the user's own account in a few lines of JSON (apps, versions, beta groups and
/// testers, builds, review submissions) and the team's certificates, so a script with real bundle ids runs unchanged.
/// The emulator README has the schema.
/// </summary>
internal sealed class SeedFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required List<SeedApp> Apps { get; init; }

    /// <summary>Gets the team's signing certificates, each issued by the emulator's CA for a public key the file gives.</summary>
    public List<SeedCertificate> Certificates { get; init; } = [];

    /// <summary>Reads and checks a seed file; throws <see cref="InvalidDataException"/> naming the file, the JSON path and the fix.</summary>
    /// <param name="path">The seed file.</param>
    /// <param name="takenBundleIds">Bundle ids the account already has (the demo seed's), which the file may not repeat.</param>
    public static SeedFile Load(string path, IReadOnlyCollection<string> takenBundleIds)
    {
        var full = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"Seed file '{full}' (--seed-file) cannot be read: {e.Message}", e);
        }

        SeedFile? seed;
        try
        {
            seed = JsonSerializer.Deserialize<SeedFile>(text, Options);
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
            throw new InvalidDataException($"Seed file '{full}': at {where}: {Plain(e.Message)} The emulator README (\"Seed file\") has the schema and an example.", e);
        }

        if (seed is null)
        {
            throw new InvalidDataException($"Seed file '{full}': at $: the seed is an object {{\"apps\": [...]}}, not null.");
        }

        if (SeedFileRules.FirstProblem(seed, takenBundleIds) is { } problem)
        {
            throw new InvalidDataException($"Seed file '{full}': at {problem}");
        }

        return seed;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    // System.Text.Json appends its own "Path: … | LineNumber: …" to some messages; the path is already said.
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Replace("Cake.AppStoreConnect.Emulator.Seeding.", string.Empty, StringComparison.Ordinal);
    }
}

/// <summary>An app of the seed file; <see cref="Id"/> is derived from the bundle id when absent, so it is the same every run.</summary>
internal sealed class SeedApp
{
    public string? Id { get; init; }

    public required string BundleId { get; init; }

    public required string Name { get; init; }

    public string? Sku { get; init; }

    public string PrimaryLocale { get; init; } = "en-US";

    public List<string> Platforms { get; init; } = ["IOS"];

    public string? ContentRightsDeclaration { get; init; }

    public List<SeedVersion> Versions { get; init; } = [];

    public List<SeedBuild> Builds { get; init; } = [];

    public List<SeedBetaGroup> BetaGroups { get; init; } = [];

    /// <summary>Gets the app's review submissions, open and past; one in review is made for a version in review the file leaves out.</summary>
    public List<SeedReviewSubmission> ReviewSubmissions { get; init; } = [];
}

/// <summary>An App Store version of a seeded app.</summary>
internal sealed class SeedVersion
{
    public string? Id { get; init; }

    public string? Platform { get; init; }

    public required string VersionString { get; init; }

    public string State { get; init; } = "PREPARE_FOR_SUBMISSION";

    public string ReleaseType { get; init; } = "AFTER_APPROVAL";

    public string? Copyright { get; init; }

    public DateTimeOffset? CreatedDate { get; init; }

    public DateTimeOffset? EarliestReleaseDate { get; init; }

    /// <summary>Gets the build number of the build attached to the version: one of the app's builds of this version string and platform.</summary>
    public string? BuildNumber { get; init; }

    public List<SeedLocalization> Localizations { get; init; } = [];

    /// <summary>Gets the app's builds <see cref="BuildNumber"/> names for this version: one when the seed is right.</summary>
    public IReadOnlyList<SeedBuild> AttachedBuilds(SeedApp app, string platform) => [.. app.Builds.Where(b =>
        b.BuildNumber == BuildNumber && b.Version == VersionString && SeedGroupBuild.PlatformOf(app, b) == platform)];
}

/// <summary>The store text of a version in one locale.</summary>
internal sealed class SeedLocalization
{
    public string? Id { get; init; }

    public required string Locale { get; init; }

    public string? Description { get; init; }

    public string? Keywords { get; init; }

    public string? MarketingUrl { get; init; }

    public string? PromotionalText { get; init; }

    public string? SupportUrl { get; init; }

    public string? WhatsNew { get; init; }
}

/// <summary>A processed build of a seeded app (VALID from its upload date; expired by hand or after 90 days).</summary>
internal sealed class SeedBuild
{
    public string? Id { get; init; }

    public string? Platform { get; init; }

    /// <summary>Gets the marketing version (<c>CFBundleShortVersionString</c>).</summary>
    public required string Version { get; init; }

    /// <summary>Gets the build number (<c>CFBundleVersion</c>).</summary>
    public required string BuildNumber { get; init; }

    /// <summary>Gets the id of the pre-release version (app, version and platform) the build belongs to; made when absent.</summary>
    public string? PreReleaseVersionId { get; init; }

    public DateTimeOffset? UploadedDate { get; init; }

    public string? MinOsVersion { get; init; }

    public bool? UsesNonExemptEncryption { get; init; }

    public bool Expired { get; init; }
}

/// <summary>A TestFlight group of a seeded app and its testers.</summary>
internal sealed class SeedBetaGroup
{
    public string? Id { get; init; }

    public required string Name { get; init; }

    public bool Internal { get; init; }

    public bool? HasAccessToAllBuilds { get; init; }

    public bool PublicLinkEnabled { get; init; }

    public string? PublicLinkId { get; init; }

    public bool PublicLinkLimitEnabled { get; init; }

    public int? PublicLinkLimit { get; init; }

    public bool FeedbackEnabled { get; init; } = true;

    public DateTimeOffset? CreatedDate { get; init; }

    public List<SeedTester> Testers { get; init; } = [];

    /// <summary>Gets the builds the group has, each one of the app's <see cref="SeedApp.Builds"/>.</summary>
    public List<SeedGroupBuild> Builds { get; init; } = [];
}

/// <summary>
/// A build of a group, named as people name it: its build number, with the version (and platform) when the number
/// alone names more than one of the app's builds.
/// </summary>
internal sealed class SeedGroupBuild
{
    /// <summary>Gets the build number (<c>CFBundleVersion</c>).</summary>
    public required string BuildNumber { get; init; }

    /// <summary>Gets the marketing version (<c>CFBundleShortVersionString</c>); needed when the build number alone is ambiguous.</summary>
    public string? Version { get; init; }

    public string? Platform { get; init; }

    /// <summary>Gets the app's builds this names: one when the seed is right.</summary>
    public IReadOnlyList<SeedBuild> Matches(SeedApp app) => [.. app.Builds.Where(b =>
        b.BuildNumber == BuildNumber && (Version is null || b.Version == Version) && (Platform is null || PlatformOf(app, b) == Platform))];

    public static string PlatformOf(SeedApp app, SeedBuild build) => build.Platform ?? app.Platforms.FirstOrDefault() ?? "IOS";

    public override string ToString() => $"{(Version is null ? string.Empty : Version + " ")}({BuildNumber}){(Platform is null ? string.Empty : " " + Platform)}";
}

/// <summary>A tester; one per email address across the file (a tester in two groups is listed in both).</summary>
internal sealed class SeedTester
{
    public string? Id { get; init; }

    public required string Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string State { get; init; } = "INVITED";

    public string InviteType { get; init; } = "EMAIL";
}

/// <summary>
/// A review submission of a seeded app, held in the state Apple showed (the emulator's clock does not move it on), with
/// its items: the app's versions, named by version string.
/// </summary>
internal sealed class SeedReviewSubmission
{
    public string? Id { get; init; }

    public string? Platform { get; init; }

    public string State { get; init; } = "READY_FOR_REVIEW";

    public DateTimeOffset? CreatedDate { get; init; }

    public DateTimeOffset? SubmittedDate { get; init; }

    public List<SeedReviewItem> Items { get; init; } = [];
}

/// <summary>An item of a review submission: one of the app's versions of the submission's platform.</summary>
internal sealed class SeedReviewItem
{
    public string? Id { get; init; }

    public required string VersionString { get; init; }

    /// <summary>Gets the item's state as Apple showed it; derived from the submission's when absent.</summary>
    public string? State { get; init; }
}

/// <summary>
/// A signing certificate of the team, issued by the emulator's CA for the public key given, so a client holding the
/// private key can reuse it: the way to have a Developer ID certificate, which no API key may create.
/// </summary>
internal sealed class SeedCertificate
{
    public string? Id { get; init; }

    public required string CertificateType { get; init; }

    /// <summary>Gets the RSA public key: PEM (<c>-----BEGIN PUBLIC KEY-----</c>) or base64 SubjectPublicKeyInfo.</summary>
    public required string PublicKey { get; init; }

    public DateTimeOffset? ExpirationDate { get; init; }
}
