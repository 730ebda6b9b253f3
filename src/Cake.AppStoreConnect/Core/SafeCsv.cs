namespace Cake.AppStoreConnect.Core;

/// <summary>
/// The one CSV cell writer of the add-in (reviews, testers). Cells are RFC 4180: quoted when they hold a
/// comma, quote or line break, quotes doubled. Cells also carry text anyone can write (a review title, a
/// tester's name), and a spreadsheet runs a cell that starts with <c>= + - @</c>, tab, carriage return
/// or NUL as a formula (<c>=HYPERLINK(…)</c>). As OWASP's CSV Injection page and ASVS 1.2.10 recommend,
/// such a cell gets a leading single quote, which spreadsheets take as "text", and is always quoted.
/// </summary>
internal static class SafeCsv
{
    /// <summary>The mark put before a cell a spreadsheet would run as a formula.</summary>
    public const char TextMark = '\'';

    /// <summary>Whether a spreadsheet would take a cell starting with <paramref name="first"/> as a formula.</summary>
    public static bool StartsFormula(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0';

    /// <summary>One cell, neutralised and quoted as needed; <see langword="null"/> is an empty cell.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (StartsFormula(value[0]))
        {
            return Quote(TextMark + value);
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? Quote(value) : value;
    }

    /// <summary>A row of cells, without its line ending.</summary>
    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell));

    /// <summary>
    /// Undoes <see cref="Cell"/>'s mark when a file this add-in wrote is read back, so an export imports
    /// unchanged: a single quote followed by a formula character is dropped.
    /// </summary>
    public static string ReadCell(string value) =>
        value.Length > 1 && value[0] == TextMark && StartsFormula(value[1]) ? value[1..] : value;

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
