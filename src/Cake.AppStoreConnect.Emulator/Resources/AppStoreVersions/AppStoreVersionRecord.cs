using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

/// <summary>
/// A stored App Store version. What is stored is the stage a client put it in and when; the state Apple
/// shows (waiting for review, in review, approved, released) is derived from those timestamps and the
/// emulator's review time when read (see <see cref="AppVersionStates"/>), so time alone moves a submitted
/// version through review without timers.
/// </summary>
internal sealed class AppStoreVersionRecord : IAppOwned
{
    public required string Id { get; init; }

    public required string AppId { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [AppId];

    public required string Platform { get; init; }

    public required string VersionString { get; set; }

    public string? Copyright { get; set; }

    /// <summary>Gets or sets MANUAL, AFTER_APPROVAL or SCHEDULED; Apple's default is AFTER_APPROVAL.</summary>
    public string ReleaseType { get; set; } = "AFTER_APPROVAL";

    public DateTimeOffset? EarliestReleaseDate { get; set; }

    public required DateTimeOffset CreatedDate { get; init; }

    public string? BuildId { get; set; }

    /// <summary>Gets or sets the stage a client put the version in (see <see cref="AppVersionStates"/>.Stage…).</summary>
    public string Stage { get; set; } = AppVersionStates.PrepareForSubmission;

    /// <summary>Gets or sets when its review submission was submitted; review runs from here.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>Gets or sets when the developer released it (manual release), or, for a held PENDING_APPLE_RELEASE without a date, when it was seeded (Apple releases it on its own).</summary>
    public DateTimeOffset? ReleaseRequestedAt { get; set; }

    /// <summary>Gets the state as Apple shows it (<c>appVersionState</c>) at a moment.</summary>
    public string State(DateTimeOffset now, TimeSpan reviewTime) => AppVersionStates.Of(this, now, reviewTime);

    /// <summary>Gets when the version became (or becomes) available on the store, or null while it is not released.</summary>
    public DateTimeOffset? ReleasedAt(DateTimeOffset now, TimeSpan reviewTime) => AppVersionStates.ReleasedAt(this, now, reviewTime);
}
