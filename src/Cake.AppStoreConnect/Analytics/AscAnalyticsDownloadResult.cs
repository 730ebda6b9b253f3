using Cake.AppStoreConnect.Client.Reports;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>What one run of <c>AscDownloadAnalyticsReports</c> downloaded.</summary>
public sealed class AscAnalyticsDownloadResult
{
    internal AscAnalyticsDownloadResult(IReadOnlyList<AscAnalyticsInstanceData> instances, int alreadyDownloaded, string? pending, bool deduplicated)
    {
        Instances = instances;
        AlreadyDownloaded = alreadyDownloaded;
        Pending = pending;
        Tables = [.. instances.GroupBy(i => (i.Report, i.Granularity)).Select(g => AscAnalyticsTable.Of(g.Key.Report, g.Key.Granularity, [.. g], deduplicated))];
    }

    /// <summary>Gets the instances downloaded by this run, each with its files and rows.</summary>
    public IReadOnlyList<AscAnalyticsInstanceData> Instances { get; }

    /// <summary>Gets how many matching instances earlier runs had already downloaded (skipped now).</summary>
    public int AlreadyDownloaded { get; }

    /// <summary>Gets why there is nothing yet (no request, or Apple still making the first reports); <see langword="null"/> otherwise.</summary>
    public string? Pending { get; }

    /// <summary>Gets this run's rows per report and granularity, de-duplicated by row date when asked.</summary>
    public IReadOnlyList<AscAnalyticsTable> Tables { get; }

    /// <inheritdoc />
    public override string ToString() => Pending ?? $"{Instances.Count} new instance(s) downloaded, {AlreadyDownloaded} already there.";
}

/// <summary>One downloaded instance.</summary>
/// <param name="InstanceId">Apple's instance id.</param>
/// <param name="Report">The report's name.</param>
/// <param name="Category">The report's category.</param>
/// <param name="Granularity"><c>DAILY</c>, <c>WEEKLY</c> or <c>MONTHLY</c>.</param>
/// <param name="ProcessingDate">The day Apple made the data available.</param>
/// <param name="Files">The decompressed files written, one per segment.</param>
/// <param name="Rows">The rows of all its segments (column names from the header row).</param>
public sealed record AscAnalyticsInstanceData(string InstanceId, string Report, string Category, string Granularity, DateOnly ProcessingDate, IReadOnlyList<string> Files, AscReport Rows)
{
    /// <inheritdoc />
    public override string ToString() => $"{Report} {Granularity} {ProcessingDate:yyyy-MM-dd}: {Rows.Rows.Count} row(s) in {Files.Count} file(s)";
}

/// <summary>The rows of one report and granularity from the instances of a run.</summary>
/// <param name="Report">The report's name.</param>
/// <param name="Granularity">The granularity.</param>
/// <param name="Columns">The column names.</param>
/// <param name="Rows">The rows.</param>
public sealed record AscAnalyticsTable(string Report, string Granularity, IReadOnlyList<string> Columns, IReadOnlyList<AscReportRow> Rows)
{
    /// <summary>The column holding the day a row is about.</summary>
    public const string DateColumn = "Date";

    /// <inheritdoc />
    public override string ToString() => $"{Report} {Granularity}: {Rows.Count} row(s), columns {string.Join(", ", Columns)}";

    /// <summary>
    /// Combines instances. De-duplicated, a row date's rows come only from the instance with the latest
    /// processing date holding that date: Apple's instance "might contain data for that day, full data for past
    /// dates, or both", so a later instance restates earlier days and its figures replace theirs.
    /// </summary>
    internal static AscAnalyticsTable Of(string report, string granularity, IReadOnlyList<AscAnalyticsInstanceData> instances, bool deduplicate)
    {
        var columns = instances.Select(i => i.Rows.Columns).FirstOrDefault(c => c.Count > 0) ?? [];
        if (!deduplicate || !columns.Contains(DateColumn, StringComparer.OrdinalIgnoreCase))
        {
            return new AscAnalyticsTable(report, granularity, columns, [.. instances.SelectMany(i => i.Rows.Rows)]);
        }

        var latest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var instance in instances)
        {
            foreach (var row in instance.Rows.Rows)
            {
                var day = row[DateColumn];
                if (!latest.TryGetValue(day, out var date) || instance.ProcessingDate > date)
                {
                    latest[day] = instance.ProcessingDate;
                }
            }
        }

        var rows = instances.SelectMany(i => i.Rows.Rows.Where(r => latest[r[DateColumn]] == i.ProcessingDate)).ToList();
        return new AscAnalyticsTable(report, granularity, columns, rows);
    }
}
