using Cake.AppStoreConnect.Client.Access;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Users;

/// <summary>One person of a roster: who they are, their roles, and the apps (bundle ids) they see; none means every app.</summary>
/// <param name="Email">The email address (their Apple Account).</param>
/// <param name="FirstName">The first name.</param>
/// <param name="LastName">The last name.</param>
/// <param name="Roles">Apple's <c>UserRole</c> names.</param>
/// <param name="Apps">Bundle ids (or Apple ids); empty for every app.</param>
public sealed record AscRosterEntry(string Email, string FirstName, string LastName, IReadOnlyList<string> Roles, IReadOnlyList<string> Apps)
{
    /// <inheritdoc />
    public override string ToString() => $"{FirstName} {LastName} <{Email}> ({string.Join(", ", Roles)}; {(Apps.Count == 0 ? "all apps" : string.Join(", ", Apps))})";
}

/// <summary>
/// Reads a user roster: the header <c>Email,First Name,Last Name,Roles,Apps</c>, roles and apps each a <c>;</c> list.
/// Decoded as the tester files are (UTF-8, or as a byte order mark says; Latin-1 refused); every row is checked and all
/// problems are reported together, before anything changes.
/// </summary>
public static class UserRoster
{
    /// <summary>The header a roster starts with.</summary>
    public const string Header = "Email,First Name,Last Name,Roles,Apps";

    /// <summary>Reads a roster file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The people, in file order.</returns>
    /// <exception cref="FormatException">The file is not a roster, or rows are invalid (with their line numbers).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IReadOnlyList<AscRosterEntry> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The roster {path} does not exist.", path);
        }

        using var reader = new StringReader(CsvText.Decode(File.ReadAllBytes(path), path, "roster"));
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads roster text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">What it is, for messages.</param>
    /// <returns>The people, in order.</returns>
    /// <exception cref="FormatException">The header is not the roster's, or rows are invalid (with their line numbers).</exception>
    public static IReadOnlyList<AscRosterEntry> Read(TextReader reader, string source = "the roster")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<AscRosterEntry>();
        var problems = new List<string>();
        var header = true;
        foreach (var (line, fields) in CsvText.ParseRows(reader))
        {
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (header)
            {
                header = false;
                if (string.Join(',', fields.Select(f => f.Trim())) != Header)
                {
                    throw new FormatException($"{source} must start with the header '{Header}' (line {line} is '{string.Join(',', fields)}'); nothing was changed.");
                }

                continue;
            }

            if (Entry(fields, $"line {line}", problems) is { } entry)
            {
                if (entries.Any(e => string.Equals(e.Email, entry.Email, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"line {line}: {entry.Email} is listed twice");
                    continue;
                }

                entries.Add(entry);
            }
        }

        return problems.Count > 0
            ? throw new FormatException($"{source} has {problems.Count} invalid row(s); nothing was changed:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems.Take(20)))
            : entries;
    }

    private static AscRosterEntry? Entry(List<string> fields, string where, List<string> problems)
    {
        string Field(int i) => fields.Count > i ? SafeCsv.ReadCell(fields[i].Trim()) : string.Empty;
        var email = Field(0);
        if (!EmailAddress.IsValid(email))
        {
            problems.Add($"{where}: '{email}' is not an email address (columns: {Header})");
            return null;
        }

        if (Field(1).Length == 0 || Field(2).Length == 0)
        {
            problems.Add($"{where}: {email} needs a first and a last name (App Store Connect requires both)");
            return null;
        }

        if (fields.Any(f => f.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            problems.Add($"{where}: holds U+FFFD, the mark of a character lost when the text was decoded; save the file as UTF-8 and type the names again");
            return null;
        }

        try
        {
            var roles = AscUserRoles.Check(Field(3).Split(';'), $"{where} ({email}), Roles");
            var apps = Field(4).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
            return new AscRosterEntry(email, Field(1), Field(2), roles, apps);
        }
        catch (ArgumentException ex)
        {
            problems.Add(ex.Message);
            return null;
        }
    }
}
