using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.TestFlight;

/// <summary>The <c>buildBetaDetails</c> resource: a build's TestFlight states and automatic notification.</summary>
public sealed class BuildBetaDetailsClient
{
    private readonly AscConnection _connection;

    internal BuildBetaDetailsClient(AscConnection connection) => _connection = connection;

    /// <summary>Gets a build's beta detail.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The detail.</returns>
    public async Task<AscBuildBetaDetail> GetForBuildAsync(string buildId, CancellationToken cancellationToken = default)
    {
        var document = await _connection.GetAsync<JsonApiResource<BuildBetaDetailAttributes>>($"/v1/builds/{Uri.EscapeDataString(buildId)}/buildBetaDetail", cancellationToken);
        // Apple answers an empty to-one read with data: null, not 404.
        return From(document.Data ?? throw new InvalidOperationException($"App Store Connect has no beta details for build {buildId}; it may still be processing."));
    }

    /// <summary>Turns automatic tester notification on or off.</summary>
    /// <param name="detailId">The detail.</param>
    /// <param name="autoNotifyEnabled">Whether to notify automatically.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The detail.</returns>
    public async Task<AscBuildBetaDetail> SetAutoNotifyAsync(string detailId, bool autoNotifyEnabled, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Update("buildBetaDetails", detailId, new { autoNotifyEnabled });
        var document = await _connection.SendAsync<JsonApiResource<BuildBetaDetailAttributes>>(HttpMethod.Patch, $"/v1/buildBetaDetails/{Uri.EscapeDataString(detailId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return From(document.Data!);
    }

    private static AscBuildBetaDetail From(JsonApiResource<BuildBetaDetailAttributes> resource) =>
        new(resource.Id, resource.Attributes?.AutoNotifyEnabled ?? false, resource.Attributes?.InternalBuildState, resource.Attributes?.ExternalBuildState);
}
