using System.Globalization;
using System.Xml.Linq;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>Reads Apple's XML property list format (<c>&lt;plist&gt;&lt;dict&gt;&lt;key&gt;…</c>).</summary>
internal static class XmlPropertyListReader
{
    // Deeper than any real plist, shallow enough that recursion cannot exhaust the stack.
    private const int MaxDepth = 512;

    /// <summary>Reads the single value inside the <c>&lt;plist&gt;</c> element.</summary>
    /// <exception cref="FormatException">The data is not a well-formed XML property list.</exception>
    public static object Read(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var root = SafeXml.Load(data).Root;
        if (root is null || root.Name.LocalName != "plist")
        {
            throw new FormatException($"The XML is not a property list: its root element is <{root?.Name.LocalName}>, not <plist>.");
        }

        var values = root.Elements().ToList();
        if (values.Count != 1)
        {
            throw new FormatException($"The <plist> element must hold exactly one value; it holds {values.Count}.");
        }

        return ReadValue(values[0], depth: 0);
    }

    private static object ReadValue(XElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException($"The property list nests deeper than {MaxDepth} levels.");
        }

        var name = element.Name.LocalName;
        return name switch
        {
            "string" => element.Value,
            "integer" => ParseInteger(element.Value),
            "real" => ParseReal(element.Value),
            "true" => true,
            "false" => false,
            "date" => ParseDate(element.Value),
            "data" => ParseData(element.Value),
            "array" => element.Elements().Select(item => ReadValue(item, depth + 1)).ToList(),
            "dict" => ReadDictionary(element, depth),
            _ => throw new FormatException($"The property list has an unknown element <{name}>{LineInfo(element)}."),
        };
    }

    private static PlistDictionary ReadDictionary(XElement element, int depth)
    {
        var dictionary = new PlistDictionary();
        using var children = element.Elements().GetEnumerator();
        while (children.MoveNext())
        {
            var keyElement = children.Current;
            if (keyElement.Name.LocalName != "key")
            {
                throw new FormatException($"A <dict> holds <{keyElement.Name.LocalName}> where a <key> was expected{LineInfo(keyElement)}.");
            }

            if (!children.MoveNext())
            {
                throw new FormatException($"The <key>{keyElement.Value}</key> has no value{LineInfo(keyElement)}.");
            }

            dictionary.Add(keyElement.Value, ReadValue(children.Current, depth + 1));
        }

        return dictionary;
    }

    private static object ParseInteger(string text)
    {
        var trimmed = text.Trim();
        var negative = trimmed.StartsWith('-');
        var digits = negative || trimmed.StartsWith('+') ? trimmed[1..] : trimmed;
        var isHex = digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        var style = isHex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        if (!ulong.TryParse(isHex ? digits[2..] : digits, style, CultureInfo.InvariantCulture, out var magnitude))
        {
            throw new FormatException($"'{text}' is not a property list <integer>.");
        }

        if (negative && magnitude > (ulong)long.MaxValue + 1)
        {
            throw new FormatException($"<integer>{text}</integer> is below the 64-bit range.");
        }

        // Only values above long.MaxValue stay unsigned, matching the binary reader.
        object value = negative ? unchecked(-(long)magnitude)
            : magnitude <= long.MaxValue ? (long)magnitude
            : magnitude;
        return value;
    }

    private static double ParseReal(string text)
    {
        var trimmed = text.Trim();
        switch (trimmed.ToUpperInvariant())
        {
            case "NAN":
                return double.NaN;
            case "INF" or "+INF" or "INFINITY" or "+INFINITY":
                return double.PositiveInfinity;
            case "-INF" or "-INFINITY":
                return double.NegativeInfinity;
        }

        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{text}' is not a property list <real>.");
        }

        return value;
    }

    private static DateTimeOffset ParseDate(string text)
    {
        if (!DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            throw new FormatException($"'{text}' is not a property list <date> (expected e.g. 2024-05-01T12:00:00Z).");
        }

        return value;
    }

    private static byte[] ParseData(string text)
    {
        try
        {
            // FromBase64String skips the line breaks and indentation that plist writers put inside <data>.
            return Convert.FromBase64String(text);
        }
        catch (FormatException ex)
        {
            throw new FormatException("A property list <data> element is not valid base64.", ex);
        }
    }

    private static string LineInfo(XElement element) =>
        element is System.Xml.IXmlLineInfo info && info.HasLineInfo()
            ? string.Create(CultureInfo.InvariantCulture, $" (line {info.LineNumber})")
            : string.Empty;
}
