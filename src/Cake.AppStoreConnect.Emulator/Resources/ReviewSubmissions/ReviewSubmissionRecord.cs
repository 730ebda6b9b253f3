using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissions;

/// <summary>
/// A stored review submission. Like a version, its visible state is derived from when it was submitted or
/// canceled: READY_FOR_REVIEW → (submitted) WAITING_FOR_REVIEW → IN_REVIEW → COMPLETE; canceled → CANCELING → COMPLETE.
/// </summary>
internal sealed class ReviewSubmissionRecord : IAppOwned
{
    public const string ReadyForReview = "READY_FOR_REVIEW";
    public const string WaitingForReview = "WAITING_FOR_REVIEW";
    public const string InReview = "IN_REVIEW";
    public const string Canceling = "CANCELING";
    public const string Complete = "COMPLETE";

    public static IReadOnlyList<string> States { get; } = [ReadyForReview, WaitingForReview, InReview, "UNRESOLVED_ISSUES", Canceling, "COMPLETING", Complete];

    public required string Id { get; init; }

    public required string AppId { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [AppId];

    public required string Platform { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? CanceledAt { get; set; }

    /// <summary>
    /// Gets the state a seed file or snapshot gave, held as Apple showed it until the submission is canceled: the
    /// emulator does not know when Apple's review started, so its clock does not move it on (as for held versions).
    /// </summary>
    public string? HeldState { get; init; }

    public string State(DateTimeOffset now, TimeSpan reviewTime)
    {
        if (CanceledAt is { } canceled)
        {
            return now < canceled + (reviewTime / 2) ? Canceling : Complete;
        }

        if (HeldState is { } held)
        {
            return held;
        }

        if (SubmittedAt is not { } submitted)
        {
            return ReadyForReview;
        }

        return now < submitted + reviewTime ? WaitingForReview : now < submitted + (2 * reviewTime) ? InReview : Complete;
    }

    /// <summary>Whether it still counts as the app's one open submission for its platform.</summary>
    public bool IsOpen(DateTimeOffset now, TimeSpan reviewTime) => State(now, reviewTime) != Complete;
}
