using System.Security.Cryptography;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>Both digests Apple accepts of a whole uploaded file, lowercase hex.</summary>
internal sealed record FileDigest(long Length, string Md5, string Sha256);

/// <summary>
/// The whole file's MD5 and SHA-256, computed from the parts in order as soon as they are contiguous, in
/// the background, so a commit only waits for the parts not yet hashed (a few milliseconds after the
/// last part of an upload sent roughly in order) instead of reading the whole file.
/// A part sent again with different bytes after it was hashed starts the digest over; the same bytes
/// (a client retrying a lost answer) change nothing.
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
    private readonly Dictionary<int, string> _partMd5 = [];
    private IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
    private IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _next = 1;
    private long _hashed;
    private int _inProgress;
    private bool _stale;

    public PartDigest(PartLayout layout, Func<int, string> partPath)
    {
        _layout = layout;
        _partPath = partPath;
        _ = Task.Run(HashInBackgroundAsync);
    }

    public PartLayout Layout => _layout;

    /// <summary>Records that a part's bytes are in place, with their MD5.</summary>
    public void Received(int partNumber, string md5)
    {
        lock (_gate)
        {
            var known = _partMd5.TryGetValue(partNumber, out var earlier);
            var alreadyHashed = partNumber < _next || partNumber == _inProgress;
            if (alreadyHashed && (!known || earlier != md5))
            {
                _stale = true;
            }

            _partMd5[partNumber] = md5;
        }

        _arrived.Release();
    }

    /// <summary>Hashes what is left and returns the digest, or null when a part is missing.</summary>
    public async Task<FileDigest?> CompleteAsync(Func<int, bool> hasPart, CancellationToken cancellationToken)
    {
        await _hashing.WaitAsync(cancellationToken);
        try
        {
            HashContiguous(hasPart);
            lock (_gate)
            {
                return _next > _layout.PartCount && !_stale
                    ? new FileDigest(_hashed, Convert.ToHexStringLower(_md5.GetCurrentHash()), Convert.ToHexStringLower(_sha256.GetCurrentHash()))
                    : null;
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
        _md5.Dispose();
        _sha256.Dispose();
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
                    HashContiguous(n => _partMd5.ContainsKey(n));
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
                    _md5.Dispose();
                    _sha256.Dispose();
                    _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
                    _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
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

                    // Side by side: a commit waiting for the tail waits for the slower digest, not for both.
                    var (md5, sha256, count) = (_md5, _sha256, read);
                    Parallel.Invoke(() => md5.AppendData(buffer, 0, count), () => sha256.AppendData(buffer, 0, count));
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
}
