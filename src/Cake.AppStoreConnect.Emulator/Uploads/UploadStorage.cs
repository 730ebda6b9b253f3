using System.Collections.Concurrent;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>
/// Upload parts on disk, one directory per upload file, for every upload target. Parts are streamed to a
/// temporary file and renamed into place, so parallel and repeated sends of a part never mix bytes and
/// memory stays flat; each file's digest follows its parts as they arrive. Without a state file the root
/// is a temporary directory removed on dispose.
/// </summary>
internal sealed class UploadStorage : IDisposable
{
    private const int BufferSize = 81_920;
    private readonly bool _temporary;
    private readonly string _root;
    private readonly ConcurrentDictionary<string, Lazy<PartDigest>> _digests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _commitGates = new(StringComparer.Ordinal);

    public UploadStorage(string? root)
    {
        _temporary = root is null;
        // Created with the first part, not here: an emulator that is killed (no Dispose) and never received
        // an upload leaves no empty folder behind in the temp directory.
        _root = root ?? Path.Combine(Path.GetTempPath(), "asc-emulator-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>
    /// Streams a part to disk; returns the bytes received and whether that was the part's length (only then
    /// is it kept). <paramref name="algorithm"/> is the checksum the target's clients commit with, hashed in the background.
    /// </summary>
    public async Task<(long Received, bool Kept)> WritePartAsync(string fileId, PartLayout layout, int partNumber, string algorithm, Stream body, CancellationToken cancellationToken)
    {
        var expectedLength = layout.Length(partNumber);
        var directory = Directory.CreateDirectory(Path.Combine(_root, fileId)).FullName;
        var temp = Path.Combine(directory, $"part-{partNumber}.{Guid.NewGuid():N}.tmp");
        long received = 0;
        try
        {
            await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                received += read;
                if (received > expectedLength)
                {
                    break;
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        if (received != expectedLength)
        {
            File.Delete(temp);
            return (received, false);
        }

        File.Move(temp, PartPath(fileId, partNumber), overwrite: true);
        Digest(fileId, layout, algorithm).Received(partNumber);
        return (received, true);
    }

    public bool HasPart(string fileId, int partNumber) => File.Exists(PartPath(fileId, partNumber));

    /// <summary>Waits for the digest in <paramref name="algorithm"/> to cover every part; null when a part is missing.</summary>
    public Task<FileDigest?> DigestAsync(string fileId, PartLayout layout, string algorithm, CancellationToken cancellationToken) =>
        Digest(fileId, layout, algorithm).CompleteAsync(n => HasPart(fileId, n), algorithm, cancellationToken);

    /// <summary>The received parts as one readable file, for the checks that look inside it.</summary>
    public Stream Open(string fileId, PartLayout layout) => new PartsStream(layout, n => PartPath(fileId, n));

    /// <summary>
    /// Serialises the commits of one file: two commits racing would both verify, then both record.
    /// Dispose the answer to let the next one in.
    /// </summary>
    public async Task<IDisposable> LockCommitAsync(string fileId, CancellationToken cancellationToken)
    {
        var gate = _commitGates.GetOrAdd(fileId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    /// <summary>Removes the parts once committed: the commit has checked everything processing looks at.</summary>
    public void DeleteParts(string fileId)
    {
        Forget(fileId);
        var directory = Path.Combine(_root, fileId);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public void Delete(string fileId) => DeleteParts(fileId);

    /// <summary>Removes the parts in the background; a failure leaves them to the emulator's own clean-up at exit.</summary>
    public void DeletePartsLater(string fileId)
    {
        Forget(fileId);
        _ = Task.Run(() =>
        {
            try
            {
                DeleteParts(fileId);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Kept until the temporary root is removed (or, with a state file, until the upload is deleted).
            }
        });
    }

    public void Dispose()
    {
        foreach (var fileId in _digests.Keys)
        {
            Forget(fileId);
        }

        if (_temporary && Directory.Exists(_root))
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A part still being written on shutdown; the OS cleans the temp directory eventually.
            }
        }
    }

    /// <summary>The file's digest; the first caller's algorithm is the one hashed in the background.</summary>
    private PartDigest Digest(string fileId, PartLayout layout, string algorithm) =>
        _digests.GetOrAdd(fileId, _ => new Lazy<PartDigest>(() => new PartDigest(layout, n => PartPath(fileId, n), algorithm))).Value;


    private void Forget(string fileId)
    {
        if (_digests.TryRemove(fileId, out var digest) && digest.IsValueCreated)
        {
            digest.Value.Dispose();
        }
    }

    private string PartPath(string fileId, int partNumber) => Path.Combine(_root, fileId, $"part-{partNumber}");

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
