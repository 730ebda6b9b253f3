using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Reviews;

/// <summary>Settings of <c>AscReplyToReview</c>.</summary>
public sealed class AscReplyToReviewSettings : AscSettings
{
    /// <summary>
    /// Gets or sets whether an existing, different response is replaced (default). When false, a review
    /// that already has another response is left alone and the alias fails saying so.
    /// </summary>
    public bool ReplaceExisting { get; set; } = true;
}
