using System.Buffers.Binary;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// The display size of a QuickTime or MPEG-4 movie (<c>.mov</c>, <c>.mp4</c>, <c>.m4v</c>), read from the first
/// video track's <c>tkhd</c> box (<c>moov/trak/tkhd</c>: width and height in 16.16 fixed point, turned by a
/// 90° or 270° matrix). Only box headers are read; the media data (<c>mdat</c>) is skipped, wherever it is.
/// </summary>
internal sealed record VideoInfo(int Width, int Height)
{
    public static VideoInfo? Read(string path)
    {
        using var stream = File.OpenRead(path);
        var moov = Children(stream, 0, stream.Length).FirstOrDefault(b => b.Type == "moov");
        if (moov.Type is null)
        {
            return null;
        }

        // The first track with a size is the video track (sound tracks are 0x0).
        return Children(stream, moov.Body, moov.End).Where(b => b.Type == "trak")
            .SelectMany(trak => Children(stream, trak.Body, trak.End).Where(b => b.Type == "tkhd"))
            .Select(tkhd => Size(stream, tkhd.Body, tkhd.End))
            .FirstOrDefault(size => size is { Width: > 0, Height: > 0 });
    }

    private static IEnumerable<(string Type, long Body, long End)> Children(Stream stream, long start, long end)
    {
        while (Box(stream, start, end) is { } box)
        {
            yield return box;
            start = box.End;
        }
    }

    private static (string Type, long Body, long End)? Box(Stream stream, long start, long end)
    {
        var header = new byte[16];
        stream.Position = start;
        if (end - start < 8 || stream.ReadAtLeast(header, 8, throwOnEndOfStream: false) < 8)
        {
            return null;
        }

        long size = BinaryPrimitives.ReadUInt32BigEndian(header);
        var type = System.Text.Encoding.ASCII.GetString(header, 4, 4);
        var body = start + 8;
        if (size == 1)
        {
            if (stream.ReadAtLeast(header.AsSpan(8), 8, throwOnEndOfStream: false) < 8)
            {
                return null;
            }

            size = (long)BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8));
            body += 8;
        }
        else if (size == 0)
        {
            size = end - start;
        }

        return size < body - start || start + size > end ? null : (type, body, start + size);
    }

    private static VideoInfo? Size(Stream stream, long body, long end)
    {
        stream.Position = body;
        var version = stream.ReadByte();
        // version/flags, then times, track id and duration (32- or 64-bit), 8 reserved, layer, group, volume, 2 reserved.
        var matrixAt = body + 4 + (version == 1 ? 32 : 20) + 16;
        var bytes = new byte[44];
        stream.Position = matrixAt;
        if (matrixAt + bytes.Length > end || stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) < bytes.Length)
        {
            return null;
        }

        var a = BinaryPrimitives.ReadInt32BigEndian(bytes);
        var width = (int)(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(36)) >> 16);
        var height = (int)(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(40)) >> 16);
        // A matrix whose first cell is 0 turns the picture by 90° or 270°: the shown size is the stored one transposed.
        return a == 0 ? new VideoInfo(height, width) : new VideoInfo(width, height);
    }
}
