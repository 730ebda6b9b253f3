using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// Loads XML found inside archives. Archives come from anywhere, so DTDs are skipped (Apple's plist DTD
/// URL is never fetched) and no external entity can be resolved.
/// </summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>
    /// The deepest element nesting accepted. Real property lists and Distribution scripts nest a handful
    /// of levels; building an XDocument costs time quadratic in the depth (20,000 levels take 3 s,
    /// 200,000 take minutes), so depth is checked by a streaming pass before any tree is built.
    /// </summary>
    public const int MaxDepth = 512;

    /// <summary>Parses a document; malformed or too deeply nested XML surfaces as <see cref="FormatException"/>.</summary>
    public static XDocument Load(Stream stream)
    {
        try
        {
            var start = stream.Position;
            CheckDepth(stream);
            stream.Position = start;
            using var reader = XmlReader.Create(stream, Settings);

            // Whitespace is kept so that "<string> </string>" stays a space; callers walk elements only.
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"The XML is malformed: {ex.Message}", ex);
        }
    }

    /// <summary>Reads the document once without keeping it, refusing it at the first element deeper than <see cref="MaxDepth"/>.</summary>
    private static void CheckDepth(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                var line = reader is IXmlLineInfo info && info.HasLineInfo() ? string.Create(CultureInfo.InvariantCulture, $" (line {info.LineNumber})") : string.Empty;
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The XML nests elements deeper than {MaxDepth} levels{line}; real property lists and Distribution scripts nest a few. The file is damaged or hostile."));
            }
        }
    }

    /// <inheritdoc cref="Load(Stream)"/>
    public static XDocument Load(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        return Load(stream);
    }
}
