using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.AppStore;

/// <summary>The <c>appStoreVersions</c> resource and the version's <c>build</c> relationship.</summary>
public sealed class AppStoreVersionsClient
{
    private readonly AscConnection _connection;

    internal AppStoreVersionsClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists an app's App Store versions, all pages, newest first.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="platform">Only this platform, when given.</param>
    /// <param name="versionString">Only this version string, when given.</param>
    /// <param name="states">Only these <c>appVersionState</c> values, when given.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The versions.</returns>
    public async Task<IReadOnlyList<AscAppStoreVersion>> ListAsync(string appId, string? platform = null, string? versionString = null, IEnumerable<string>? states = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        var query = new AscQuery()
            .Filter("platform", platform)
            .Filter("versionString", versionString)
            .Filter("appVersionState", states ?? [])
            .Include("build")
            .Fields("builds", "version");
        var versions = new List<AscAppStoreVersion>();
        await foreach (var resource in _connection.GetAllAsync<AppStoreVersionAttributes>($"/v1/apps/{Uri.EscapeDataString(appId)}/appStoreVersions", query, cancellationToken))
        {
            versions.Add(AscAppStoreVersion.From(resource));
        }

        // Apple's filter is not guaranteed to be exact, and the collection has no sort parameter.
        return [.. versions
            .Where(v => platform is null || v.Platform == platform)
            .Where(v => versionString is null || v.VersionString == versionString)
            .OrderByDescending(v => v.CreatedDate ?? DateTimeOffset.MinValue)];
    }

    /// <summary>Gets a version with its build linkage.</summary>
    /// <param name="versionId">The version.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The version, or <see langword="null"/> when it does not exist.</returns>
    public async Task<AscAppStoreVersion?> FindAsync(string versionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        var resource = await _connection.FindAsync<AppStoreVersionAttributes>($"/v1/appStoreVersions/{Uri.EscapeDataString(versionId)}?include=build&fields[builds]=version", cancellationToken);
        return resource is null ? null : AscAppStoreVersion.From(resource);
    }

    /// <summary>Creates a version. Send through <see cref="IdempotentCreate"/>: a lost response must not make two.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="platform">The platform.</param>
    /// <param name="versionString">The version string.</param>
    /// <param name="changes">Copyright, release type and date to set at once.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The version.</returns>
    public async Task<AscAppStoreVersion> CreateAsync(string appId, string platform, string versionString, AscAppStoreVersionChanges? changes = null, CancellationToken cancellationToken = default)
    {
        changes ??= new AscAppStoreVersionChanges();
        var body = JsonApiRequest.Create(
            "appStoreVersions",
            new { platform, versionString, copyright = changes.Copyright, releaseType = changes.ReleaseType, earliestReleaseDate = changes.EarliestReleaseDate },
            new Dictionary<string, ResourceIdentifier> { ["app"] = new("apps", appId) });
        var document = await _connection.SendAsync<JsonApiResource<AppStoreVersionAttributes>>(HttpMethod.Post, "/v1/appStoreVersions", body, AscRequestKind.Create, cancellationToken);
        return AscAppStoreVersion.From(document.Data!);
    }

    /// <summary>Changes a version's attributes; unset values are left as they are.</summary>
    /// <param name="versionId">The version.</param>
    /// <param name="changes">What to change.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The version.</returns>
    public async Task<AscAppStoreVersion> UpdateAsync(string versionId, AscAppStoreVersionChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var body = JsonApiRequest.Update(
            "appStoreVersions",
            versionId,
            new { versionString = changes.VersionString, copyright = changes.Copyright, releaseType = changes.ReleaseType, earliestReleaseDate = changes.EarliestReleaseDate });
        var document = await _connection.SendAsync<JsonApiResource<AppStoreVersionAttributes>>(HttpMethod.Patch, $"/v1/appStoreVersions/{Uri.EscapeDataString(versionId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return AscAppStoreVersion.From(document.Data!);
    }

    /// <summary>Gets the id of the build attached to a version.</summary>
    /// <param name="versionId">The version.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The build id, or <see langword="null"/> when none is attached.</returns>
    public async Task<string?> GetBuildIdAsync(string versionId, CancellationToken cancellationToken = default)
    {
        try
        {
            var document = await _connection.GetAsync<ResourceIdentifier?>($"/v1/appStoreVersions/{Uri.EscapeDataString(versionId)}/relationships/build", cancellationToken);
            return document.Data?.Id;
        }
        catch (AscNotFoundException)
        {
            // Some answers say "no build" with a 404; a missing version is told apart by reading it.
            return await FindAsync(versionId, cancellationToken) is null ? throw new ArgumentException($"App Store version {versionId} does not exist.") : null;
        }
    }

    /// <summary>Attaches a build to a version (replacing any other).</summary>
    /// <param name="versionId">The version.</param>
    /// <param name="buildId">The build.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the build is attached.</returns>
    public Task SetBuildAsync(string versionId, string buildId, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(HttpMethod.Patch, $"/v1/appStoreVersions/{Uri.EscapeDataString(versionId)}/relationships/build", JsonApiRequest.Linkage(new ResourceIdentifier("builds", buildId)), AscRequestKind.Idempotent, cancellationToken);

    /// <summary>Asks Apple to release a version approved for manual release (<c>appStoreVersionReleaseRequests</c>).</summary>
    /// <param name="versionId">The version, in PENDING_DEVELOPER_RELEASE.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the request was accepted.</returns>
    public async Task RequestReleaseAsync(string versionId, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create("appStoreVersionReleaseRequests", null, new Dictionary<string, ResourceIdentifier> { ["appStoreVersion"] = new("appStoreVersions", versionId) });
        await _connection.SendWithoutResultAsync(HttpMethod.Post, "/v1/appStoreVersionReleaseRequests", body, AscRequestKind.Create, cancellationToken);
    }
}

/// <summary>Attributes of an App Store version to set; <see langword="null"/> leaves a value as it is.</summary>
public sealed record AscAppStoreVersionChanges
{
    /// <summary>Gets the new version string.</summary>
    public string? VersionString { get; init; }

    /// <summary>Gets the copyright line.</summary>
    public string? Copyright { get; init; }

    /// <summary>Gets the release type (see <see cref="AscReleaseType"/>).</summary>
    public string? ReleaseType { get; init; }

    /// <summary>Gets the earliest release date of a SCHEDULED version.</summary>
    public DateTimeOffset? EarliestReleaseDate { get; init; }

    /// <summary>Gets a value indicating whether nothing is to change.</summary>
    public bool IsEmpty => VersionString is null && Copyright is null && ReleaseType is null && EarliestReleaseDate is null;
}
