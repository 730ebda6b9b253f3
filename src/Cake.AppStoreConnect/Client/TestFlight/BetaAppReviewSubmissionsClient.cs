using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.TestFlight;

/// <summary>The <c>betaAppReviewSubmissions</c> resource: submitting a build for external testing.</summary>
public sealed class BetaAppReviewSubmissionsClient
{
    private readonly AscConnection _connection;

    internal BetaAppReviewSubmissionsClient(AscConnection connection) => _connection = connection;

    /// <summary>Finds the submission of a build.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The submission, or <see langword="null"/> when the build was never submitted.</returns>
    public async Task<AscBetaAppReviewSubmission?> FindForBuildAsync(string buildId, CancellationToken cancellationToken = default)
    {
        var document = await _connection.GetAsync<IReadOnlyList<JsonApiResource<BetaAppReviewSubmissionAttributes>>>(
            new AscQuery().Filter("build", buildId).AppendTo("/v1/betaAppReviewSubmissions"), cancellationToken);
        return document.Data is { Count: > 0 } list ? From(list[0]) : null;
    }

    /// <summary>Gets a submission.</summary>
    /// <param name="submissionId">The submission.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The submission.</returns>
    public async Task<AscBetaAppReviewSubmission> GetAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var document = await _connection.GetAsync<JsonApiResource<BetaAppReviewSubmissionAttributes>>($"/v1/betaAppReviewSubmissions/{Uri.EscapeDataString(submissionId)}", cancellationToken);
        return From(document.Data!);
    }

    /// <summary>Submits a build for beta app review. Sent once: resolve a lost answer or a 409 with <see cref="IdempotentCreate"/>.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The submission.</returns>
    public async Task<AscBetaAppReviewSubmission> CreateAsync(string buildId, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create("betaAppReviewSubmissions", null, new Dictionary<string, ResourceIdentifier> { ["build"] = new("builds", buildId) });
        var document = await _connection.SendAsync<JsonApiResource<BetaAppReviewSubmissionAttributes>>(HttpMethod.Post, "/v1/betaAppReviewSubmissions", body, AscRequestKind.Create, cancellationToken);
        return From(document.Data!);
    }

    private static AscBetaAppReviewSubmission From(JsonApiResource<BetaAppReviewSubmissionAttributes> resource) =>
        new(resource.Id, resource.Attributes?.BetaReviewState, resource.Attributes?.SubmittedDate);
}
