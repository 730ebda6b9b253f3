using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.CustomerReviews;

/// <summary>A stored customer review. Reviews are written by customers, so the API only reads them.</summary>
internal sealed class CustomerReviewRecord : IAppOwned
{
    public required string Id { get; init; }

    public required string AppId { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [AppId];

    public required int Rating { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    public required string ReviewerNickname { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }

    /// <summary>Gets Apple's three-letter territory code, such as <c>USA</c>.</summary>
    public required string Territory { get; init; }
}

/// <summary>
/// A stored developer response. Its state is derived from the time: <c>PENDING_PUBLISH</c> for the
/// emulator's processing time after it was written, then <c>PUBLISHED</c>.
/// </summary>
internal sealed class CustomerReviewResponseRecord : IRecord
{
    public const string PendingPublish = "PENDING_PUBLISH";
    public const string Published = "PUBLISHED";

    public required string Id { get; init; }

    public required string ReviewId { get; init; }

    public required string ResponseBody { get; init; }

    public required DateTimeOffset LastModifiedDate { get; init; }

    public static string StateOf(CustomerReviewResponseRecord response, DateTimeOffset now, TimeSpan publishDelay) =>
        now >= response.LastModifiedDate + publishDelay ? Published : PendingPublish;
}
