using System.Buffers.Binary;

namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>
/// Reads a PNG's or JPEG's pixel size and whether it has an alpha channel from its header only, as much
/// as the emulator needs to reproduce Apple's processing checks; the pixels are never decoded.
/// </summary>
internal static class ImageHeader
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The size, alpha and format (<c>PNG</c> or <c>JPEG</c>) of the image, or null when the bytes are neither.</summary>
    public static (int Width, int Height, bool Alpha, string Format)? Read(Stream image)
    {
        var head = new byte[26];
        var read = image.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read >= 26 && head.AsSpan(0, 8).SequenceEqual(PngSignature) && head.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            // IHDR: width, height (big-endian), bit depth, colour type; types 4 and 6 carry an alpha channel.
            var colourType = head[25];
            return (BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20)), colourType is 4 or 6, "PNG");
        }

        return read >= 2 && head[0] == 0xFF && head[1] == 0xD8 ? ReadJpeg(image, head.AsSpan(2, read - 2).ToArray()) : null;
    }

    /// <summary>Walks the JPEG segments to the first start-of-frame marker, which holds the size; JPEG has no alpha.</summary>
    private static (int Width, int Height, bool Alpha, string Format)? ReadJpeg(Stream image, byte[] alreadyRead)
    {
        using var rest = new MemoryStream();
        rest.Write(alreadyRead);
        image.CopyTo(rest);
        var bytes = rest.GetBuffer().AsSpan(0, (int)rest.Length);
        var i = 0;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return null;
            }

            var marker = bytes[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 5)..]), false, "JPEG");
            }

            i += 2 + length;
        }

        return null;
    }
}
