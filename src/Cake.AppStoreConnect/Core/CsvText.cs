using System.Globalization;
using System.Text;

namespace Cake.AppStoreConnect.Core;

/// <summary>
/// How the add-in reads the CSV files people give it (testers, user rosters): the bytes decoded strictly, as UTF-8
/// or as a byte order mark says, and RFC 4180 rows with their line numbers.
/// </summary>
internal static class CsvText
{
    /// <summary>
    /// The file's text: UTF-16 or UTF-8 when a byte order mark says so, otherwise UTF-8, which must be valid.
    /// A file saved as Latin-1 or Windows-1252 (Excel's plain "CSV") is refused with its first bad line
    /// rather than read with replacement characters that would reach App Store Connect as testers' names.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The file, for messages.</param>
    /// <param name="what">What the file is, for messages: "tester file", "roster".</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The bytes are not valid in the file's encoding.</exception>
    public static string Decode(byte[] bytes, string path, string what)
    {
        var (encoding, bomLength) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)new UTF8Encoding(false, throwOnInvalidBytes: true), 3),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            _ => (new UTF8Encoding(false, throwOnInvalidBytes: true), 0),
        };
        var content = bytes.AsSpan(bomLength);
        if (encoding is UTF8Encoding && FirstInvalidUtf8(content) is { } bad)
        {
            var line = content[..bad].Count((byte)'\n') + 1;
            throw new FormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"The {what} {path} is not UTF-8: line {line} holds the byte 0x{content[bad]:X2}, which UTF-8 does not allow (the file is probably Latin-1 or Windows-1252, Excel's plain \"CSV\"). Save it as UTF-8 (Excel: \"CSV UTF-8\"; or iconv -f WINDOWS-1252 -t UTF-8) and run again; nothing was changed."));
        }

        try
        {
            return encoding.GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException($"The {what} {path} starts with a UTF-16 byte order mark but holds bytes that are not UTF-16. Save it as UTF-8 and run again; nothing was changed.", ex);
        }
    }

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }

    /// <summary>RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> ParseRows(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var rowLine = 1;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return (rowLine, fields);
                fields = [];
                line++;
                rowLine = line;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (rowLine, fields);
        }
    }
}
