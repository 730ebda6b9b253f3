using System.Collections.Concurrent;
using System.Security.Cryptography;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Client.Builds.Upload;

/// <summary>
/// Sends a file's bytes to the upload operations of a reservation. The file is read once, in order,
/// and hashed while it is read; each part's bytes go into one of a few reused buffers and are sent
/// in parallel, so memory depends on the part size and concurrency, never on the file's size.
/// </summary>
public sealed class AscBinaryUploader
{
    private readonly HttpClient _http;
    private readonly AscUploadOptions _options;
    private readonly IAscLog _log;
    private readonly TimeProvider _time;

    /// <summary>Creates the uploader.</summary>
    /// <param name="http">The HTTP client; it must carry no Authorization header.</param>
    /// <param name="options">Concurrency, memory, retries.</param>
    /// <param name="log">Where progress goes.</param>
    /// <param name="time">The clock, for operation expiry.</param>
    public AscBinaryUploader(HttpClient http, AscUploadOptions options, IAscLog log, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (options.Concurrency < 1 || options.MaxPartAttempts < 1)
        {
            throw new ArgumentException("Upload concurrency and part attempts must be at least 1.", nameof(options));
        }

        if (options.ChecksumAlgorithm is not (AscChecksumAlgorithm.Md5 or AscChecksumAlgorithm.Sha256))
        {
            throw new ArgumentException($"ChecksumAlgorithm must be {AscChecksumAlgorithm.Md5} or {AscChecksumAlgorithm.Sha256}, not '{options.ChecksumAlgorithm}'.", nameof(options));
        }

        _http = http;
        _options = options;
        _log = log;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Sends every part of the file.</summary>
    /// <param name="filePath">The file.</param>
    /// <param name="operations">The reservation's upload operations.</param>
    /// <param name="refreshOperations">Fetches fresh operations when URLs expire.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>What was sent and the whole file's checksum.</returns>
    public async Task<AscUploadedFile> UploadAsync(string filePath, IReadOnlyList<AscUploadOperation> operations, Func<CancellationToken, Task<IReadOnlyList<AscUploadOperation>>> refreshOperations, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(refreshOperations);

        await using var file = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var parts = OperationPlan.Validate(operations, file.Length, Path.GetFileName(filePath));
        var largestPart = parts.Max(p => p.Length);
        var concurrency = ChooseConcurrency(largestPart);
        using var directory = new OperationDirectory(parts, refreshOperations, _time);
        var sender = new PartSender(_http, _options, _log, directory);
        var progress = new UploadProgress(Path.GetFileName(filePath), file.Length, _log, _options.ProgressInterval);
        _log.Write(AscLogLevel.Verbose, $"Sending {parts.Count} part(s) of up to {UploadProgress.Size(largestPart)}, {concurrency} at a time.");

        using var hash = IncrementalHash.CreateHash(_options.ChecksumAlgorithm == AscChecksumAlgorithm.Md5 ? HashAlgorithmName.MD5 : HashAlgorithmName.SHA256);
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var buffers = new BufferPool(concurrency + 1, checked((int)largestPart));
        var inFlight = new List<Task<int>>(parts.Count);
        try
        {
            foreach (var part in parts)
            {
                var buffer = await buffers.RentAsync(failFast.Token);
                var slice = buffer.AsMemory(0, (int)part.Length);
                await file.ReadExactlyAsync(slice, failFast.Token);
                hash.AppendData(slice.Span);
                inFlight.Add(SendAndReturnAsync(sender, part, slice, buffer, buffers, progress, failFast));
            }

            var tries = await Task.WhenAll(inFlight);
            var checksum = Convert.ToHexStringLower(hash.GetHashAndReset());
            return new AscUploadedFile(file.Length, checksum, _options.ChecksumAlgorithm, progress.Elapsed, parts.Count, tries.Count(t => t > 1), concurrency);
        }
        catch (Exception) when (inFlight.Count > 0)
        {
            await failFast.CancelAsync();
            await Task.WhenAll(inFlight.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));

            // The first real failure, not the cancellations it caused in the other parts.
            var firstFailure = inFlight.Select(t => t.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException);
            if (firstFailure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(firstFailure);
            }

            throw;
        }
    }

    private static async Task<int> SendAndReturnAsync(PartSender sender, AscUploadOperation part, ReadOnlyMemory<byte> slice, byte[] buffer, BufferPool buffers, UploadProgress progress, CancellationTokenSource failFast)
    {
        try
        {
            var tries = await sender.SendAsync(OperationDirectory.PartNumberOf(part), slice, failFast.Token);
            progress.Add(slice.Length);
            return tries;
        }
        catch
        {
            await failFast.CancelAsync();
            throw;
        }
        finally
        {
            buffers.Return(buffer);
        }
    }

    private int ChooseConcurrency(long largestPart)
    {
        // One buffer more than the parts in flight: the one being filled from disk.
        var affordable = (int)Math.Max(1, (_options.MaxBufferBytes / Math.Max(1, largestPart)) - 1);
        var concurrency = Math.Min(_options.Concurrency, affordable);
        if (concurrency < _options.Concurrency)
        {
            _log.Write(AscLogLevel.Verbose, $"Parts of {UploadProgress.Size(largestPart)} allow {concurrency} in flight within {UploadProgress.Size(_options.MaxBufferBytes)} of buffers (asked for {_options.Concurrency}).");
        }

        return concurrency;
    }

    /// <summary>A fixed number of part buffers, allocated on first use and reused.</summary>
    private sealed class BufferPool(int count, int size) : IDisposable
    {
        private readonly SemaphoreSlim _available = new(count, count);
        private readonly ConcurrentBag<byte[]> _free = [];

        public async Task<byte[]> RentAsync(CancellationToken cancellationToken)
        {
            await _available.WaitAsync(cancellationToken);
            return _free.TryTake(out var buffer) ? buffer : GC.AllocateUninitializedArray<byte>(size);
        }

        public void Return(byte[] buffer)
        {
            _free.Add(buffer);
            _available.Release();
        }

        public void Dispose() => _available.Dispose();
    }
}
