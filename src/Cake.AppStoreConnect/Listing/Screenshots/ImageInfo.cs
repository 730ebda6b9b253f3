using System.Buffers.Binary;

namespace Cake.AppStoreConnect.Listing;

/// <summary>A PNG's or JPEG's pixel size, alpha channel and format, read from its header only (no image library, no decoding).</summary>
internal sealed record ImageInfo(int Width, int Height, bool Alpha, bool Png)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Gets the file name extensions of its format (App Store Connect refuses a PNG named .jpg or a JPEG named .png).</summary>
    public IReadOnlyList<string> Extensions => Png ? [".png"] : [".jpg", ".jpeg"];

    /// <summary>Reads the header; null when the file is neither PNG nor JPEG.</summary>
    public static ImageInfo? Read(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[26];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read >= 26 && head.AsSpan(0, 8).SequenceEqual(PngSignature) && head.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            // Colour types 4 (grey + alpha) and 6 (RGBA) carry an alpha channel.
            return new(BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20)), head[25] is 4 or 6, true);
        }

        if (read < 2 || head[0] != 0xFF || head[1] != 0xD8)
        {
            return null;
        }

        file.Position = 2;
        return ReadJpegFrame(file);
    }

    /// <summary>Walks the JPEG segments to the first start-of-frame marker, which holds the size.</summary>
    private static ImageInfo? ReadJpegFrame(Stream file)
    {
        var segment = new byte[9];
        while (file.ReadAtLeast(segment.AsSpan(0, 4), 4, throwOnEndOfStream: false) == 4)
        {
            if (segment[0] != 0xFF)
            {
                return null;
            }

            var marker = segment[1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(segment.AsSpan(2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return file.ReadAtLeast(segment.AsSpan(4, 5), 5, throwOnEndOfStream: false) == 5
                    ? new(BinaryPrimitives.ReadUInt16BigEndian(segment.AsSpan(7)), BinaryPrimitives.ReadUInt16BigEndian(segment.AsSpan(5)), false, false)
                    : null;
            }

            file.Seek(length - 2, SeekOrigin.Current);
        }

        return null;
    }
}
