using System.Security.Cryptography;

namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>
/// One sequential read of the whole file computing every checksum asked for, beside the parts being
/// sent: the parts read the same pages again from the OS cache, so the file leaves the disk once.
/// </summary>
internal static class ChecksumPass
{
    private const int ReadSize = 1024 * 1024;

    public static Task<IReadOnlyDictionary<string, string>> Start(string path, IReadOnlyList<string> algorithms, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Compute(path, algorithms, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public static IReadOnlyDictionary<string, string> Compute(string path, IReadOnlyList<string> algorithms, CancellationToken cancellationToken)
    {
        var hashes = algorithms.Select(a => IncrementalHash.CreateHash(a == AscChecksumAlgorithm.Md5 ? HashAlgorithmName.MD5 : HashAlgorithmName.SHA256)).ToList();
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            var buffer = GC.AllocateUninitializedArray<byte>(ReadSize);
            int read;
            while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var hash in hashes)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }

            return algorithms.Zip(hashes).ToDictionary(p => p.First, p => Convert.ToHexStringLower(p.Second.GetHashAndReset()), StringComparer.Ordinal);
        }
        finally
        {
            hashes.ForEach(h => h.Dispose());
        }
    }
}
