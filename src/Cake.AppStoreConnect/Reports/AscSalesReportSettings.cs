using Cake.AppStoreConnect.Client.Reports;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Reports;

/// <summary>Settings of <c>AscDownloadSalesReport</c>: which report, and where to write it.</summary>
public sealed class AscSalesReportSettings : AscReportOutputSettings
{
    /// <summary>Gets or sets the report type (<see cref="AscSalesReportTypes"/>); <c>SALES</c> by default.</summary>
    public string ReportType { get; set; } = AscSalesReportTypes.Sales;

    /// <summary>Gets or sets the sub-type (<see cref="AscSalesReportSubTypes"/>); <c>SUMMARY</c> by default.</summary>
    public string ReportSubType { get; set; } = AscSalesReportSubTypes.Summary;

    /// <summary>Gets or sets the frequency; daily by default.</summary>
    public AscReportFrequency Frequency { get; set; } = AscReportFrequency.Daily;

    /// <summary>Gets or sets the report format version, such as <c>1_0</c>; Apple's default when unset.</summary>
    public string? Version { get; set; }
}

/// <summary>Settings of <c>AscDownloadFinanceReport</c>: which report, and where to write it.</summary>
public sealed class AscFinanceReportSettings : AscReportOutputSettings
{
    /// <summary>Gets or sets the report type (<see cref="AscFinanceReportTypes"/>); <c>FINANCIAL</c> by default.</summary>
    public string ReportType { get; set; } = AscFinanceReportTypes.Financial;

    /// <summary>Gets or sets the region code: <c>ZZ</c> (all regions, the default), <c>US</c>, <c>EU</c>, …; <c>Z1</c> for finance detail.</summary>
    public string RegionCode { get; set; } = "ZZ";
}

/// <summary>What both report downloads take: vendor number, date and output.</summary>
public abstract class AscReportOutputSettings : AscSettings
{
    /// <summary>Gets or sets the vendor number (Payments and Financial Reports, top left). Overrides <c>ASC_VENDOR_NUMBER</c>.</summary>
    public string? VendorNumber { get; set; }

    /// <summary>Gets or sets a day inside the wanted period (for finance: the fiscal month). Sales default to Apple's latest report.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>Gets or sets the period in Apple's form instead of <see cref="Date"/>: <c>YYYY-MM-DD</c> (daily, weekly), <c>YYYY-MM</c> (monthly, finance) or <c>YYYY</c> (yearly).</summary>
    public string? ReportDate { get; set; }

    /// <summary>Gets or sets the file the TSV is written to; by default a file named like Apple's in <see cref="OutputDirectory"/>.</summary>
    public Cake.Core.IO.FilePath? OutputFile { get; set; }

    /// <summary>Gets or sets the folder the TSV is written to when <see cref="OutputFile"/> is unset; the working directory by default.</summary>
    public Cake.Core.IO.DirectoryPath? OutputDirectory { get; set; }

    /// <summary>Gets or sets a value indicating whether Apple's .gz is kept beside the TSV.</summary>
    public bool KeepGzip { get; set; }
}
