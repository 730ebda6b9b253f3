using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.AppStore;

/// <summary>The <c>reviewSubmissions</c> and <c>reviewSubmissionItems</c> resources: what goes to App Review.</summary>
public sealed class ReviewSubmissionsClient
{
    private readonly AscConnection _connection;

    internal ReviewSubmissionsClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists an app's review submissions, all pages.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="platform">Only this platform, when given.</param>
    /// <param name="states">Only these states, when given.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The submissions, newest first.</returns>
    public async Task<IReadOnlyList<AscReviewSubmission>> ListAsync(string appId, string? platform = null, IEnumerable<string>? states = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        var wanted = states?.ToList() ?? [];
        var query = new AscQuery()
            .Filter("app", appId)
            .Filter("platform", platform)
            .Filter("state", wanted)
            .Include("appStoreVersionForReview")
            .Fields("appStoreVersions", "versionString");
        var list = new List<AscReviewSubmission>();
        await foreach (var resource in _connection.GetAllAsync<ReviewSubmissionAttributes>("/v1/reviewSubmissions", query, cancellationToken))
        {
            list.Add(AscReviewSubmission.From(resource));
        }

        return [.. list
            .Where(s => platform is null || s.Platform is null || s.Platform == platform)
            .Where(s => wanted.Count == 0 || wanted.Contains(s.State))
            .OrderByDescending(s => s.SubmittedDate ?? DateTimeOffset.MaxValue)];
    }

    /// <summary>Gets a submission.</summary>
    /// <param name="submissionId">The submission.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The submission, or <see langword="null"/> when it does not exist.</returns>
    public async Task<AscReviewSubmission?> FindAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var resource = await _connection.FindAsync<ReviewSubmissionAttributes>($"/v1/reviewSubmissions/{Uri.EscapeDataString(submissionId)}?include=appStoreVersionForReview&fields[appStoreVersions]=versionString", cancellationToken);
        return resource is null ? null : AscReviewSubmission.From(resource);
    }

    /// <summary>Creates a submission for an app and platform. Send through <see cref="IdempotentCreate"/>.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="platform">The platform.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The submission, READY_FOR_REVIEW.</returns>
    public async Task<AscReviewSubmission> CreateAsync(string appId, string platform, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create("reviewSubmissions", new { platform }, new Dictionary<string, ResourceIdentifier> { ["app"] = new("apps", appId) });
        var document = await _connection.SendAsync<JsonApiResource<ReviewSubmissionAttributes>>(HttpMethod.Post, "/v1/reviewSubmissions", body, AscRequestKind.Create, cancellationToken);
        return AscReviewSubmission.From(document.Data!);
    }

    /// <summary>Submits a submission to App Review (<c>submitted: true</c>).</summary>
    /// <param name="submissionId">The submission.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The submission.</returns>
    public Task<AscReviewSubmission> SubmitAsync(string submissionId, CancellationToken cancellationToken = default) =>
        UpdateAsync(submissionId, new { submitted = true }, cancellationToken);

    /// <summary>Cancels a submission (<c>canceled: true</c>); it goes to CANCELING, then COMPLETE.</summary>
    /// <param name="submissionId">The submission.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The submission.</returns>
    public Task<AscReviewSubmission> CancelAsync(string submissionId, CancellationToken cancellationToken = default) =>
        UpdateAsync(submissionId, new { canceled = true }, cancellationToken);

    /// <summary>Lists a submission's items.</summary>
    /// <param name="submissionId">The submission.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The items.</returns>
    public async Task<IReadOnlyList<AscReviewSubmissionItem>> ListItemsAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var query = new AscQuery().Include("appStoreVersion").Fields("appStoreVersions", "versionString");
        var list = new List<AscReviewSubmissionItem>();
        await foreach (var resource in _connection.GetAllAsync<ReviewSubmissionItemAttributes>($"/v1/reviewSubmissions/{Uri.EscapeDataString(submissionId)}/items", query, cancellationToken))
        {
            list.Add(AscReviewSubmissionItem.From(resource));
        }

        return list;
    }

    /// <summary>Adds an App Store version to a submission. Send through <see cref="IdempotentCreate"/>.</summary>
    /// <param name="submissionId">The submission.</param>
    /// <param name="versionId">The version.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The item.</returns>
    public async Task<AscReviewSubmissionItem> AddAppStoreVersionAsync(string submissionId, string versionId, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create(
            "reviewSubmissionItems",
            null,
            new Dictionary<string, ResourceIdentifier>
            {
                ["reviewSubmission"] = new("reviewSubmissions", submissionId),
                ["appStoreVersion"] = new("appStoreVersions", versionId),
            });
        var document = await _connection.SendAsync<JsonApiResource<ReviewSubmissionItemAttributes>>(HttpMethod.Post, "/v1/reviewSubmissionItems", body, AscRequestKind.Create, cancellationToken);
        var item = AscReviewSubmissionItem.From(document.Data!);
        return item.AppStoreVersionId is null ? item with { AppStoreVersionId = versionId } : item;
    }

    private async Task<AscReviewSubmission> UpdateAsync(string submissionId, object attributes, CancellationToken cancellationToken)
    {
        var body = JsonApiRequest.Update("reviewSubmissions", submissionId, attributes);
        var document = await _connection.SendAsync<JsonApiResource<ReviewSubmissionAttributes>>(HttpMethod.Patch, $"/v1/reviewSubmissions/{Uri.EscapeDataString(submissionId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return AscReviewSubmission.From(document.Data!);
    }
}
