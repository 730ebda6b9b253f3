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

    /// <summary>Parses a document; malformed XML surfaces as <see cref="FormatException"/>.</summary>
    public static XDocument Load(Stream stream)
    {
        try
        {
            using var reader = XmlReader.Create(stream, Settings);

            // Whitespace is kept so that "<string> </string>" stays a space; callers walk elements only.
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"The XML is malformed: {ex.Message}", ex);
        }
    }

    /// <inheritdoc cref="Load(Stream)"/>
    public static XDocument Load(byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        return Load(stream);
    }
}
