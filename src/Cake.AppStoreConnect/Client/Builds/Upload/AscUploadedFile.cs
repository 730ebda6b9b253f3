namespace Cake.AppStoreConnect.Client.Builds.Upload;

/// <summary>What sending a file took.</summary>
/// <param name="Bytes">Bytes sent (each part counted once).</param>
/// <param name="Checksum">The whole file's checksum, lowercase hex.</param>
/// <param name="ChecksumAlgorithm">The checksum's algorithm (<see cref="AscChecksumAlgorithm"/>).</param>
/// <param name="Elapsed">Time from the first byte read to the last part acknowledged.</param>
/// <param name="Parts">Parts sent.</param>
/// <param name="PartRetries">Parts that needed more than one try.</param>
/// <param name="Concurrency">Parts that were in flight at once.</param>
public sealed record AscUploadedFile(long Bytes, string Checksum, string ChecksumAlgorithm, TimeSpan Elapsed, int Parts, int PartRetries, int Concurrency)
{
    /// <summary>Gets the throughput in bytes per second.</summary>
    public double BytesPerSecond => Elapsed > TimeSpan.Zero ? Bytes / Elapsed.TotalSeconds : 0;
}
