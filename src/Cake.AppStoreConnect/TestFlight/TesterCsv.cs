using System.Globalization;
using System.Text;
using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>
/// Testers as fastlane pilot reads and writes them: <c>First,Last,Email,Groups</c>, groups separated by
/// <c>;</c>. A first row whose email column holds no address is a header; further columns (pilot's
/// export adds devices and versions) are ignored, so pilot's exports import unchanged.
/// </summary>
public static class TesterCsv
{
    /// <summary>The header <see cref="Write(IEnumerable{AscBetaTester}, TextWriter)"/> writes, as pilot's export does.</summary>
    public static readonly IReadOnlyList<string> Header = ["First", "Last", "Email", "Groups", "Devices", "Installed Version", "Install Date"];

    /// <summary>Reads a file. Every row is checked; all problems are reported together.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The testers, in file order.</returns>
    /// <exception cref="FormatException">Rows without a valid email address, with their line numbers.</exception>
    public static IReadOnlyList<AscTester> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Tester file {path} does not exist.", path);
        }

        using var reader = new StringReader(Decode(File.ReadAllBytes(path), path));
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>
    /// The file's text: UTF-16 or UTF-8 when a byte order mark says so, otherwise UTF-8, which must be valid.
    /// A file saved as Latin-1 or Windows-1252 (Excel's plain "CSV") is refused with its first bad line
    /// rather than read with replacement characters that would reach App Store Connect as testers' names.
    /// </summary>
    /// <exception cref="FormatException">The bytes are not valid in the file's encoding.</exception>
    internal static string Decode(byte[] bytes, string path)
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
                $"The tester file {path} is not UTF-8: line {line} holds the byte 0x{content[bad]:X2}, which UTF-8 does not allow (the file is probably Latin-1 or Windows-1252, Excel's plain \"CSV\"). Save it as UTF-8 (Excel: \"CSV UTF-8\"; or iconv -f WINDOWS-1252 -t UTF-8) and run again; nothing was changed."));
        }

        try
        {
            return encoding.GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException($"The tester file {path} starts with a UTF-16 byte order mark but holds bytes that are not UTF-16. Save it as UTF-8 and run again; nothing was changed.", ex);
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

    /// <summary>Reads CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">What the text is, for messages.</param>
    /// <returns>The testers, in order.</returns>
    /// <exception cref="FormatException">Rows without a valid email address, with their line numbers.</exception>
    public static IReadOnlyList<AscTester> Read(TextReader reader, string source = "the tester list")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var testers = new List<AscTester>();
        var problems = new List<string>();
        var first = true;
        foreach (var (line, fields) in ParseRows(reader))
        {
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var email = fields.Count > 2 ? fields[2].Trim() : string.Empty;
            if (first && !email.Contains('@', StringComparison.Ordinal))
            {
                first = false;
                continue;
            }

            first = false;
            if (!AscTester.IsValidEmail(email))
            {
                problems.Add($"line {line}: '{email}' is not an email address (columns are first name, last name, email, groups separated by ';')");
                continue;
            }

            if (fields.Any(f => f.Contains('\uFFFD', StringComparison.Ordinal)))
            {
                problems.Add($"line {line}: holds U+FFFD, the mark of a character lost when the text was decoded; save the file as UTF-8 and type the names again");
                continue;
            }

            // Cells this add-in exported carry a quote before a formula character (SafeCsv); read them back as they were.
            testers.Add(new AscTester(email, SafeCsv.ReadCell(fields[0]), fields.Count > 1 ? SafeCsv.ReadCell(fields[1]) : null, fields.Count > 3 ? fields[3].Split(';').Select(SafeCsv.ReadCell).ToArray() : []));
        }

        return problems.Count > 0
            ? throw new FormatException($"{source} has {problems.Count} invalid row(s); nothing was changed:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems.Take(20)) + (problems.Count > 20 ? $"{Environment.NewLine}  … and {problems.Count - 20} more" : string.Empty))
            : testers;
    }

    /// <summary>Writes testers to a file in pilot's export format.</summary>
    /// <param name="testers">The testers, with their groups.</param>
    /// <param name="path">The file; its folder is created.</param>
    public static void Write(IEnumerable<AscBetaTester> testers, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        Write(testers, writer);
    }

    /// <summary>Writes testers in pilot's export format.</summary>
    /// <param name="testers">The testers, with their groups.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(IEnumerable<AscBetaTester> testers, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(testers);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(SafeCsv.Row(Header) + "\n");
        foreach (var tester in testers)
        {
            string[] row = [tester.FirstName ?? string.Empty, tester.LastName ?? string.Empty, tester.Email, string.Join(';', tester.Groups), tester.Devices.ToString(CultureInfo.InvariantCulture), tester.InstalledVersion ?? string.Empty, string.Empty];
            writer.Write(SafeCsv.Row(row) + "\n");
        }
    }

    /// <summary>RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    private static IEnumerable<(int Line, List<string> Fields)> ParseRows(TextReader reader)
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
