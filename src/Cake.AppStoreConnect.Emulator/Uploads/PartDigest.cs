using System.Security.Cryptography;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>A whole uploaded file's digest in one of the algorithms Apple accepts (<c>MD5</c>, <c>SHA_256</c>), lowercase hex.</summary>
internal sealed record FileDigest(long Length, string Algorithm, string Hash);

/// <summary>
/// The whole file's digest in the algorithm its target's clients commit with, computed from the parts in
/// order as soon as they are contiguous, in the background, so a commit only waits for the parts not yet
/// hashed (a few milliseconds after the last part of an upload sent roughly in order) instead of reading
/// the whole file. A commit giving the other algorithm reads the parts once at commit time: hashing both
/// in the background cost every upload a second digest, competing with the client for the CPU.
/// A part sent again after it was hashed starts the digest over.
/// </summary>
internal sealed class PartDigest : IDisposable
{
    private const int BufferSize = 1024 * 1024;

    private readonly Func<int, string> _partPath;
    private readonly PartLayout _layout;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _hashing = new(1, 1);
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly HashSet<int> _received = [];
    private readonly string _algorithm;
    private IncrementalHash _hash;
    private int _next = 1;
    private long _hashed;
    private int _inProgress;
    private bool _stale;

    /// <param name="layout">How the file is cut into parts.</param>
    /// <param name="partPath">Where each part's bytes are.</param>
    /// <param name="algorithm">The algorithm hashed in the background: <c>MD5</c> or <c>SHA_256</c>.</param>
    public PartDigest(PartLayout layout, Func<int, string> partPath, string algorithm)
    {
        _layout = layout;
        _partPath = partPath;
        _algorithm = algorithm;
        _hash = CreateHash(algorithm);
        _ = Task.Run(HashInBackgroundAsync);
    }

    public PartLayout Layout => _layout;

    /// <summary>
    /// Records that a part's bytes are in place. A part sent again after it was hashed starts the digest over,
    /// whatever its bytes: comparing would need a digest of every part on the receiving path, paid by every
    /// upload, while a retried part is rare and costs one background pass.
    /// </summary>
    public void Received(int partNumber)
    {
        lock (_gate)
        {
            if (partNumber < _next || partNumber == _inProgress)
            {
                _stale = true;
            }

            _received.Add(partNumber);
        }

        _arrived.Release();
    }

    /// <summary>
    /// Hashes what is left and returns the digest in <paramref name="algorithm"/>, or null when a part is
    /// missing. The background algorithm costs only the parts not yet hashed; the other one reads every part.
    /// </summary>
    public async Task<FileDigest?> CompleteAsync(Func<int, bool> hasPart, string algorithm, CancellationToken cancellationToken)
    {
        await _hashing.WaitAsync(cancellationToken);
        try
        {
            HashContiguous(hasPart);
            lock (_gate)
            {
                if (_next <= _layout.PartCount || _stale)
                {
                    return null;
                }

                if (algorithm == _algorithm)
                {
                    return new FileDigest(_hashed, _algorithm, Convert.ToHexStringLower(_hash.GetCurrentHash()));
                }
            }

            // Every part is in place and the commit lock keeps them there: read them once in the other algorithm.
            using var other = CreateHash(algorithm);
            using var parts = new PartsStream(_layout, _partPath);
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                long length = 0;
                int read;
                while ((read = await parts.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    other.AppendData(buffer, 0, read);
                    length += read;
                }

                return new FileDigest(length, algorithm, Convert.ToHexStringLower(other.GetHashAndReset()));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        finally
        {
            _hashing.Release();
        }
    }

    public void Dispose()
    {
        // The hash objects belong to whoever holds _hashing; cancelling makes it let go within one read.
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _stop.Cancel();
        _hashing.Wait();
        _hash.Dispose();
    }

    private async Task HashInBackgroundAsync()
    {
        try
        {
            while (true)
            {
                await _arrived.WaitAsync(_stop.Token);
                await _hashing.WaitAsync(_stop.Token);
                try
                {
                    HashContiguous(n => _received.Contains(n));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // A part went away under the hasher; the commit hashes again from what is on disk.
                }
                finally
                {
                    _hashing.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The file was committed or deleted.
        }
    }

    /// <summary>Appends every part from the cursor on that is in place; runs under <see cref="_hashing"/>.</summary>
    private void HashContiguous(Func<int, bool> hasPart)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            HashContiguous(hasPart, buffer);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void HashContiguous(Func<int, bool> hasPart, byte[] buffer)
    {
        while (true)
        {
            int part;
            lock (_gate)
            {
                if (_stale)
                {
                    // A hashed part changed: start over from the first part.
                    _hash.Dispose();
                    _hash = CreateHash(_algorithm);
                    (_next, _hashed, _stale) = (1, 0, false);
                }

                part = _next;
                if (part > _layout.PartCount || !hasPart(part))
                {
                    return;
                }

                _inProgress = part;
            }

            long length = 0;
            try
            {
                using var input = new FileStream(_partPath(part), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 0, FileOptions.SequentialScan);
                int read;
                while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
                {
                    _stop.Token.ThrowIfCancellationRequested();
                    _hash.AppendData(buffer, 0, read);
                    length += read;
                }
            }
            catch
            {
                lock (_gate)
                {
                    // Half a part is in the digest: only starting over makes it right again.
                    (_stale, _inProgress) = (true, 0);
                }

                throw;
            }

            lock (_gate)
            {
                _inProgress = 0;
                if (!_stale)
                {
                    _next = part + 1;
                    _hashed += length;
                }
            }
        }
    }

    private static IncrementalHash CreateHash(string algorithm) =>
        IncrementalHash.CreateHash(algorithm == "MD5" ? HashAlgorithmName.MD5 : HashAlgorithmName.SHA256);
}
