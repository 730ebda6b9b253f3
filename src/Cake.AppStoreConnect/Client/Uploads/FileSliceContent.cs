using System.Buffers;
using System.Net;
using Microsoft.Win32.SafeHandles;

namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>
/// A request body read from a slice of a file as it is written to the connection, a chunk at a time,
/// so sending a 16 MiB part holds one chunk, and a retry reads the slice again instead of keeping it.
/// </summary>
internal sealed class FileSliceContent : HttpContent
{
    /// <summary>Large enough that a loopback or TLS write is never the bottleneck, small enough to be negligible times the parts in flight.</summary>
    private const int ChunkSize = 256 * 1024;

    private readonly SafeFileHandle _file;
    private readonly long _offset;
    private readonly long _length;

    public FileSliceContent(SafeFileHandle file, long offset, long length)
    {
        _file = file;
        _offset = offset;
        _length = length;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent((int)Math.Min(ChunkSize, _length));
        try
        {
            long sent = 0;
            while (sent < _length)
            {
                var wanted = (int)Math.Min(chunk.Length, _length - sent);
                var read = await RandomAccess.ReadAsync(_file, chunk.AsMemory(0, wanted), _offset + sent, cancellationToken);
                if (read == 0)
                {
                    throw new IOException($"The file ended at {_offset + sent} bytes, inside the part that should end at {_offset + _length}: it changed after it was reserved.");
                }

                await stream.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
                sent += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
