using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Cake.AppStoreConnect.Client.Reports;

/// <summary>
/// A report read from Apple's tab-separated text: the header row's column names, one row per line
/// keyed by those names, and the trailing totals some reports carry (<c>Total_Rows</c>, <c>Total_Amount</c>, …).
/// </summary>
public sealed class AscReport
{
    private static readonly char[] Delimiters = ['\t', ',', ';'];

    private AscReport(IReadOnlyList<string> columns, IReadOnlyList<AscReportRow> rows, IReadOnlyDictionary<string, string> totals)
    {
        Columns = columns;
        Rows = rows;
        Totals = totals;
    }

    /// <summary>Gets an empty report.</summary>
    public static AscReport Empty { get; } = new([], [], new Dictionary<string, string>());

    /// <summary>Gets the column names, exactly as Apple wrote them, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the data rows.</summary>
    public IReadOnlyList<AscReportRow> Rows { get; }

    /// <summary>Gets the summary lines after the data (a name and a value per line), such as <c>Total_Rows</c>.</summary>
    public IReadOnlyDictionary<string, string> Totals { get; }

    /// <summary>Reads a gzip-compressed report as Apple sends it.</summary>
    /// <param name="gzip">The gzip bytes.</param>
    /// <returns>The report.</returns>
    public static AscReport FromGzip(ReadOnlyMemory<byte> gzip) => Parse(Decompress(gzip));

    /// <summary>Decompresses Apple's gzip body to the report's text.</summary>
    /// <param name="gzip">The gzip bytes.</param>
    /// <returns>The TSV text.</returns>
    public static string Decompress(ReadOnlyMemory<byte> gzip)
    {
        using var compressed = new MemoryStream(gzip.ToArray(), writable: false);
        using var inflate = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(inflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a report's text: tab-, comma- or semicolon-separated (detected from the header row).</summary>
    /// <param name="tsv">The text: a header row, data rows, then optionally a blank line and totals.</param>
    /// <returns>The report.</returns>
    public static AscReport Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var lines = tsv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var index = 0;
        while (index < lines.Length && lines[index].Trim().Length == 0)
        {
            index++;
        }

        if (index == lines.Length)
        {
            return Empty;
        }

        var header = lines[index++].TrimStart('\uFEFF');
        var delimiter = Delimiter(header);
        var columns = header.Split(delimiter).Select(c => c.Trim()).ToArray();
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            positions.TryAdd(columns[i], i);
        }

        var rows = new List<AscReportRow>();
        var totals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var inTotals = false;
        for (; index < lines.Length; index++)
        {
            var line = lines[index];
            if (line.Trim().Length == 0)
            {
                inTotals = rows.Count > 0 || inTotals;
                continue;
            }

            var cells = line.Split(delimiter);
            if (inTotals || (cells.Length <= 2 && cells[0].StartsWith("Total_", StringComparison.OrdinalIgnoreCase)))
            {
                inTotals = true;
                totals[cells[0].Trim()] = cells.Length > 1 ? cells[1].Trim() : string.Empty;
                continue;
            }

            var values = new string[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                values[i] = i < cells.Length ? cells[i].Trim() : string.Empty;
            }

            rows.Add(new AscReportRow(columns, positions, values));
        }

        return new AscReport(columns, rows, totals);
    }

    /// <summary>
    /// The delimiter of a header row: Apple's sales files use tabs and its analytics files are documented
    /// without one, so whichever of tab, comma and semicolon splits the header most wins (tab on a tie).
    /// </summary>
    /// <param name="header">The header row.</param>
    /// <returns>The delimiter.</returns>
    public static char Delimiter(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Delimiters.OrderByDescending(d => header.Count(c => c == d)).First();
    }

    /// <summary>Adds up a numeric column, such as <c>Units</c> or <c>Developer Proceeds</c>; blank cells count as zero.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The sum.</returns>
    public decimal Sum(string column) => Rows.Sum(r => r.GetDecimal(column) ?? 0m);

    /// <summary>Gets a value indicating whether the report has a column.</summary>
    /// <param name="column">The column name, any case.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool HasColumn(string column) => Columns.Contains(column, StringComparer.OrdinalIgnoreCase);
}

/// <summary>One row of a report: a dictionary from Apple's column name to the cell's text, with typed helpers.</summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "It is a row of a report; being a dictionary is how its cells are read.")]
public sealed class AscReportRow : IReadOnlyDictionary<string, string>
{
    private static readonly string[] DateFormats = ["MM/dd/yyyy", "yyyy-MM-dd", "M/d/yyyy", "yyyyMMdd"];
    private readonly IReadOnlyList<string> _columns;
    private readonly Dictionary<string, int> _positions;
    private readonly string[] _values;

    internal AscReportRow(IReadOnlyList<string> columns, Dictionary<string, int> positions, string[] values)
    {
        _columns = columns;
        _positions = positions;
        _values = values;
    }

    /// <inheritdoc />
    public int Count => _columns.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _columns;

    /// <inheritdoc />
    public IEnumerable<string> Values => _values;

    /// <summary>Gets a cell by column name (any case).</summary>
    /// <param name="key">The column name.</param>
    /// <returns>The cell's text.</returns>
    /// <exception cref="KeyNotFoundException">The report has no such column; the message lists those it has.</exception>
    public string this[string key] => TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"The report has no column '{key}'. Its columns: {string.Join(", ", _columns)}.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => _positions.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (_positions.TryGetValue(key, out var position))
        {
            value = _values[position];
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Gets a cell's text, or <see langword="null"/> when the column is missing or the cell blank.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The text.</returns>
    public string? GetString(string column) => TryGetValue(column, out var value) && value.Length > 0 ? value : null;

    /// <summary>Reads a number such as <c>Units</c>, <c>Developer Proceeds</c> or <c>Customer Price</c> (invariant culture).</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The number, or <see langword="null"/> when blank or not a number.</returns>
    public decimal? GetDecimal(string column) =>
        GetString(column) is { } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Reads a whole number such as <c>Units</c> or <c>Quantity</c>.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The number, or <see langword="null"/> when blank or not a whole number.</returns>
    public long? GetInt64(string column) =>
        GetString(column) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Reads a date such as <c>Begin Date</c> (Apple writes <c>MM/DD/YYYY</c>).</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The date, or <see langword="null"/> when blank or not a date.</returns>
    public DateOnly? GetDate(string column) =>
        GetString(column) is { } text && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            yield return new(_columns[i], _values[i]);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", this.Select(p => $"{p.Key}={p.Value}"));
}
