using System.Buffers.Binary;
using System.Text;

namespace Cake.AppStoreConnect.Tests.Listing.Screenshots;

/// <summary>
/// Writes app preview folders with small MPEG-4 files made in code: <c>ftyp</c>, an <c>mdat</c> of seeded bytes, then
/// <c>moov</c> with a movie header (<c>mvhd</c>: the length) and a sound and a video track header (<c>tkhd</c>: the size),
/// in the boxes' version 0 (32-bit times) or version 1 (64-bit times and length).
/// </summary>
internal static class PreviewFolderWriter
{
    public const int IphoneWidth = 886;
    public const int IphoneHeight = 1920;

    /// <summary>A length App Store previews take (15 to 30 seconds).</summary>
    public const double Seconds = 20;

    public static string Mp4(string folder, string locale, string name, int width, int height, int seed, bool rotated = false, double seconds = Seconds, bool version1 = false)
    {
        var directory = Path.Combine(folder, locale);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, Movie(width, height, seed, rotated, seconds, version1));
        return path;
    }

    /// <summary>The bytes of a movie of this video size and length.</summary>
    public static byte[] Movie(int width, int height, int seed, bool rotated = false, double seconds = Seconds, bool version1 = false)
    {
        var media = new byte[2048];
        new Random(seed).NextBytes(media);
        using var stream = new MemoryStream();
        Write(stream, "ftyp", [.. Encoding.ASCII.GetBytes("isom"), 0, 0, 2, 0, .. Encoding.ASCII.GetBytes("isommp41")]);
        Write(stream, "mdat", media);
        using var moov = new MemoryStream();
        Write(moov, "mvhd", MovieHeader(seconds, version1));
        // A sound track first (0x0), as real files often have, so the reader must take the track with a size.
        Write(moov, "trak", Box("tkhd", TrackHeader(0, 0, rotated: false, version1)));
        Write(moov, "trak", Box("tkhd", TrackHeader(width, height, rotated, version1)));
        Write(stream, "moov", moov.ToArray());
        return stream.ToArray();
    }

    /// <summary>en-US with two iPhone previews (one rotated landscape recording stored on its side) and de-DE with one, and one iPad preview in en-US.</summary>
    public static string TwoLocales(string root)
    {
        var folder = Path.Combine(root, "app_previews");
        Mp4(folder, "en-US", "iphone_1.mp4", IphoneWidth, IphoneHeight, 1);
        Mp4(folder, "en-US", "iphone_2.mov", IphoneHeight, IphoneWidth, 2, rotated: true);
        Mp4(folder, "en-US", "ipad_1.m4v", 1200, 1600, 3);
        Mp4(folder, "de-DE", "iphone_1.mp4", IphoneWidth, IphoneHeight, 4);
        return folder;
    }

    private static byte[] MovieHeader(double seconds, bool version1)
    {
        // Version 0: version/flags 4, creation 4, modification 4, timescale 4, duration 4, rates, matrix, next track id (100 bytes).
        // Version 1: the times and the duration are 8 bytes (112 bytes); a nanosecond timescale makes the duration need them.
        // An infinite length is written as all ones, the format's "unknown".
        var body = new byte[version1 ? 112 : 100];
        body[0] = (byte)(version1 ? 1 : 0);
        if (version1)
        {
            BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(20), 1_000_000_000);
            BinaryPrimitives.WriteUInt64BigEndian(body.AsSpan(24), double.IsInfinity(seconds) ? ulong.MaxValue : (ulong)(seconds * 1_000_000_000));
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(12), 600);
            BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(16), double.IsInfinity(seconds) ? uint.MaxValue : (uint)(seconds * 600));
        }

        return body;
    }

    private static byte[] TrackHeader(int width, int height, bool rotated, bool version1)
    {
        // Version 0: version/flags 4, times 8, track id 4, reserved 4, duration 4, reserved 8, layer/group/volume/reserved 8, matrix 36, width 4, height 4.
        // Version 1: the times and the duration are 8 bytes each, 12 more before the matrix.
        var at = version1 ? 52 : 40;
        var body = new byte[at + 44];
        body[0] = (byte)(version1 ? 1 : 0);
        var matrix = body.AsSpan(at, 36);
        BinaryPrimitives.WriteInt32BigEndian(matrix[0..], rotated ? 0 : 0x00010000);
        BinaryPrimitives.WriteInt32BigEndian(matrix[4..], rotated ? 0x00010000 : 0);
        BinaryPrimitives.WriteInt32BigEndian(matrix[12..], rotated ? -0x00010000 : 0);
        BinaryPrimitives.WriteInt32BigEndian(matrix[16..], rotated ? 0 : 0x00010000);
        BinaryPrimitives.WriteInt32BigEndian(matrix[32..], 0x40000000);
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(at + 36), (uint)width << 16);
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(at + 40), (uint)height << 16);
        return body;
    }

    private static byte[] Box(string type, byte[] body)
    {
        using var stream = new MemoryStream();
        Write(stream, type, body);
        return stream.ToArray();
    }

    private static void Write(Stream stream, string type, byte[] body)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)(body.Length + 8));
        Encoding.ASCII.GetBytes(type, header[4..]);
        stream.Write(header);
        stream.Write(body);
    }
}
