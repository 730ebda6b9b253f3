using System.Buffers.Binary;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// What an app preview check needs from a QuickTime or MPEG-4 movie (<c>.mov</c>, <c>.mp4</c>, <c>.m4v</c>): the
/// display size of the first video track, read from its <c>tkhd</c> box (<c>moov/trak/tkhd</c>: width and height
/// in 16.16 fixed point, turned by a 90° or 270° matrix), and the length from the movie header (<c>moov/mvhd</c>:
/// duration over timescale, 32-bit in version 0, 64-bit in version 1). Only box headers are read; the media data
/// (<c>mdat</c>) is skipped, wherever it is.
/// </summary>
/// <param name="Width">The shown width in pixels.</param>
/// <param name="Height">The shown height in pixels.</param>
/// <param name="Duration">The movie's length; <see langword="null"/> when the file has no movie header or gives no length.</param>
internal sealed record VideoInfo(int Width, int Height, TimeSpan? Duration)
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
        var size = Children(stream, moov.Body, moov.End).Where(b => b.Type == "trak")
            .SelectMany(trak => Children(stream, trak.Body, trak.End).Where(b => b.Type == "tkhd"))
            .Select(tkhd => Size(stream, tkhd.Body, tkhd.End))
            .FirstOrDefault(s => s is { Width: > 0, Height: > 0 });
        if (size is not { } shown)
        {
            return null;
        }

        var mvhd = Children(stream, moov.Body, moov.End).FirstOrDefault(b => b.Type == "mvhd");
        return new VideoInfo(shown.Width, shown.Height, mvhd.Type is null ? null : Length(stream, mvhd.Body, mvhd.End));
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

    /// <summary>Reads <paramref name="length"/> bytes at <paramref name="at"/>, or nothing when the box is shorter.</summary>
    private static byte[]? Bytes(Stream stream, long at, int length, long end)
    {
        var bytes = new byte[length];
        stream.Position = at;
        return at + length > end || stream.ReadAtLeast(bytes, length, throwOnEndOfStream: false) < length ? null : bytes;
    }

    private static (int Width, int Height)? Size(Stream stream, long body, long end)
    {
        stream.Position = body;
        var version = stream.ReadByte();
        // version/flags, then times, track id and duration (32- or 64-bit), 8 reserved, layer, group, volume, 2 reserved.
        if (Bytes(stream, body + 4 + (version == 1 ? 32 : 20) + 16, 44, end) is not { } bytes)
        {
            return null;
        }

        var a = BinaryPrimitives.ReadInt32BigEndian(bytes);
        var width = (int)(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(36)) >> 16);
        var height = (int)(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(40)) >> 16);
        // A matrix whose first cell is 0 turns the picture by 90° or 270°: the shown size is the stored one transposed.
        return a == 0 ? (height, width) : (width, height);
    }

    private static TimeSpan? Length(Stream stream, long body, long end)
    {
        stream.Position = body;
        var version = stream.ReadByte();
        // Version 0: version/flags 4, creation 4, modification 4, timescale 4, duration 4; version 1: the times and the duration are 8 bytes.
        if (Bytes(stream, body + (version == 1 ? 20 : 12), version == 1 ? 12 : 8, end) is not { } bytes)
        {
            return null;
        }

        var timescale = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        var units = version == 1 ? BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(4)) : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(4));
        // All ones is the format's "length unknown".
        var unknown = version == 1 ? units == ulong.MaxValue : units == uint.MaxValue;
        return timescale == 0 || unknown ? null : TimeSpan.FromSeconds((double)units / timescale);
    }
}
