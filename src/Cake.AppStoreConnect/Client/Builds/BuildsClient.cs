using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Builds;

/// <summary>The <c>builds</c> resource.</summary>
public sealed class BuildsClient
{
    private readonly AscConnection _connection;

    internal BuildsClient(AscConnection connection) => _connection = connection;

    /// <summary>Gets a build with its version and platform.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The build, or <see langword="null"/> when it does not exist.</returns>
    public async Task<AscBuild?> FindAsync(string buildId, CancellationToken cancellationToken = default)
    {
        try
        {
            var document = await _connection.GetAsync<JsonApiResource<BuildAttributes>>($"/v1/builds/{Uri.EscapeDataString(buildId)}?include=preReleaseVersion", cancellationToken);
            return ToBuild(document.Data!, document);
        }
        catch (Errors.AscNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Lists an app's builds, all pages, newest first.</summary>
    /// <param name="filter">What to match.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The builds.</returns>
    public async Task<IReadOnlyList<AscBuild>> ListAsync(AscBuildFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new AscQuery()
            .Filter("app", filter.AppId)
            .Filter("version", filter.BuildNumbers)
            .Filter("preReleaseVersion.version", filter.ShortVersion)
            .Filter("preReleaseVersion.platform", filter.Platform)
            .Filter("processingState", filter.ProcessingStates)
            .Filter("expired", filter.Expired is null ? null : filter.Expired.Value ? "true" : "false")
            .Include("preReleaseVersion")
            .Sort("-uploadedDate");
        var builds = new List<AscBuild>();
        await foreach (var page in _connection.GetPagesAsync<BuildAttributes>("/v1/builds", query, cancellationToken))
        {
            builds.AddRange((page.Data ?? []).Select(b => ToBuild(b, page)));
        }

        return builds;
    }

    /// <summary>Answers the export compliance question for a build.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="usesNonExemptEncryption">Whether the app uses non-exempt encryption.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated build.</returns>
    public Task<AscBuild> SetUsesNonExemptEncryptionAsync(string buildId, bool usesNonExemptEncryption, CancellationToken cancellationToken = default) =>
        UpdateAsync(buildId, new { usesNonExemptEncryption }, cancellationToken);

    /// <summary>Expires a build so testers can no longer install it.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated build.</returns>
    public Task<AscBuild> ExpireAsync(string buildId, CancellationToken cancellationToken = default) =>
        UpdateAsync(buildId, new { expired = true }, cancellationToken);

    /// <summary>Gets the id of the app a build belongs to.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The app's id.</returns>
    public async Task<string> GetAppIdAsync(string buildId, CancellationToken cancellationToken = default)
    {
        var document = await _connection.GetAsync<JsonApiResource<System.Text.Json.JsonElement>>($"/v1/builds/{Uri.EscapeDataString(buildId)}/app", cancellationToken);
        return document.Data!.Id;
    }

    private async Task<AscBuild> UpdateAsync(string buildId, object attributes, CancellationToken cancellationToken)
    {
        var body = JsonApiRequest.Update("builds", buildId, attributes);
        var document = await _connection.SendAsync<JsonApiResource<BuildAttributes>>(HttpMethod.Patch, $"/v1/builds/{Uri.EscapeDataString(buildId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return await FindAsync(buildId, cancellationToken) ?? ToBuild(document.Data!, document);
    }

    private static AscBuild ToBuild<TData>(JsonApiResource<BuildAttributes> build, JsonApiDocument<TData> document) =>
        AscBuild.From(build, build.GetRelatedId("preReleaseVersion") is { } id ? document.FindIncluded<PreReleaseVersionAttributes>("preReleaseVersions", id) : null);
}

/// <summary>What <see cref="BuildsClient.ListAsync"/> matches; unset criteria match everything.</summary>
public sealed record AscBuildFilter
{
    /// <summary>Gets the app.</summary>
    public string? AppId { get; init; }

    /// <summary>Gets the build numbers (CFBundleVersion) to match.</summary>
    public IReadOnlyList<string> BuildNumbers { get; init; } = [];

    /// <summary>Gets the CFBundleShortVersionString to match.</summary>
    public string? ShortVersion { get; init; }

    /// <summary>Gets the platform to match.</summary>
    public string? Platform { get; init; }

    /// <summary>Gets the processing states to match.</summary>
    public IReadOnlyList<string> ProcessingStates { get; init; } = [];

    /// <summary>Gets whether to match expired builds, unexpired ones, or both.</summary>
    public bool? Expired { get; init; }
}
