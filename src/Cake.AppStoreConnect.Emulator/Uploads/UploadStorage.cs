using System.Security.Cryptography;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>The whole uploaded file, assembled from its parts, with both digests Apple accepts.</summary>
internal sealed record AssembledFile(string Path, long Length, string Md5, string Sha256);

/// <summary>
/// Upload parts on disk, one directory per upload file. Parts are streamed to a temporary file and
/// renamed into place, so parallel and repeated sends of a part never mix bytes and memory stays flat.
/// Without a state file the root is a temporary directory removed on dispose.
/// </summary>
internal sealed class UploadStorage : IDisposable
{
    private const int BufferSize = 81_920;
    private readonly bool _temporary;
    private readonly string _root;

    public UploadStorage(string? root)
    {
        _temporary = root is null;
        _root = root ?? Path.Combine(Path.GetTempPath(), "asc-emulator-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    /// <summary>Streams a part to disk; returns the bytes received and, when the length was right, the part's MD5.</summary>
    public async Task<(long Received, string? Md5)> WritePartAsync(string fileId, int partNumber, Stream body, long expectedLength, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root, fileId)).FullName;
        var temp = Path.Combine(directory, $"part-{partNumber}.{Guid.NewGuid():N}.tmp");
        long received = 0;
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                received += read;
                if (received > expectedLength)
                {
                    break;
                }

                md5.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        if (received != expectedLength)
        {
            File.Delete(temp);
            return (received, null);
        }

        File.Move(temp, PartPath(fileId, partNumber), overwrite: true);
        return (received, Convert.ToHexStringLower(md5.GetHashAndReset()));
    }

    public bool HasPart(string fileId, int partNumber) => File.Exists(PartPath(fileId, partNumber));

    /// <summary>Concatenates the parts in order into one file, hashing as it goes.</summary>
    public AssembledFile Assemble(string fileId, int partCount)
    {
        var path = Path.Combine(_root, fileId, "assembled");
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        using (var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize))
        {
            var buffer = new byte[BufferSize];
            for (var part = 1; part <= partCount; part++)
            {
                using var input = new FileStream(PartPath(fileId, part), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize);
                int read;
                while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
                {
                    md5.AppendData(buffer, 0, read);
                    sha256.AppendData(buffer, 0, read);
                    output.Write(buffer, 0, read);
                    length += read;
                }
            }
        }

        return new AssembledFile(path, length, Convert.ToHexStringLower(md5.GetHashAndReset()), Convert.ToHexStringLower(sha256.GetHashAndReset()));
    }

    /// <summary>Removes the parts once committed; the assembled file is what processing needs.</summary>
    public void DeleteParts(string fileId, int partCount)
    {
        for (var part = 1; part <= partCount; part++)
        {
            File.Delete(PartPath(fileId, part));
        }
    }

    public void Delete(string fileId)
    {
        var directory = Path.Combine(_root, fileId);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public void Dispose()
    {
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

    private string PartPath(string fileId, int partNumber) => Path.Combine(_root, fileId, $"part-{partNumber}");
}
