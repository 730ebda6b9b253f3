using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>Settings of <c>AscRequestAnalyticsReports</c>: which kind of request to keep in place.</summary>
public sealed class AscAnalyticsRequestSettings : AscSettings
{
    /// <summary>Gets or sets the access type: <c>ONGOING</c> (default) or <c>ONE_TIME_SNAPSHOT</c>.</summary>
    public string AccessType { get; set; } = AscAnalyticsAccessTypes.Ongoing;
}

/// <summary>Settings of <c>AscDownloadAnalyticsReports</c>: which reports, granularities and dates; no filter means every report.</summary>
public sealed class AscAnalyticsDownloadSettings : AscSettings
{
    /// <summary>Gets the categories to download (Apple's names, such as <c>COMMERCE</c>); all when empty.</summary>
    public ISet<string> Categories { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets the report names to download, such as <c>App Downloads Standard</c>; all when empty.</summary>
    public ISet<string> ReportNames { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the granularities to download (<c>DAILY</c>, <c>WEEKLY</c>, <c>MONTHLY</c>); all when empty.</summary>
    public ISet<string> Granularities { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the first processing date to download; older instances are left alone.</summary>
    public DateOnly? Since { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether rows are de-duplicated by their own date: an instance may restate days
    /// an earlier instance already had, so for each report, granularity and row date only the rows of the instance
    /// with the latest processing date are kept.
    /// </summary>
    public bool Deduplicate { get; set; }

    /// <summary>Gets or sets how many resources each listing page asks for (Apple's maximum, 200, by default).</summary>
    public int PageSize { get; set; } = 200;
}

/// <summary>Settings of <c>AscGetPerformanceMetrics</c>: one build instead of the app's recent versions, and which metric types.</summary>
public sealed class AscPerformanceMetricsSettings : AscSettings
{
    /// <summary>Gets or sets the id of a build whose metrics to read; the app's most recent versions when <see langword="null"/>.</summary>
    public string? BuildId { get; set; }

    /// <summary>Gets Apple's metric types to read (<c>LAUNCH</c>, <c>HANG</c>, <c>MEMORY</c>, <c>DISK</c>, <c>BATTERY</c>, …); all when empty.</summary>
    public ISet<string> MetricTypes { get; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>Settings of <c>AscGetDiagnostics</c>.</summary>
public sealed class AscDiagnosticsSettings : AscSettings
{
    /// <summary>Gets or sets how many signatures (the heaviest) have their logs read; 0 reads none.</summary>
    public int MaxLogs { get; set; } = 10;
}

/// <summary>Settings of <c>AscCheckPerformance</c>: the build to compare with and the thresholds that fail the check.</summary>
public sealed class AscPerformanceCheckSettings : AscSettings
{
    /// <summary>The baseline meaning "the newest build of the app's previous marketing version".</summary>
    public const string PreviousVersion = "previous-version";

    /// <summary>Gets or sets the baseline: a build id, or <see cref="PreviousVersion"/> (default).</summary>
    public string Baseline { get; set; } = PreviousVersion;

    /// <summary>Gets the thresholds: a metric fails when it rises by more than its percentage. Launch time and hang rate at 10 % when none are set.</summary>
    public IDictionary<AscMetric, AscPercent> Thresholds { get; } = new Dictionary<AscMetric, AscPercent>();

    /// <summary>Gets or sets the device class compared (Apple's <c>device</c>, such as <c>all_iphones</c>); every device when <see langword="null"/>.</summary>
    public string? Device { get; set; }

    /// <summary>Gets or sets the percentile compared (<c>percentile.fifty</c>, <c>percentile.ninety</c>); both when <see langword="null"/>.</summary>
    public string? Percentile { get; set; }
}
