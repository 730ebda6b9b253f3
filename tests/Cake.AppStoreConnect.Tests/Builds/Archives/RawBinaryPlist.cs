using System.Buffers.Binary;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

/// <summary>
/// Assembles binary plists object by object, for inputs no sane writer would produce: cycles, bad
/// references, lying counts.
/// </summary>
internal static class RawBinaryPlist
{
    /// <summary>Header, the objects in order, an offset table (1 byte offsets unless they need more) and a trailer.</summary>
    public static byte[] Build(IReadOnlyList<byte[]> objects, int referenceSize = 1, ulong topObject = 0)
    {
        using var stream = new MemoryStream();
        stream.Write("bplist00"u8);
        var offsets = new List<long>();
        foreach (var item in objects)
        {
            offsets.Add(stream.Position);
            stream.Write(item);
        }

        var tableOffset = stream.Position;
        var offsetSize = tableOffset <= byte.MaxValue ? 1 : tableOffset <= ushort.MaxValue ? 2 : 4;
        foreach (var offset in offsets)
        {
            var bytes = new byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(bytes, (ulong)offset);
            stream.Write(bytes, 8 - offsetSize, offsetSize);
        }

        var trailer = new byte[32];
        trailer[6] = (byte)offsetSize;
        trailer[7] = (byte)referenceSize;
        BinaryPrimitives.WriteUInt64BigEndian(trailer.AsSpan(8), (ulong)objects.Count);
        BinaryPrimitives.WriteUInt64BigEndian(trailer.AsSpan(16), topObject);
        BinaryPrimitives.WriteUInt64BigEndian(trailer.AsSpan(24), (ulong)tableOffset);
        stream.Write(trailer);
        return stream.ToArray();
    }

    /// <summary>An ASCII string object.</summary>
    public static byte[] Ascii(string text) => [(byte)(0x50 | text.Length), .. System.Text.Encoding.ASCII.GetBytes(text)];

    /// <summary>An array object of 1 byte references.</summary>
    public static byte[] Array(params byte[] references) => [(byte)(0xA0 | references.Length), .. references];

    /// <summary>A dictionary object of 1 byte references: all keys, then all values.</summary>
    public static byte[] Dictionary(byte[] keys, byte[] values) => [(byte)(0xD0 | keys.Length), .. keys, .. values];
}
