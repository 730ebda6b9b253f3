using System.Buffers.Binary;
using System.IO.Compression;

namespace Cake.AppStoreConnect.SampleIpa;

/// <summary>
/// Writes real PNG screenshots of any size (a solid colour with a band whose place depends on the seed, so
/// every seed gives a different file), for the tests, the benchmarks and the Demo: no binary fixtures.
/// Rows are identical but for the band, so even a 2868-pixel-high image deflates to a few kilobytes.
/// </summary>
public static class SamplePng
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>Makes a PNG image.</summary>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="seed">Picks the colour and the band, so different seeds give different files.</param>
    /// <param name="alpha">Whether to write an RGBA image (App Store Connect refuses those).</param>
    /// <returns>The PNG file's bytes.</returns>
    public static byte[] Create(int width, int height, int seed = 0, bool alpha = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var channels = alpha ? 4 : 3;
        var colour = new[] { (byte)(40 + (seed * 37 % 200)), (byte)(90 + (seed * 53 % 150)), (byte)(160 + (seed * 11 % 90)), (byte)255 };
        var plain = Row(width, channels, colour);
        var band = Row(width, channels, [255, 255, 255, 255]);
        var bandTop = (int)((uint)(seed * 97) % (uint)Math.Max(1, height - 8));

        using var image = new MemoryStream();
        image.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = (byte)(alpha ? 6 : 2);
        WriteChunk(image, "IHDR", header);

        using var pixels = new MemoryStream();
        using (var deflate = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                deflate.Write(y >= bandTop && y < bandTop + 8 ? band : plain);
            }
        }

        WriteChunk(image, "IDAT", pixels.ToArray());
        WriteChunk(image, "IEND", []);
        return image.ToArray();
    }

    /// <summary>Writes a PNG image to a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="seed">Picks the colour and the band.</param>
    public static void Write(string path, int width, int height, int seed = 0) => File.WriteAllBytes(path, Create(width, height, seed));

    private static byte[] Row(int width, int channels, byte[] colour)
    {
        var row = new byte[1 + (width * channels)];
        for (var x = 0; x < width; x++)
        {
            Array.Copy(colour, 0, row, 1 + (x * channels), channels);
        }

        return row;
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(number, crc);
        output.Write(number);
    }

    private static uint Crc(uint crc, byte[] data)
    {
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
