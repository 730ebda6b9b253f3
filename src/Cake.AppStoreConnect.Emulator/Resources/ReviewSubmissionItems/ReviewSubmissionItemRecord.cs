using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissionItems;

/// <summary>A stored review submission item; the emulator handles App Store version items.</summary>
internal sealed class ReviewSubmissionItemRecord : IRecord
{
    public static IReadOnlyList<string> States { get; } = ["READY_FOR_REVIEW", "ACCEPTED", "APPROVED", "REJECTED", "REMOVED"];

    public required string Id { get; init; }

    public required string ReviewSubmissionId { get; init; }

    public required string AppStoreVersionId { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }

    public bool Removed { get; set; }

    /// <summary>Gets the state a seed file or snapshot gave, shown while its submission is not canceled.</summary>
    public string? HeldState { get; init; }
}
