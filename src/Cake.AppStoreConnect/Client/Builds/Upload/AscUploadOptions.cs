namespace Cake.AppStoreConnect.Client.Builds.Upload;

/// <summary>How the bytes of a build are sent.</summary>
public sealed class AscUploadOptions
{
    /// <summary>
    /// The default number of parts in flight. Measured on loopback and over the internet to be where
    /// throughput stops rising (see benchmarks/README.md); more mostly costs memory.
    /// </summary>
    public const int DefaultConcurrency = 4;

    /// <summary>Gets or sets how many parts are sent at once.</summary>
    public int Concurrency { get; set; } = DefaultConcurrency;

    /// <summary>
    /// Gets or sets the most memory held in part buffers. Concurrency is lowered to stay within it, so
    /// memory depends on Apple's part size, never on the file's size.
    /// </summary>
    public long MaxBufferBytes { get; set; } = 48L * 1024 * 1024;

    /// <summary>Gets or sets how many times one part is tried before the upload fails.</summary>
    public int MaxPartAttempts { get; set; } = 6;

    /// <summary>Gets or sets how long sending one part may take.</summary>
    public TimeSpan PartTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the first delay between tries of a part; it doubles each time.</summary>
    public TimeSpan PartRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how often progress is logged at most (also at every 10 %).</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the checksum sent with the commit: <c>MD5</c> or <c>SHA_256</c>.</summary>
    public string ChecksumAlgorithm { get; set; } = AscChecksumAlgorithm.Sha256;
}

/// <summary>The checksum algorithms the Build Upload API accepts.</summary>
public static class AscChecksumAlgorithm
{
    /// <summary>MD5.</summary>
    public const string Md5 = "MD5";

    /// <summary>SHA-256.</summary>
    public const string Sha256 = "SHA_256";
}
