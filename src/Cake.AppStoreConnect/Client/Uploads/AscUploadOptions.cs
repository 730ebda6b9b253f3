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

    /// <summary>Gets or sets how many times one part is tried before the upload fails.</summary>
    public int MaxPartAttempts { get; set; } = 6;

    /// <summary>Gets or sets how long sending one part may take.</summary>
    public TimeSpan PartTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the first delay between tries of a part; it doubles each time.</summary>
    public TimeSpan PartRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

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
