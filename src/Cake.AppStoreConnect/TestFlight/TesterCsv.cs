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

        using var reader = new StringReader(CsvText.Decode(File.ReadAllBytes(path), path, "tester file"));
        return Read(reader, Path.GetFileName(path));
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
        foreach (var (line, fields) in CsvText.ParseRows(reader))
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
}
