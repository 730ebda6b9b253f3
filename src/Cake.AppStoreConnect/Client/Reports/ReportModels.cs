namespace Cake.AppStoreConnect.Client.Reports;

/// <summary>How often a sales report is made; it decides the form of the report date.</summary>
public enum AscReportFrequency
{
    /// <summary>One report per day; date <c>YYYY-MM-DD</c>.</summary>
    Daily,

    /// <summary>One report per week, Monday to Sunday; date <c>YYYY-MM-DD</c> of the Sunday ending it.</summary>
    Weekly,

    /// <summary>One report per calendar month; date <c>YYYY-MM</c>.</summary>
    Monthly,

    /// <summary>One report per year; date <c>YYYY</c>.</summary>
    Yearly,
}

/// <summary>The <c>filter[reportType]</c> values of <c>GET /v1/salesReports</c>, as Apple's spec lists them.</summary>
public static class AscSalesReportTypes
{
    /// <summary>Sales and downloads (the classic "Sales Summary").</summary>
    public const string Sales = "SALES";

    /// <summary>Pre-orders.</summary>
    public const string PreOrder = "PRE_ORDER";

    /// <summary>Newsstand.</summary>
    public const string Newsstand = "NEWSSTAND";

    /// <summary>Active subscriptions.</summary>
    public const string Subscription = "SUBSCRIPTION";

    /// <summary>Subscription events.</summary>
    public const string SubscriptionEvent = "SUBSCRIPTION_EVENT";

    /// <summary>Subscribers.</summary>
    public const string Subscriber = "SUBSCRIBER";

    /// <summary>Offer code redemptions.</summary>
    public const string SubscriptionOfferCodeRedemption = "SUBSCRIPTION_OFFER_CODE_REDEMPTION";

    /// <summary>Installs.</summary>
    public const string Installs = "INSTALLS";

    /// <summary>First annual subscriptions.</summary>
    public const string FirstAnnual = "FIRST_ANNUAL";

    /// <summary>Win-back offer eligibility.</summary>
    public const string WinBackEligibility = "WIN_BACK_ELIGIBILITY";

    /// <summary>Every value the spec allows.</summary>
    public static IReadOnlyList<string> All { get; } = [Sales, PreOrder, Newsstand, Subscription, SubscriptionEvent, Subscriber, SubscriptionOfferCodeRedemption, Installs, FirstAnnual, WinBackEligibility];
}

/// <summary>The <c>filter[reportSubType]</c> values of <c>GET /v1/salesReports</c>.</summary>
public static class AscSalesReportSubTypes
{
    /// <summary>Summary.</summary>
    public const string Summary = "SUMMARY";

    /// <summary>Detailed.</summary>
    public const string Detailed = "DETAILED";

    /// <summary>Summary by install type.</summary>
    public const string SummaryInstallType = "SUMMARY_INSTALL_TYPE";

    /// <summary>Summary by territory.</summary>
    public const string SummaryTerritory = "SUMMARY_TERRITORY";

    /// <summary>Summary by channel.</summary>
    public const string SummaryChannel = "SUMMARY_CHANNEL";

    /// <summary>Every value the spec allows.</summary>
    public static IReadOnlyList<string> All { get; } = [Summary, Detailed, SummaryInstallType, SummaryTerritory, SummaryChannel];
}

/// <summary>The <c>filter[reportType]</c> values of <c>GET /v1/financeReports</c>.</summary>
public static class AscFinanceReportTypes
{
    /// <summary>The financial report, per region (or <c>ZZ</c> for all).</summary>
    public const string Financial = "FINANCIAL";

    /// <summary>The finance detail report (region <c>Z1</c>).</summary>
    public const string FinanceDetail = "FINANCE_DETAIL";

    /// <summary>Every value the spec allows.</summary>
    public static IReadOnlyList<string> All { get; } = [Financial, FinanceDetail];
}

/// <summary>A request for <c>GET /v1/salesReports</c>; values are sent as given.</summary>
public sealed record AscSalesReportRequest
{
    /// <summary>Gets the vendor number (Payments and Financial Reports, top left).</summary>
    public string VendorNumber { get; init; } = string.Empty;

    /// <summary>Gets the report type, one of <see cref="AscSalesReportTypes"/>.</summary>
    public string ReportType { get; init; } = AscSalesReportTypes.Sales;

    /// <summary>Gets the report sub-type, one of <see cref="AscSalesReportSubTypes"/>.</summary>
    public string ReportSubType { get; init; } = AscSalesReportSubTypes.Summary;

    /// <summary>Gets the frequency.</summary>
    public AscReportFrequency Frequency { get; init; } = AscReportFrequency.Daily;

    /// <summary>Gets the report date in Apple's form for the frequency (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>); the latest when unset.</summary>
    public string? ReportDate { get; init; }

    /// <summary>Gets the report format version, such as <c>1_0</c>; Apple's default when unset.</summary>
    public string? Version { get; init; }
}

/// <summary>A request for <c>GET /v1/financeReports</c>.</summary>
public sealed record AscFinanceReportRequest
{
    /// <summary>Gets the vendor number.</summary>
    public string VendorNumber { get; init; } = string.Empty;

    /// <summary>Gets the report type, one of <see cref="AscFinanceReportTypes"/>.</summary>
    public string ReportType { get; init; } = AscFinanceReportTypes.Financial;

    /// <summary>Gets the region code, such as <c>US</c>, <c>EU</c>, <c>ZZ</c> (all regions) or <c>Z1</c> (finance detail).</summary>
    public string RegionCode { get; init; } = "ZZ";

    /// <summary>Gets Apple's fiscal month, <c>YYYY-MM</c>.</summary>
    public string ReportDate { get; init; } = string.Empty;
}

/// <summary>What App Store Connect answered to a report request.</summary>
/// <param name="Available">Whether a report exists for that date.</param>
/// <param name="Gzip">The gzip body as Apple sent it (<c>application/a-gzip</c>); empty when not available.</param>
/// <param name="Message">Apple's explanation when no report exists, such as "There were no sales for the date specified."</param>
public sealed record AscReportDownload(bool Available, ReadOnlyMemory<byte> Gzip, string? Message);
