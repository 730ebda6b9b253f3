namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>How the parts of an asset are sent, whatever the asset is.</summary>
public sealed class AscUploadOptions
{
    /// <summary>
    /// The default number of parts in flight. Parts are streamed from the file, so more in flight costs
    /// almost no memory; measured where throughput stops rising (see benchmarks/README.md).
    /// </summary>
    public const int DefaultConcurrency = 4;

    /// <summary>Gets or sets how many parts are sent at once.</summary>
    public int Concurrency { get; set; } = DefaultConcurrency;

    /// <summary>
    /// Gets or sets how long one try of one part may take. How often and after what delay a part is tried
    /// again is not set here: parts follow the client's retry rule (<see cref="Http.AscClientOptions.MaxRetries"/>,
    /// <see cref="Http.AscClientOptions.RetryBaseDelay"/>), given to the <see cref="AscAssetUploader"/>.
    /// </summary>
    public TimeSpan PartTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how often progress is logged at most (also at every 10 %).</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>The checksum algorithms App Store Connect accepts in a commit, as Apple spells them.</summary>
public static class AscChecksumAlgorithm
{
    /// <summary>MD5: the only one screenshots, previews and review attachments take (<c>sourceFileChecksum</c>).</summary>
    public const string Md5 = "MD5";

    /// <summary>SHA-256: build upload files take it or MD5 (<c>sourceFileChecksums.file</c>).</summary>
    public const string Sha256 = "SHA_256";

    /// <summary>Gets every algorithm.</summary>
    public static IReadOnlyList<string> All { get; } = [Md5, Sha256];
}
