using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Builds;

/// <summary>
/// A stored build. Its processing state and expiry are derived from timestamps when read, so time alone
/// moves a build from PROCESSING to VALID and to expired, without timers.
/// </summary>
internal sealed class BuildRecord : IAppOwned
{
    /// <summary>Apple lets a TestFlight build live 90 days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public static IReadOnlyList<string> ProcessingStates { get; } = ["PROCESSING", "FAILED", "INVALID", "VALID"];

    public required string Id { get; init; }

    public required string AppId { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [AppId];

    public required string PreReleaseVersionId { get; init; }

    public string? BuildUploadId { get; init; }

    /// <summary>Gets the build number (<c>CFBundleVersion</c>).</summary>
    public required string Version { get; init; }

    public required DateTimeOffset UploadedDate { get; init; }

    public required DateTimeOffset ProcessingCompletesAt { get; init; }

    public string MinOsVersion { get; init; } = "17.0";

    public string BuildAudienceType { get; init; } = "APP_STORE_ELIGIBLE";

    public bool ExpiredManually { get; set; }

    /// <summary>Gets or sets the export-compliance answer; null until answered (the attribute is then omitted).</summary>
    public bool? UsesNonExemptEncryption { get; set; }

    public DateTimeOffset ExpirationDate => UploadedDate + Lifetime;

    public string ProcessingState(ResourceContext context) => context.Now < ProcessingCompletesAt ? "PROCESSING" : "VALID";

    public bool IsExpired(ResourceContext context) => ExpiredManually || context.Now >= ExpirationDate;
}
