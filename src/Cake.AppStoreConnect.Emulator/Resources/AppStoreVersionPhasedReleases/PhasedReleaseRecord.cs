using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionPhasedReleases;

/// <summary>
/// A stored phased release. One set up before release is INACTIVE and becomes ACTIVE when its version is
/// released (derived when read); pausing, resuming and completing are stored.
/// </summary>
internal sealed class PhasedReleaseRecord : IPartOf
{
    public const string Inactive = "INACTIVE";
    public const string Active = "ACTIVE";
    public const string Paused = "PAUSED";
    public const string Complete = "COMPLETE";

    public static IReadOnlyList<string> States { get; } = [Inactive, Active, Paused, Complete];

    public required string Id { get; init; }

    public required string AppStoreVersionId { get; init; }

    (string Type, string Id) IPartOf.Whole => (AppStoreVersions.AppStoreVersionDescriptor.TypeName, AppStoreVersionId);

    public required DateTimeOffset CreatedDate { get; init; }

    /// <summary>Gets or sets the state a client set; INACTIVE turns ACTIVE on release without being stored.</summary>
    public string Stage { get; set; } = Inactive;

    public DateTimeOffset? PausedAt { get; set; }

    /// <summary>Gets or sets the whole days paused before the current pause.</summary>
    public int TotalPauseDays { get; set; }
}
