using System.Text.Json.Serialization;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Reviews;

/// <summary>A customer review of an app on the App Store.</summary>
/// <param name="Id">Apple's id of the review.</param>
/// <param name="Rating">The star rating, 1 to 5.</param>
/// <param name="Title">The review's title.</param>
/// <param name="Body">The review's text.</param>
/// <param name="ReviewerNickname">The nickname the customer reviewed under.</param>
/// <param name="CreatedDate">When the review was written.</param>
/// <param name="Territory">The storefront, as Apple's three-letter territory code such as <c>USA</c>.</param>
/// <param name="Response">The developer response, when there is one and it was read.</param>
public sealed record AscCustomerReview(
    string Id,
    int Rating,
    string? Title,
    string? Body,
    string? ReviewerNickname,
    DateTimeOffset? CreatedDate,
    string? Territory,
    AscCustomerReviewResponse? Response)
{
    /// <summary>Gets the id of the developer response linked to the review, even when it was not included.</summary>
    public string? ResponseId { get; init; } = Response?.Id;

    /// <summary>Gets a value indicating whether the review has a developer response.</summary>
    [JsonIgnore]
    public bool HasResponse => ResponseId is not null;

    internal static AscCustomerReview From<TData>(JsonApiResource<CustomerReviewAttributes> resource, JsonApiDocument<TData> document)
    {
        var responseId = resource.GetRelatedId("response");
        var response = responseId is null ? null : document.FindIncluded<CustomerReviewResponseAttributes>(ReviewTypes.Responses, responseId);
        var attributes = resource.Attributes;
        return new AscCustomerReview(
            resource.Id,
            attributes?.Rating ?? 0,
            attributes?.Title,
            attributes?.Body,
            attributes?.ReviewerNickname,
            attributes?.CreatedDate,
            attributes?.Territory,
            response is null ? null : AscCustomerReviewResponse.From(response))
        {
            ResponseId = responseId,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"review {Id} ({Rating}★, {Territory}, {CreatedDate:yyyy-MM-dd})";
}

/// <summary>The developer response to a customer review.</summary>
/// <param name="Id">Apple's id of the response.</param>
/// <param name="ResponseBody">The text.</param>
/// <param name="LastModifiedDate">When it was last changed.</param>
/// <param name="State"><c>PENDING_PUBLISH</c> until Apple shows it on the App Store, then <c>PUBLISHED</c>; see <see cref="AscReviewResponseStates"/>.</param>
public sealed record AscCustomerReviewResponse(string Id, string? ResponseBody, DateTimeOffset? LastModifiedDate, string? State)
{
    /// <summary>Gets a value indicating whether the response is visible on the App Store.</summary>
    [JsonIgnore]
    public bool IsPublished => State == AscReviewResponseStates.Published;

    internal static AscCustomerReviewResponse From(JsonApiResource<CustomerReviewResponseAttributes> resource) =>
        new(resource.Id, resource.Attributes?.ResponseBody, resource.Attributes?.LastModifiedDate, resource.Attributes?.State);

    /// <inheritdoc />
    public override string ToString() => $"response {Id} ({State})";
}

/// <summary>The states of a developer response, as Apple names them.</summary>
public static class AscReviewResponseStates
{
    /// <summary>Visible on the App Store.</summary>
    public const string Published = "PUBLISHED";

    /// <summary>Accepted, not visible yet.</summary>
    public const string PendingPublish = "PENDING_PUBLISH";
}

/// <summary>The orders Apple can return reviews in.</summary>
public enum AscCustomerReviewSort
{
    /// <summary>Newest first (<c>-createdDate</c>).</summary>
    NewestFirst,

    /// <summary>Oldest first (<c>createdDate</c>).</summary>
    OldestFirst,

    /// <summary>Highest rating first (<c>-rating</c>).</summary>
    HighestRatingFirst,

    /// <summary>Lowest rating first (<c>rating</c>).</summary>
    LowestRatingFirst,
}

/// <summary>The resource types of this area.</summary>
internal static class ReviewTypes
{
    public const string Reviews = "customerReviews";
    public const string Responses = "customerReviewResponses";
}

/// <summary>The attributes of a <c>customerReviews</c> resource.</summary>
internal sealed record CustomerReviewAttributes
{
    [JsonPropertyName("rating")]
    public int? Rating { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("body")]
    public string? Body { get; init; }

    [JsonPropertyName("reviewerNickname")]
    public string? ReviewerNickname { get; init; }

    [JsonPropertyName("createdDate")]
    public DateTimeOffset? CreatedDate { get; init; }

    [JsonPropertyName("territory")]
    public string? Territory { get; init; }
}

/// <summary>The attributes of a <c>customerReviewResponses</c> resource.</summary>
internal sealed record CustomerReviewResponseAttributes
{
    [JsonPropertyName("responseBody")]
    public string? ResponseBody { get; init; }

    [JsonPropertyName("lastModifiedDate")]
    public DateTimeOffset? LastModifiedDate { get; init; }

    [JsonPropertyName("state")]
    public string? State { get; init; }
}
