using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// A xar archive, the container of macOS installer packages: a binary header, a zlib-compressed XML
/// table of contents, then a heap holding each file's (usually compressed) bytes. Only the header and
/// table of contents are read on open; a file's bytes are read when asked for.
/// </summary>
internal sealed class XarArchive
{
    private const int MinimumHeaderSize = 28;

    // Real tables of contents are kilobytes even for large packages; beyond this is damage.
    private const int MaxTocBytes = 64 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly long _heapStart;
    private readonly XDocument _toc;

    private XarArchive(Stream stream, long heapStart, XDocument toc)
    {
        _stream = stream;
        _heapStart = heapStart;
        _toc = toc;
    }

    /// <summary>Reads the header and table of contents.</summary>
    /// <param name="stream">The archive, readable and seekable; it must stay open while the result is used.</param>
    /// <exception cref="FormatException">The stream is not a readable xar archive.</exception>
    public static XarArchive Open(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[MinimumHeaderSize];
        stream.Position = 0;
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
        {
            throw new FormatException("The xar header is truncated.");
        }

        if (!header.StartsWith("xar!"u8))
        {
            throw new FormatException("The file does not start with the xar magic 'xar!'.");
        }

        var headerSize = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
        var version = BinaryPrimitives.ReadUInt16BigEndian(header[6..]);
        var tocCompressed = BinaryPrimitives.ReadUInt64BigEndian(header[8..]);
        var tocUncompressed = BinaryPrimitives.ReadUInt64BigEndian(header[16..]);
        if (headerSize < MinimumHeaderSize || version != 1)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The xar header (size {headerSize}, version {version}) is not a version 1 header of at least {MinimumHeaderSize} bytes."));
        }

        if (tocCompressed == 0 || tocCompressed > (ulong)(stream.Length - headerSize) || tocCompressed > MaxTocBytes || tocUncompressed > MaxTocBytes)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The xar table of contents ({tocCompressed} bytes compressed, {tocUncompressed} uncompressed) does not fit the {stream.Length} byte file."));
        }

        stream.Position = headerSize;
        var compressed = new byte[tocCompressed];
        stream.ReadExactly(compressed);
        var toc = SafeXml.Load(Inflate(compressed, MaxTocBytes, "table of contents"));
        return new XarArchive(stream, headerSize + (long)tocCompressed, toc);
    }

    /// <summary>Finds a file at the top level of the archive by name, e.g. <c>Distribution</c>.</summary>
    public XarFile? FindTopLevelFile(string name) =>
        _toc.Root?.Element("toc")?.Elements("file")
            .Where(f => (string?)f.Element("name") == name && ((string?)f.Element("type") ?? "file") == "file")
            .Select(f => ParseFile(name, f))
            .FirstOrDefault();

    /// <summary>Reads and decodes a file's bytes from the heap.</summary>
    /// <exception cref="FormatException">The file's data lies outside the archive or cannot be decoded.</exception>
    /// <exception cref="NotSupportedException">The file uses an encoding other than gzip/zlib or none.</exception>
    public byte[] ReadFile(XarFile file, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Offset > _stream.Length - _heapStart || file.Length > _stream.Length - _heapStart - file.Offset)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The xar entry '{file.Name}' (offset {file.Offset}, length {file.Length}) lies outside the archive."));
        }

        if (file.Length > maxBytes || file.Size > maxBytes)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The xar entry '{file.Name}' is {Math.Max(file.Length, file.Size)} bytes, more than the {maxBytes} expected."));
        }

        var stored = new byte[file.Length];
        _stream.Position = _heapStart + file.Offset;
        _stream.ReadExactly(stored);
        return file.Encoding switch
        {
            null or "application/octet-stream" => stored,
            "application/x-gzip" => Inflate(stored, maxBytes, $"entry '{file.Name}'"),
            _ => throw new NotSupportedException($"The xar entry '{file.Name}' uses the encoding '{file.Encoding}'; only gzip and none are supported."),
        };
    }

    private static XarFile ParseFile(string name, XElement file)
    {
        var data = file.Element("data")
            ?? throw new FormatException($"The xar entry '{name}' has no <data> element.");
        return new XarFile(
            name,
            ReadNumber(data, "offset", name),
            ReadNumber(data, "length", name),
            ReadNumber(data, "size", name),
            (string?)data.Element("encoding")?.Attribute("style"));
    }

    private static long ReadNumber(XElement data, string element, string name)
    {
        var text = (string?)data.Element(element);
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"The xar entry '{name}' has no valid <{element}> ('{text}').");
        }

        return value;
    }

    /// <summary>
    /// Decompresses xar's "gzip" encoding, which is in fact a zlib stream; a true gzip stream is accepted
    /// too, since some writers produce one.
    /// </summary>
    private static byte[] Inflate(byte[] compressed, int maxBytes, string what)
    {
        using var input = new MemoryStream(compressed, writable: false);
        using Stream inflater = compressed is [0x1F, 0x8B, ..]
            ? new GZipStream(input, CompressionMode.Decompress)
            : new ZLibStream(input, CompressionMode.Decompress);
        try
        {
            return BoundedRead.ReadAll(inflater, maxBytes);
        }
        catch (InvalidDataException ex)
        {
            throw new FormatException($"The xar {what} cannot be decompressed: {ex.Message}", ex);
        }
    }
}

/// <summary>A file in a xar archive's table of contents.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Offset">Where its bytes start, relative to the heap.</param>
/// <param name="Length">How many bytes it occupies in the heap (after encoding).</param>
/// <param name="Size">Its size once decoded.</param>
/// <param name="Encoding">The MIME type of its encoding, e.g. <c>application/x-gzip</c>; <see langword="null"/> when stored.</param>
internal sealed record XarFile(string Name, long Offset, long Length, long Size, string? Encoding);
