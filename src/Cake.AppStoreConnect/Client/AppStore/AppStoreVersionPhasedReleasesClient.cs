using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.AppStore;

/// <summary>The <c>appStoreVersionPhasedReleases</c> resource: a seven-day rollout of a version.</summary>
public sealed class AppStoreVersionPhasedReleasesClient
{
    private readonly AscConnection _connection;

    internal AppStoreVersionPhasedReleasesClient(AscConnection connection) => _connection = connection;

    /// <summary>Gets a version's phased release.</summary>
    /// <param name="versionId">The version.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The phased release, or <see langword="null"/> when the version has none.</returns>
    public async Task<AscPhasedRelease?> FindForVersionAsync(string versionId, CancellationToken cancellationToken = default)
    {
        try
        {
            var document = await _connection.GetAsync<JsonApiResource<PhasedReleaseAttributes>?>($"/v1/appStoreVersions/{Uri.EscapeDataString(versionId)}/appStoreVersionPhasedRelease", cancellationToken);
            return document.Data is { } data ? AscPhasedRelease.From(data) : null;
        }
        catch (AscNotFoundException)
        {
            // Some answers say "none" with a 404 rather than data: null.
            return null;
        }
    }

    /// <summary>Sets up a phased release. Send through <see cref="IdempotentCreate"/>.</summary>
    /// <param name="versionId">The version.</param>
    /// <param name="state">INACTIVE for a version not yet released (it starts on release), or ACTIVE.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The phased release.</returns>
    public async Task<AscPhasedRelease> CreateAsync(string versionId, string state = AscPhasedReleaseState.Inactive, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create("appStoreVersionPhasedReleases", new { phasedReleaseState = state }, new Dictionary<string, ResourceIdentifier> { ["appStoreVersion"] = new("appStoreVersions", versionId) });
        var document = await _connection.SendAsync<JsonApiResource<PhasedReleaseAttributes>>(HttpMethod.Post, "/v1/appStoreVersionPhasedReleases", body, AscRequestKind.Create, cancellationToken);
        return AscPhasedRelease.From(document.Data!);
    }

    /// <summary>Pauses (PAUSED), resumes (ACTIVE) or completes (COMPLETE) a phased release.</summary>
    /// <param name="phasedReleaseId">The phased release.</param>
    /// <param name="state">The new state.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The phased release.</returns>
    public async Task<AscPhasedRelease> SetStateAsync(string phasedReleaseId, string state, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Update("appStoreVersionPhasedReleases", phasedReleaseId, new { phasedReleaseState = state });
        var document = await _connection.SendAsync<JsonApiResource<PhasedReleaseAttributes>>(HttpMethod.Patch, $"/v1/appStoreVersionPhasedReleases/{Uri.EscapeDataString(phasedReleaseId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return AscPhasedRelease.From(document.Data!);
    }

    /// <summary>Removes a phased release that has not started, so the version is released to everyone at once.</summary>
    /// <param name="phasedReleaseId">The phased release.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when it is removed.</returns>
    public async Task DeleteAsync(string phasedReleaseId, CancellationToken cancellationToken = default)
    {
        try
        {
            await _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/appStoreVersionPhasedReleases/{Uri.EscapeDataString(phasedReleaseId)}", null, AscRequestKind.Idempotent, cancellationToken);
        }
        catch (AscNotFoundException)
        {
            // Already gone: a retried DELETE whose first response was lost.
        }
    }
}
