using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Reviews;

/// <summary>What <c>AscReplyToReview</c> or <c>AscDeleteReviewResponse</c> did (or, in a dry run, would do).</summary>
/// <param name="ReviewId">The review.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Response">The review's response now (<see langword="null"/> after a delete); its <c>State</c> says whether it is published.</param>
/// <param name="PreviousResponse">The response there was before, when one was replaced or deleted.</param>
/// <param name="DryRun">Whether nothing was changed because of a dry run.</param>
public sealed record AscReviewReplyResult(
    string ReviewId,
    AscReviewReplyOutcome Outcome,
    AscCustomerReviewResponse? Response,
    AscCustomerReviewResponse? PreviousResponse,
    bool DryRun) : IAscChangeResult
{
    /// <inheritdoc />
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyList<string> AlreadyInPlace { get; init; } = [];

    /// <summary>Gets the response's state: <c>PENDING_PUBLISH</c>, <c>PUBLISHED</c>, or <see langword="null"/> when there is none.</summary>
    public string? State => Response?.State;

    /// <inheritdoc />
    public override string ToString() =>
        $"review {ReviewId}: {(DryRun ? "dry run, " : string.Empty)}{Outcome}{(State is null ? string.Empty : $", response {State}")}" +
        (Changes.Count == 0 ? string.Empty : $" ({string.Join("; ", Changes)})");
}

/// <summary>What a reply or delete did.</summary>
public enum AscReviewReplyOutcome
{
    /// <summary>The review had no response; one was created.</summary>
    Created,

    /// <summary>The review's different response was deleted and the new one created.</summary>
    Replaced,

    /// <summary>The review already had exactly this response; nothing changed (a re-run).</summary>
    Unchanged,

    /// <summary>The response was deleted.</summary>
    Deleted,

    /// <summary>There was no response to delete.</summary>
    NoResponse,
}
