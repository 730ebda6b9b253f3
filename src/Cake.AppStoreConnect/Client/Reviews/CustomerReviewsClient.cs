using System.Globalization;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Reviews;

/// <summary>
/// The <c>customerReviews</c> and <c>customerReviewResponses</c> resources. Apple has no review
/// collection of its own: an app's reviews are read through <c>/v1/apps/{id}/customerReviews</c>.
/// </summary>
public sealed class CustomerReviewsClient
{
    /// <summary>The longest developer response App Store Connect accepts, in characters.</summary>
    public const int MaxResponseLength = 5970;

    private readonly AscConnection _connection;

    internal CustomerReviewsClient(AscConnection connection) => _connection = connection;

    /// <summary>
    /// Lists an app's reviews matching the filter, following paging to the end (or until
    /// <see cref="AscCustomerReviewFilter.MaxCount"/>), each with its developer response.
    /// </summary>
    /// <param name="filter">The app and what to match.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The reviews, in the order asked for.</returns>
    public async Task<IReadOnlyList<AscCustomerReview>> ListAsync(AscCustomerReviewFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentException.ThrowIfNullOrWhiteSpace(filter.AppId);
        var query = new AscQuery()
            .Filter("rating", filter.Ratings.Select(r => r.ToString(CultureInfo.InvariantCulture)))
            .Filter("territory", filter.Territories)
            .Sort(SortKey(filter.Sort))
            .Include("response");
        if (filter.HasResponse is { } hasResponse)
        {
            query.Exists("publishedResponse", hasResponse);
        }

        // Apple has no date filter: dates are matched here, and a newest-first listing stops at the first older page.
        var reviews = new List<AscCustomerReview>();
        await foreach (var page in _connection.GetPagesAsync<CustomerReviewAttributes>($"/v1/apps/{Uri.EscapeDataString(filter.AppId)}/customerReviews", query, cancellationToken))
        {
            var olderThanWanted = false;
            foreach (var resource in page.Data ?? [])
            {
                var review = AscCustomerReview.From(resource, page);
                if (filter.Since is { } since && review.CreatedDate < since)
                {
                    olderThanWanted |= filter.Sort == AscCustomerReviewSort.NewestFirst;
                    continue;
                }

                if (filter.Until is { } until && review.CreatedDate > until)
                {
                    continue;
                }

                reviews.Add(review);
                if (reviews.Count == filter.MaxCount)
                {
                    return reviews;
                }
            }

            if (olderThanWanted)
            {
                break;
            }
        }

        return reviews;
    }

    /// <summary>Gets one review with its developer response.</summary>
    /// <param name="reviewId">The review.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The review, or <see langword="null"/> when it does not exist or the key cannot see it.</returns>
    public async Task<AscCustomerReview?> FindAsync(string reviewId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewId);
        try
        {
            var document = await _connection.GetAsync<JsonApiResource<CustomerReviewAttributes>>($"/v1/customerReviews/{Uri.EscapeDataString(reviewId)}?include=response", cancellationToken);
            return document.Data is null ? null : AscCustomerReview.From(document.Data, document);
        }
        catch (AscNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Gets the current developer response of a review.</summary>
    /// <param name="reviewId">The review.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response, or <see langword="null"/> when the review has none.</returns>
    /// <exception cref="AscNotFoundException">The review does not exist or the key cannot see it.</exception>
    public async Task<AscCustomerReviewResponse?> FindResponseAsync(string reviewId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewId);
        var document = await _connection.GetAsync<JsonApiResource<CustomerReviewAttributes>>($"/v1/customerReviews/{Uri.EscapeDataString(reviewId)}?include=response", cancellationToken);
        if (document.Data?.GetRelatedId("response") is not { } responseId)
        {
            return null;
        }

        return AscCustomerReview.From(document.Data, document).Response ?? await GetResponseAsync(responseId, cancellationToken);
    }

    /// <summary>Gets a developer response by its id.</summary>
    /// <param name="responseId">The response.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response, or <see langword="null"/> when it no longer exists.</returns>
    public async Task<AscCustomerReviewResponse?> GetResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(responseId);
        var resource = await _connection.FindAsync<CustomerReviewResponseAttributes>($"/v1/customerReviewResponses/{Uri.EscapeDataString(responseId)}", cancellationToken);
        return resource is null ? null : AscCustomerReviewResponse.From(resource);
    }

    /// <summary>
    /// Sends one create request for a developer response. App Store Connect allows one response per
    /// review and answers 409 when there is one; see <c>ReviewReplyService</c> for create-or-replace
    /// that survives lost responses.
    /// </summary>
    /// <param name="reviewId">The review.</param>
    /// <param name="responseBody">The text, at most <see cref="MaxResponseLength"/> characters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created response.</returns>
    /// <exception cref="AscOutcomeUnknownException">The request was sent but its outcome is unknown.</exception>
    public async Task<AscCustomerReviewResponse> CreateResponseAsync(string reviewId, string responseBody, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewId);
        ArgumentException.ThrowIfNullOrWhiteSpace(responseBody);
        var body = JsonApiRequest.Create(
            ReviewTypes.Responses,
            new { responseBody },
            new Dictionary<string, ResourceIdentifier> { ["review"] = new(ReviewTypes.Reviews, reviewId) });
        var document = await _connection.SendAsync<JsonApiResource<CustomerReviewResponseAttributes>>(HttpMethod.Post, "/v1/customerReviewResponses", body, AscRequestKind.Create, cancellationToken);
        return AscCustomerReviewResponse.From(document.Data!);
    }

    /// <summary>Deletes a developer response; one already gone counts as deleted.</summary>
    /// <param name="responseId">The response.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see langword="true"/> when this call deleted it, <see langword="false"/> when it was already gone.</returns>
    public async Task<bool> DeleteResponseAsync(string responseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(responseId);
        try
        {
            await _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/customerReviewResponses/{Uri.EscapeDataString(responseId)}", null, AscRequestKind.Idempotent, cancellationToken);
            return true;
        }
        catch (AscNotFoundException)
        {
            return false;
        }
    }

    private static string SortKey(AscCustomerReviewSort sort) => sort switch
    {
        AscCustomerReviewSort.OldestFirst => "createdDate",
        AscCustomerReviewSort.HighestRatingFirst => "-rating",
        AscCustomerReviewSort.LowestRatingFirst => "rating",
        _ => "-createdDate",
    };
}

/// <summary>What <see cref="CustomerReviewsClient.ListAsync"/> matches; unset criteria match everything.</summary>
public sealed record AscCustomerReviewFilter
{
    /// <summary>Gets the app's Apple id.</summary>
    public string AppId { get; init; } = string.Empty;

    /// <summary>Gets the star ratings to match (1 to 5).</summary>
    public IReadOnlyList<int> Ratings { get; init; } = [];

    /// <summary>Gets the territories to match, as Apple's three-letter codes such as <c>USA</c>.</summary>
    public IReadOnlyList<string> Territories { get; init; } = [];

    /// <summary>Gets whether to match reviews with a published response (true), without (false), or both.</summary>
    public bool? HasResponse { get; init; }

    /// <summary>Gets the earliest creation date to match.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Gets the latest creation date to match.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Gets the order.</summary>
    public AscCustomerReviewSort Sort { get; init; } = AscCustomerReviewSort.NewestFirst;

    /// <summary>Gets the most reviews to return; all when <see langword="null"/>.</summary>
    public int? MaxCount { get; init; }
}
