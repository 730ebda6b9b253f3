using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

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
