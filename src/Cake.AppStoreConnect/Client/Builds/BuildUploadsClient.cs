using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Builds;

/// <summary>The Build Upload API: <c>buildUploads</c> and <c>buildUploadFiles</c>.</summary>
public sealed class BuildUploadsClient
{
    private readonly AscConnection _connection;

    internal BuildUploadsClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists an app's uploads of one version and build number, newest first.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="shortVersion">CFBundleShortVersionString; all when <see langword="null"/>.</param>
    /// <param name="buildNumber">CFBundleVersion; all when <see langword="null"/>.</param>
    /// <param name="platform">The platform; all when <see langword="null"/>.</param>
    /// <param name="states">Only uploads in these states, when given.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The uploads.</returns>
    public async Task<IReadOnlyList<AscBuildUpload>> ListForAppAsync(string appId, string? shortVersion = null, string? buildNumber = null, string? platform = null, IEnumerable<string>? states = null, CancellationToken cancellationToken = default)
    {
        var query = new AscQuery()
            .Filter("cfBundleShortVersionString", shortVersion)
            .Filter("cfBundleVersion", buildNumber)
            .Filter("platform", platform)
            .Filter("state", states ?? [])
            .Sort("-uploadedDate");
        var uploads = new List<AscBuildUpload>();
        await foreach (var resource in _connection.GetAllAsync<BuildUploadAttributes>($"/v1/apps/{Escape(appId)}/buildUploads", query, cancellationToken))
        {
            uploads.Add(AscBuildUpload.From(resource));
        }

        return uploads;
    }

    /// <summary>Gets an app's newest uploads that did not fail, including ones still processing.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="shortVersion">Only this CFBundleShortVersionString, when given.</param>
    /// <param name="platform">Only this platform, when given.</param>
    /// <param name="count">How many, newest first (at most 200).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The newest uploads.</returns>
    public async Task<IReadOnlyList<AscBuildUpload>> ListNewestAsync(string appId, string? shortVersion, string? platform, int count, CancellationToken cancellationToken = default)
    {
        var query = new AscQuery()
            .Filter("cfBundleShortVersionString", shortVersion)
            .Filter("platform", platform)
            .Filter("state", AscBuildUploadState.AwaitingUpload, AscBuildUploadState.Processing, AscBuildUploadState.Complete)
            .Sort("-uploadedDate")
            .Limit(count);
        var page = await _connection.GetAsync<IReadOnlyList<JsonApiResource<BuildUploadAttributes>>>(query.AppendTo($"/v1/apps/{Escape(appId)}/buildUploads"), cancellationToken);
        return [.. (page.Data ?? []).Select(AscBuildUpload.From)];
    }

    /// <summary>Gets an upload.</summary>
    /// <param name="uploadId">The upload.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The upload.</returns>
    public async Task<AscBuildUpload> GetAsync(string uploadId, CancellationToken cancellationToken = default)
    {
        var document = await _connection.GetAsync<JsonApiResource<BuildUploadAttributes>>($"/v1/buildUploads/{Escape(uploadId)}", cancellationToken);
        return AscBuildUpload.From(document.Data!);
    }

    /// <summary>Creates an upload record for a version and build number. Sent once: see <see cref="IdempotentCreate"/>.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="shortVersion">CFBundleShortVersionString.</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <param name="platform">The platform.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The upload.</returns>
    public async Task<AscBuildUpload> CreateAsync(string appId, string shortVersion, string buildNumber, string platform, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create(
            "buildUploads",
            new { cfBundleShortVersionString = shortVersion, cfBundleVersion = buildNumber, platform },
            new Dictionary<string, ResourceIdentifier> { ["app"] = new("apps", appId) });
        var document = await _connection.SendAsync<JsonApiResource<BuildUploadAttributes>>(HttpMethod.Post, "/v1/buildUploads", body, AscRequestKind.Create, cancellationToken);
        return AscBuildUpload.From(document.Data!);
    }

    /// <summary>Deletes an upload (used to replace a FAILED one).</summary>
    /// <param name="uploadId">The upload.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task.</returns>
    public async Task DeleteAsync(string uploadId, CancellationToken cancellationToken = default)
    {
        try
        {
            await _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/buildUploads/{Escape(uploadId)}", null, AscRequestKind.Idempotent, cancellationToken);
        }
        catch (Errors.AscNotFoundException)
        {
            // Already gone: a retried delete whose first response was lost.
        }
    }

    /// <summary>Lists the files of an upload.</summary>
    /// <param name="uploadId">The upload.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The files.</returns>
    public async Task<IReadOnlyList<AscBuildUploadFile>> GetFilesAsync(string uploadId, CancellationToken cancellationToken = default)
    {
        var files = new List<AscBuildUploadFile>();
        await foreach (var resource in _connection.GetAllAsync<BuildUploadFileAttributes>($"/v1/buildUploads/{Escape(uploadId)}/buildUploadFiles", null, cancellationToken))
        {
            files.Add(AscBuildUploadFile.From(resource));
        }

        return files;
    }

    /// <summary>Reserves the file: App Store Connect answers with the parts to send.</summary>
    /// <param name="uploadId">The upload.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="fileSize">The size in bytes.</param>
    /// <param name="uti"><c>com.apple.ipa</c> or <c>com.apple.pkg</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The reserved file with its upload operations.</returns>
    public async Task<AscBuildUploadFile> ReserveFileAsync(string uploadId, string fileName, long fileSize, string uti, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create(
            "buildUploadFiles",
            new { assetType = "ASSET", fileName, fileSize, uti },
            new Dictionary<string, ResourceIdentifier> { ["buildUpload"] = new("buildUploads", uploadId) });
        var document = await _connection.SendAsync<JsonApiResource<BuildUploadFileAttributes>>(HttpMethod.Post, "/v1/buildUploadFiles", body, AscRequestKind.Create, cancellationToken);
        return AscBuildUploadFile.From(document.Data!);
    }

    /// <summary>Gets a file, with fresh upload operations while it is not committed.</summary>
    /// <param name="fileId">The file.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The file.</returns>
    public async Task<AscBuildUploadFile> GetFileAsync(string fileId, CancellationToken cancellationToken = default)
    {
        var document = await _connection.GetAsync<JsonApiResource<BuildUploadFileAttributes>>($"/v1/buildUploadFiles/{Escape(fileId)}", cancellationToken);
        return AscBuildUploadFile.From(document.Data!);
    }

    /// <summary>Commits the file: every part sent, with the whole file's checksums.</summary>
    /// <param name="fileId">The file.</param>
    /// <param name="checksumHex">The whole file's checksum, lowercase hex.</param>
    /// <param name="algorithm"><c>MD5</c> or <c>SHA_256</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The committed file.</returns>
    public async Task<AscBuildUploadFile> CommitFileAsync(string fileId, string checksumHex, string algorithm, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Update(
            "buildUploadFiles",
            fileId,
            new { uploaded = true, sourceFileChecksums = new { file = new { hash = checksumHex, algorithm } } });
        var document = await _connection.SendAsync<JsonApiResource<BuildUploadFileAttributes>>(HttpMethod.Patch, $"/v1/buildUploadFiles/{Escape(fileId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return AscBuildUploadFile.From(document.Data!);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);
}
