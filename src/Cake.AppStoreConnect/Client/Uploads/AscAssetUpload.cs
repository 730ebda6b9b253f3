namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>
/// One file to send to the upload operations of its reservation: a build upload file, and in the same
/// way a screenshot, an app preview or an App Review attachment (each answers <c>uploadOperations</c>
/// when reserved and is committed with the whole file's checksum).
/// </summary>
/// <example>
/// <code>
/// var file = await client.BuildUploads.ReserveFileAsync(uploadId, "App.ipa", size, "com.apple.ipa");
/// var upload = new AscAssetUpload("App.ipa", file.Operations)
/// {
///     RefreshOperations = async ct => (await client.BuildUploads.GetFileAsync(file.Id, ct)).Operations,
///     ChecksumAlgorithms = [AscChecksumAlgorithm.Sha256],
///     Journal = AscUploadJournal.For("buildUploadFiles/" + file.Id),
/// };
/// var sent = await new AscAssetUploader(AscHttp.Shared, new AscUploadOptions(), client.Connection.Options, log).UploadAsync(upload);
/// await client.BuildUploads.CommitFileAsync(file.Id, sent.Checksum, sent.ChecksumAlgorithm);
/// </code>
/// </example>
public sealed class AscAssetUpload
{
    /// <summary>Creates the upload of a file.</summary>
    /// <param name="filePath">The file.</param>
    /// <param name="operations">The reservation's <c>uploadOperations</c>.</param>
    public AscAssetUpload(string filePath, IReadOnlyList<AscUploadOperation> operations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        ArgumentNullException.ThrowIfNull(operations);
        FilePath = filePath;
        Operations = operations;
    }

    /// <summary>Gets the file.</summary>
    public string FilePath { get; }

    /// <summary>Gets the reservation's upload operations.</summary>
    public IReadOnlyList<AscUploadOperation> Operations { get; }

    /// <summary>
    /// Gets how to read the reservation again for fresh operations when part URLs expire (for a build,
    /// <c>GET /v1/buildUploadFiles/{id}</c>; for a screenshot, <c>GET /v1/appScreenshots/{id}</c>).
    /// <see langword="null"/>: an expired URL fails the upload, telling to re-run.
    /// </summary>
    public Func<CancellationToken, Task<IReadOnlyList<AscUploadOperation>>>? RefreshOperations { get; init; }

    /// <summary>
    /// Gets the whole-file checksums to compute while the parts are sent (<see cref="AscChecksumAlgorithm"/>):
    /// a build file takes one of <c>MD5</c> and <c>SHA_256</c>; screenshots, previews and attachments take <c>MD5</c>.
    /// </summary>
    public IReadOnlyList<string> ChecksumAlgorithms { get; init; } = [AscChecksumAlgorithm.Md5];

    /// <summary>Gets where acknowledged parts are remembered, so a re-run sends only the rest; <see langword="null"/> sends every part.</summary>
    public AscUploadJournal? Journal { get; init; }
}
