namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>What sending a file took.</summary>
/// <param name="Bytes">The file's size.</param>
/// <param name="ChecksumAlgorithm">The first algorithm asked for (<see cref="AscChecksumAlgorithm"/>).</param>
/// <param name="Checksums">The whole file's checksums, lowercase hex, by algorithm.</param>
/// <param name="Elapsed">Time from the first byte read to the last part acknowledged.</param>
/// <param name="Parts">Parts in the reservation.</param>
/// <param name="PartRetries">Parts that needed more than one try.</param>
/// <param name="Concurrency">Parts that were in flight at once.</param>
/// <param name="PartsResumed">Parts not sent because an earlier run's journal showed them acknowledged.</param>
public sealed record AscUploadedFile(long Bytes, string ChecksumAlgorithm, IReadOnlyDictionary<string, string> Checksums, TimeSpan Elapsed, int Parts, int PartRetries, int Concurrency, int PartsResumed)
{
    /// <summary>Gets the whole file's checksum in <see cref="ChecksumAlgorithm"/>, lowercase hex.</summary>
    public string Checksum => Checksums[ChecksumAlgorithm];

    /// <summary>Gets the throughput in bytes per second.</summary>
    public double BytesPerSecond => Elapsed > TimeSpan.Zero ? Bytes / Elapsed.TotalSeconds : 0;
}
