using System.Buffers.Binary;
using System.Collections;
using System.Text;
using Cake.AppStoreConnect.Builds.Archives;

namespace Cake.AppStoreConnect.SampleIpa;

/// <summary>
/// Writes binary property lists (<c>bplist00</c>), the format Xcode gives Info.plist inside an IPA.
/// Accepts <see cref="string"/>, <see cref="bool"/>, integers, <see cref="float"/>/<see cref="double"/>,
/// <see cref="DateTimeOffset"/>/<see cref="DateTime"/>, <see cref="byte"/>[], <see cref="PlistUid"/>,
/// dictionaries with string keys and other sequences (written as arrays).
/// </summary>
internal sealed class BinaryPlistWriter
{
    private const int MaxDepth = 512;
    private static readonly DateTimeOffset ReferenceDate = new(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly int _minimumReferenceSize;

    /// <summary>Creates a writer that picks the smallest object reference size that fits.</summary>
    public BinaryPlistWriter()
        : this(1)
    {
    }

    /// <summary>
    /// Creates a writer whose object references and offsets are at least <paramref name="minimumReferenceSize"/>
    /// bytes wide, so readers can be tested with the wide forms a small plist would not need.
    /// </summary>
    public BinaryPlistWriter(int minimumReferenceSize)
    {
        if (minimumReferenceSize is not (1 or 2 or 4 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumReferenceSize), minimumReferenceSize, "Use 1, 2, 4 or 8.");
        }

        _minimumReferenceSize = minimumReferenceSize;
    }

    /// <summary>Serializes <paramref name="root"/> to a byte array.</summary>
    public byte[] Write(object root)
    {
        using var stream = new MemoryStream();
        Write(root, stream);
        return stream.ToArray();
    }

    /// <summary>Serializes <paramref name="root"/> to <paramref name="destination"/>.</summary>
    public void Write(object root, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(destination);

        var nodes = new List<Node>();
        Flatten(root, nodes, depth: 0);
        var referenceSize = Math.Max(_minimumReferenceSize, SizeFor((ulong)nodes.Count));

        using var body = new MemoryStream();
        body.Write("bplist00"u8);
        var offsets = new long[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            offsets[i] = body.Position;
            WriteNode(body, nodes[i], referenceSize);
        }

        var offsetTableOffset = body.Position;
        var offsetSize = Math.Max(_minimumReferenceSize, SizeFor((ulong)offsetTableOffset));
        foreach (var offset in offsets)
        {
            WriteSized(body, (ulong)offset, offsetSize);
        }

        Span<byte> trailer = stackalloc byte[32];
        trailer[6] = (byte)offsetSize;
        trailer[7] = (byte)referenceSize;
        BinaryPrimitives.WriteUInt64BigEndian(trailer[8..], (ulong)nodes.Count);
        BinaryPrimitives.WriteUInt64BigEndian(trailer[16..], 0);
        BinaryPrimitives.WriteUInt64BigEndian(trailer[24..], (ulong)offsetTableOffset);
        body.Write(trailer);

        body.Position = 0;
        body.CopyTo(destination);
    }

    /// <summary>Numbers the objects depth first; containers keep the indexes of their children.</summary>
    private static int Flatten(object value, List<Node> nodes, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"The value nests deeper than {MaxDepth} levels; does it contain itself?", nameof(value));
        }

        var index = nodes.Count;
        nodes.Add(default);
        switch (value)
        {
            case string or bool or byte[] or PlistUid or DateTimeOffset or DateTime or double or float:
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                nodes[index] = new Node(value, []);
                break;
            case IDictionary dictionary:
                nodes[index] = FlattenDictionary(value, ToPairs(dictionary), nodes, depth);
                break;
            case IEnumerable<KeyValuePair<string, object>> pairs:
                nodes[index] = FlattenDictionary(value, pairs.ToList(), nodes, depth);
                break;
            case IEnumerable items:
            {
                var children = new List<int>();
                foreach (var item in items)
                {
                    children.Add(Flatten(item ?? throw new ArgumentException("Property lists cannot hold null.", nameof(value)), nodes, depth + 1));
                }

                nodes[index] = new Node(value, [.. children]);
                break;
            }

            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be written to a property list.", nameof(value));
        }

        return index;
    }

    private static List<KeyValuePair<string, object>> ToPairs(IDictionary dictionary)
    {
        var pairs = new List<KeyValuePair<string, object>>(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
            {
                throw new ArgumentException("Property list dictionary keys must be strings.", nameof(dictionary));
            }

            pairs.Add(new(key, entry.Value ?? throw new ArgumentException($"Property list value for '{key}' is null.", nameof(dictionary))));
        }

        return pairs;
    }

    private static Node FlattenDictionary(object value, List<KeyValuePair<string, object>> pairs, List<Node> nodes, int depth)
    {
        // The format stores all key references, then all value references.
        var children = new int[pairs.Count * 2];
        for (var i = 0; i < pairs.Count; i++)
        {
            children[i] = Flatten(pairs[i].Key, nodes, depth + 1);
            children[pairs.Count + i] = Flatten(pairs[i].Value ?? throw new ArgumentException($"Property list value for '{pairs[i].Key}' is null.", nameof(value)), nodes, depth + 1);
        }

        return new Node(new DictionaryMarker(), children);
    }

    private static void WriteNode(Stream stream, Node node, int referenceSize)
    {
        switch (node.Value)
        {
            case bool flag:
                stream.WriteByte(flag ? (byte)0x09 : (byte)0x08);
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                WriteInteger(stream, Convert.ToInt64(node.Value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong unsigned when unsigned <= long.MaxValue:
                WriteInteger(stream, (long)unsigned);
                break;
            case ulong unsigned:
                // Values above long.MaxValue only fit the 16 byte form (high half zero).
                stream.WriteByte(0x14);
                WriteSized(stream, 0, 8);
                WriteSized(stream, unsigned, 8);
                break;
            case float or double:
                stream.WriteByte(0x23);
                WriteDouble(stream, Convert.ToDouble(node.Value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset date:
                WriteDate(stream, date);
                break;
            case DateTime date:
                WriteDate(stream, new DateTimeOffset(date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date));
                break;
            case byte[] bytes:
                WriteHeader(stream, 0x4, bytes.Length);
                stream.Write(bytes);
                break;
            case string text:
                WriteString(stream, text);
                break;
            case PlistUid uid:
            {
                var size = SizeFor(uid.Value);
                stream.WriteByte((byte)(0x80 | (size - 1)));
                WriteSized(stream, uid.Value, size);
                break;
            }

            case DictionaryMarker:
                WriteHeader(stream, 0xD, node.Children.Length / 2);
                WriteReferences(stream, node.Children, referenceSize);
                break;
            default:
                WriteHeader(stream, 0xA, node.Children.Length);
                WriteReferences(stream, node.Children, referenceSize);
                break;
        }
    }

    private static void WriteString(Stream stream, string text)
    {
        if (Ascii.IsValid(text))
        {
            WriteHeader(stream, 0x5, text.Length);
            stream.Write(Encoding.ASCII.GetBytes(text));
        }
        else
        {
            // The count is in UTF-16 code units, which is what string.Length counts.
            WriteHeader(stream, 0x6, text.Length);
            stream.Write(Encoding.BigEndianUnicode.GetBytes(text));
        }
    }

    private static void WriteInteger(Stream stream, long value)
    {
        // Negative numbers need the signed 8 byte form; the shorter forms are unsigned.
        var size = value < 0 ? 8 : SizeFor((ulong)value);
        stream.WriteByte((byte)(0x10 | BitLog2(size)));
        WriteSized(stream, unchecked((ulong)value), size);
    }

    private static void WriteDate(Stream stream, DateTimeOffset date)
    {
        stream.WriteByte(0x33);
        WriteDouble(stream, (date - ReferenceDate).TotalSeconds);
    }

    private static void WriteDouble(Stream stream, double value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void WriteHeader(Stream stream, int type, int count)
    {
        if (count < 0x0F)
        {
            stream.WriteByte((byte)((type << 4) | count));
            return;
        }

        stream.WriteByte((byte)((type << 4) | 0x0F));
        WriteInteger(stream, count);
    }

    private static void WriteReferences(Stream stream, int[] references, int referenceSize)
    {
        foreach (var reference in references)
        {
            WriteSized(stream, (ulong)reference, referenceSize);
        }
    }

    private static void WriteSized(Stream stream, ulong value, int size)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value);
        stream.Write(bytes[(8 - size)..]);
    }

    private static int SizeFor(ulong value) => value switch
    {
        <= byte.MaxValue => 1,
        <= ushort.MaxValue => 2,
        <= uint.MaxValue => 4,
        _ => 8,
    };

    private static int BitLog2(int size) => size switch
    {
        1 => 0,
        2 => 1,
        4 => 2,
        _ => 3,
    };

    private readonly record struct Node(object Value, int[] Children);

    private sealed class DictionaryMarker;
}
