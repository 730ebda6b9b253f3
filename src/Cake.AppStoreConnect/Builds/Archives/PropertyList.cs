namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>Reads a property list in either of the formats Xcode writes: binary or XML.</summary>
internal static class PropertyList
{
    /// <summary>Reads the top value of a binary or XML property list.</summary>
    /// <exception cref="FormatException">The data is neither, or is malformed.</exception>
    public static object Read(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (BinaryPropertyListReader.HasBinaryHeader(data))
        {
            return BinaryPropertyListReader.Read(data);
        }

        if (LooksLikeXml(data))
        {
            return XmlPropertyListReader.Read(data);
        }

        throw new FormatException(data.Length == 0
            ? "The property list is empty."
            : "The data is neither a binary property list ('bplist00') nor an XML one ('<?xml' / '<plist').");
    }

    /// <summary>Reads a property list whose top value must be a dictionary, as Info.plist's is.</summary>
    public static PlistDictionary ReadDictionary(byte[] data) =>
        Read(data) as PlistDictionary
        ?? throw new FormatException("The property list's top value is not a dictionary.");

    private static bool LooksLikeXml(ReadOnlySpan<byte> data)
    {
        // UTF-8 or UTF-16 byte order marks, then optional whitespace, then '<'.
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            data = data[3..];
        }
        else if (data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return true;
        }

        var start = data.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && data[start] == (byte)'<';
    }
}
