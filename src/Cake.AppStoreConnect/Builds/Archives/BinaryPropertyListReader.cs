using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// Reads Apple's binary property list format (<c>bplist00</c>). Every offset, count and object reference
/// is checked against the input before it is used, so a damaged or hostile file fails with a
/// <see cref="FormatException"/> instead of reading out of range, looping or allocating without bound.
/// </summary>
internal sealed class BinaryPropertyListReader
{
    private const int HeaderLength = 8;
    private const int TrailerLength = 32;

    // Deeper than any real plist, shallow enough that recursion cannot exhaust the stack.
    private const int MaxDepth = 512;

    private static readonly DateTimeOffset ReferenceDate = new(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly byte[] _data;
    private readonly int _offsetIntSize;
    private readonly int _objectRefSize;
    private readonly int _objectCount;
    private readonly int _offsetTableOffset;

    // Objects already read, so shared references (a DAG) cost one read each rather than one per path.
    private readonly object?[] _objects;
    private readonly bool[] _reading;

    private BinaryPropertyListReader(byte[] data, int offsetIntSize, int objectRefSize, int objectCount, int offsetTableOffset)
    {
        _data = data;
        _offsetIntSize = offsetIntSize;
        _objectRefSize = objectRefSize;
        _objectCount = objectCount;
        _offsetTableOffset = offsetTableOffset;
        _objects = new object?[objectCount];
        _reading = new bool[objectCount];
    }

    /// <summary>Whether <paramref name="data"/> starts like a binary property list of any version.</summary>
    public static bool HasBinaryHeader(ReadOnlySpan<byte> data) => data.StartsWith("bplist"u8);

    /// <summary>Reads the top object of a binary property list.</summary>
    /// <exception cref="FormatException">The data is not a valid <c>bplist00</c>.</exception>
    public static object Read(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.AsSpan().StartsWith("bplist00"u8))
        {
            var version = data.Length >= HeaderLength ? Encoding.ASCII.GetString(data, 6, 2) : "?";
            throw new FormatException(HasBinaryHeader(data)
                ? $"Binary property list version '{version}' is not supported; only 'bplist00' is."
                : "The data is not a binary property list (no 'bplist00' header).");
        }

        if (data.Length < HeaderLength + 1 + TrailerLength)
        {
            throw new FormatException($"Binary property list is truncated: {data.Length} bytes cannot hold a header, an object and a trailer.");
        }

        var trailer = data.AsSpan(data.Length - TrailerLength);
        int offsetIntSize = trailer[6];
        int objectRefSize = trailer[7];
        var objectCount = BinaryPrimitives.ReadUInt64BigEndian(trailer[8..]);
        var topObject = BinaryPrimitives.ReadUInt64BigEndian(trailer[16..]);
        var offsetTableOffset = BinaryPrimitives.ReadUInt64BigEndian(trailer[24..]);

        if (!IsValidIntSize(offsetIntSize))
        {
            throw new FormatException($"Binary property list trailer has an offset size of {offsetIntSize} bytes; expected 1, 2, 4 or 8.");
        }

        if (!IsValidIntSize(objectRefSize))
        {
            throw new FormatException($"Binary property list trailer has an object reference size of {objectRefSize} bytes; expected 1, 2, 4 or 8.");
        }

        var tableEnd = (ulong)(data.Length - TrailerLength);
        if (offsetTableOffset < HeaderLength + 1 || offsetTableOffset > tableEnd)
        {
            throw new FormatException($"Binary property list offset table starts at {offsetTableOffset}, outside the {data.Length} bytes of the file.");
        }

        if (objectCount == 0 || objectCount > (tableEnd - offsetTableOffset) / (ulong)offsetIntSize)
        {
            throw new FormatException($"Binary property list claims {objectCount} objects, which its offset table of {tableEnd - offsetTableOffset} bytes cannot hold.");
        }

        if (topObject >= objectCount)
        {
            throw new FormatException($"Binary property list top object {topObject} is out of range (there are {objectCount} objects).");
        }

        var reader = new BinaryPropertyListReader(data, offsetIntSize, objectRefSize, (int)objectCount, (int)offsetTableOffset);
        return reader.ReadObject((int)topObject, depth: 0);
    }

    private static bool IsValidIntSize(int size) => size is 1 or 2 or 4 or 8;

    private object ReadObject(int index, int depth)
    {
        if (_objects[index] is { } known)
        {
            return known;
        }

        if (_reading[index])
        {
            throw new FormatException($"Binary property list object {index} contains itself (a reference cycle).");
        }

        if (depth > MaxDepth)
        {
            throw new FormatException($"Binary property list nests deeper than {MaxDepth} levels.");
        }

        _reading[index] = true;
        var value = ParseObject(index, ObjectOffset(index), depth);
        _reading[index] = false;
        _objects[index] = value;
        return value;
    }

    private int ObjectOffset(int index)
    {
        var offset = ReadUnsigned(_offsetTableOffset + (index * _offsetIntSize), _offsetIntSize);
        if (offset < HeaderLength || offset >= (ulong)_offsetTableOffset)
        {
            throw new FormatException($"Binary property list object {index} has offset {offset}, outside the object area (8 to {_offsetTableOffset}).");
        }

        return (int)offset;
    }

    private object ParseObject(int index, int offset, int depth)
    {
        var marker = _data[offset];
        var info = marker & 0x0F;
        var position = offset + 1;
        switch (marker >> 4)
        {
            case 0x0 when marker == 0x08:
                return false;
            case 0x0 when marker == 0x09:
                return true;
            case 0x1:
                return ReadInteger(index, position, info);
            case 0x2:
                return ReadReal(index, position, info);
            case 0x3 when info == 0x3:
                return ReferenceDate.AddSeconds(BinaryPrimitives.ReadDoubleBigEndian(Take(index, position, 8)));
            case 0x4:
            {
                var length = ReadCount(index, info, ref position, 1);
                return Take(index, position, length).ToArray();
            }

            case 0x5:
            {
                var length = ReadCount(index, info, ref position, 1);

                // ASCII by contract; Latin-1 keeps any stray high byte instead of turning it into '?'.
                return Encoding.Latin1.GetString(Take(index, position, length));
            }

            case 0x6:
            {
                var length = ReadCount(index, info, ref position, 2);
                return Encoding.BigEndianUnicode.GetString(Take(index, position, length * 2));
            }

            case 0x7:
            {
                var length = ReadCount(index, info, ref position, 1);
                return Encoding.UTF8.GetString(Take(index, position, length));
            }

            case 0x8:
                return new PlistUid(ReadUnsigned(index, position, info + 1));
            case 0xA:
            case 0xC:
                return ReadArray(index, info, position, depth);
            case 0xD:
                return ReadDictionary(index, info, position, depth);
            default:
                throw new FormatException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Binary property list object {index} at offset {offset} has unsupported marker 0x{marker:X2}."));
        }
    }

    private object ReadInteger(int index, int position, int info)
    {
        switch (info)
        {
            case 0:
            case 1:
            case 2:
                // 1, 2 and 4 byte integers are unsigned; 8 byte ones are signed.
                return (long)ReadUnsigned(index, position, 1 << info);
            case 3:
                return BinaryPrimitives.ReadInt64BigEndian(Take(index, position, 8));
            case 4:
            {
                // 16 bytes: CoreFoundation writes unsigned 64-bit values above long.MaxValue this way.
                var bytes = Take(index, position, 16);
                var high = BinaryPrimitives.ReadInt64BigEndian(bytes);
                var low = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
                return high switch
                {
                    0 when low <= long.MaxValue => (long)low,
                    0 => low,
                    -1 when low > long.MaxValue => unchecked((long)low),
                    _ => throw new FormatException($"Binary property list object {index} is an integer outside the 64-bit range."),
                };
            }

            default:
                throw new FormatException($"Binary property list object {index} is an integer of {1 << info} bytes; at most 16 are supported.");
        }
    }

    private double ReadReal(int index, int position, int info) => info switch
    {
        2 => BinaryPrimitives.ReadSingleBigEndian(Take(index, position, 4)),
        3 => BinaryPrimitives.ReadDoubleBigEndian(Take(index, position, 8)),
        _ => throw new FormatException($"Binary property list object {index} is a real of {1 << info} bytes; expected 4 or 8."),
    };

    private List<object> ReadArray(int index, int info, int position, int depth)
    {
        var count = ReadCount(index, info, ref position, _objectRefSize);
        var items = new List<object>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(ReadObject(ReadReference(index, position + (i * _objectRefSize)), depth + 1));
        }

        return items;
    }

    private PlistDictionary ReadDictionary(int index, int info, int position, int depth)
    {
        var count = ReadCount(index, info, ref position, _objectRefSize * 2);
        var dictionary = new PlistDictionary();
        for (var i = 0; i < count; i++)
        {
            var keyObject = ReadObject(ReadReference(index, position + (i * _objectRefSize)), depth + 1);
            if (keyObject is not string key)
            {
                throw new FormatException($"Binary property list dictionary {index} has a key that is a {keyObject.GetType().Name}, not a string.");
            }

            var value = ReadObject(ReadReference(index, position + ((count + i) * _objectRefSize)), depth + 1);
            dictionary.Add(key, value);
        }

        return dictionary;
    }

    /// <summary>
    /// Reads a length: in the marker's low nibble, or after it as an integer object when the nibble is 0xF.
    /// The result is checked against the bytes left, so no allocation is sized by an unchecked number.
    /// </summary>
    private int ReadCount(int index, int info, ref int position, int bytesPerItem)
    {
        ulong count = (ulong)info;
        if (info == 0xF)
        {
            var intMarker = Take(index, position, 1)[0];
            if (intMarker >> 4 != 0x1 || (intMarker & 0x0F) > 3)
            {
                throw new FormatException($"Binary property list object {index} has a malformed length (marker 0x{intMarker:X2}).");
            }

            var size = 1 << (intMarker & 0x0F);
            count = ReadUnsigned(index, position + 1, size);
            position += 1 + size;
        }

        var available = (ulong)(_offsetTableOffset - position) / (ulong)bytesPerItem;
        if (position > _offsetTableOffset || count > available)
        {
            throw new FormatException($"Binary property list object {index} claims {count} items, more than the file holds.");
        }

        return (int)count;
    }

    private int ReadReference(int index, int position)
    {
        var reference = ReadUnsigned(index, position, _objectRefSize);
        if (reference >= (ulong)_objectCount)
        {
            throw new FormatException($"Binary property list object {index} refers to object {reference}, but there are only {_objectCount} objects.");
        }

        return (int)reference;
    }

    private ulong ReadUnsigned(int index, int position, int size) => ReadUnsigned(Take(index, position, size));

    private ulong ReadUnsigned(int position, int size) => ReadUnsigned(_data.AsSpan(position, size));

    private static ulong ReadUnsigned(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 8)
        {
            throw new FormatException($"Binary property list has a {bytes.Length} byte unsigned number; at most 8 are supported.");
        }

        ulong value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>The bytes of an object's payload, which must lie before the offset table.</summary>
    private ReadOnlySpan<byte> Take(int index, int position, int length)
    {
        if (length < 0 || position < 0 || position > _offsetTableOffset || length > _offsetTableOffset - position)
        {
            throw new FormatException($"Binary property list object {index} runs past the end of the object area.");
        }

        return _data.AsSpan(position, length);
    }
}
