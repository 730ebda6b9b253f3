using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Reviews;

/// <summary>
/// Replacing a review's response stopped half-way: the previous response was deleted, the new one
/// could not be created. Never silent; the previous text is kept here so it can be restored, and
/// re-running the same reply completes it.
/// </summary>
public sealed class AscReviewReplyException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="reviewId">The review.</param>
    /// <param name="previousResponseBody">The text of the deleted response, if one was deleted.</param>
    /// <param name="innerException">Why the create failed.</param>
    public AscReviewReplyException(string message, string reviewId, string? previousResponseBody, Exception? innerException)
        : base(message, innerException)
    {
        ReviewId = reviewId;
        PreviousResponseBody = previousResponseBody;
    }

    /// <summary>Gets the review.</summary>
    public string ReviewId { get; }

    /// <summary>Gets the text of the response that was deleted, to restore it if wanted.</summary>
    public string? PreviousResponseBody { get; }
}
