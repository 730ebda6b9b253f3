using Cake.AppStoreConnect.Client.Reports;

namespace Cake.AppStoreConnect.Reports;

/// <summary>What a report download produced.</summary>
/// <param name="Available">Whether Apple had a report for that period; when false, <see cref="Message"/> has Apple's words.</param>
/// <param name="Message">Apple's text when there is no report, such as "There were no sales for the date specified."</param>
/// <param name="ReportDate">The report date sent, or <see langword="null"/> for Apple's latest.</param>
/// <param name="Report">The parsed report; empty when not available.</param>
/// <param name="TsvFile">The TSV written, or <see langword="null"/>.</param>
/// <param name="GzipFile">The .gz kept, or <see langword="null"/>.</param>
public sealed record AscReportResult(bool Available, string? Message, string? ReportDate, AscReport Report, string? TsvFile, string? GzipFile)
{
    /// <summary>Gets the column names, as Apple wrote them.</summary>
    public IReadOnlyList<string> Columns => Report.Columns;

    /// <summary>Gets the rows, each keyed by Apple's column names.</summary>
    public IReadOnlyList<AscReportRow> Rows => Report.Rows;

    /// <inheritdoc />
    public override string ToString() => Available
        ? $"report {ReportDate ?? "(latest)"}: {Rows.Count} row(s){(TsvFile is null ? string.Empty : ", written to " + TsvFile)}"
        : $"no report {ReportDate ?? "(latest)"}: {Message}";
}
