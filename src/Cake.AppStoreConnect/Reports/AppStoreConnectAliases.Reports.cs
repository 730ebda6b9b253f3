using Cake.AppStoreConnect.Client.Reports;
using Cake.AppStoreConnect.Credentials;
using Cake.AppStoreConnect.Reports;
using Cake.Core;
using Cake.Core.Annotations;

namespace Cake.AppStoreConnect;

/// <content>Sales and finance reports.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>
    /// Downloads a sales report for a period given in Apple's form, writes the TSV to the working
    /// directory and returns its rows keyed by Apple's column names. The vendor number comes from
    /// <c>ASC_VENDOR_NUMBER</c>. No report for that period gives <c>Available = false</c> with Apple's text.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="frequency">Daily, weekly, monthly or yearly.</param>
    /// <param name="reportDate"><c>YYYY-MM-DD</c> (daily; weekly: the Sunday ending the week), <c>YYYY-MM</c> (monthly) or <c>YYYY</c> (yearly).</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var report = AscDownloadSalesReport(AscReportFrequency.Monthly, "2026-10");
    /// Information("{0} units", report.Report.Sum("Units"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reports")]
    public static AscReportResult AscDownloadSalesReport(this ICakeContext context, AscReportFrequency frequency, string reportDate) =>
        AscDownloadSalesReport(context, frequency, reportDate, (AscSalesReportSettings?)null);

    /// <summary>
    /// Downloads a sales report for a period given in Apple's form, with type, sub-type, vendor and
    /// output; writes the TSV (and the .gz if asked) and returns its rows.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="frequency">Daily, weekly, monthly or yearly (replaces the settings' frequency).</param>
    /// <param name="reportDate"><c>YYYY-MM-DD</c> (daily; weekly: the Sunday ending the week), <c>YYYY-MM</c> (monthly) or <c>YYYY</c> (yearly); replaces the settings' <c>ReportDate</c>.</param>
    /// <param name="settings">Type, vendor number, output; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var report = AscDownloadSalesReport(AscReportFrequency.Monthly, "2026-10", new AscSalesReportSettings { OutputDirectory = "./artifacts/reports" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reports")]
    public static AscReportResult AscDownloadSalesReport(this ICakeContext context, AscReportFrequency frequency, string reportDate, AscSalesReportSettings? settings)
    {
        settings ??= new AscSalesReportSettings();
        (settings.Frequency, settings.ReportDate) = (frequency, reportDate);
        return AscDownloadSalesReport(context, settings);
    }

    /// <summary>Downloads a sales report for a period given in Apple's form, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="frequency">Daily, weekly, monthly or yearly.</param>
    /// <param name="reportDate"><c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>, as the frequency wants.</param>
    /// <param name="configure">Sets type, vendor number, output.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var weekly = AscDownloadSalesReport(AscReportFrequency.Weekly, "2026-10-18", s => s.SetKeepGzip());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reports")]
    public static AscReportResult AscDownloadSalesReport(this ICakeContext context, AscReportFrequency frequency, string reportDate, Action<AscSalesReportSettings> configure) =>
        AscDownloadSalesReport(context, frequency, reportDate, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Downloads a sales report (type, sub-type, frequency, date, version), writes the TSV (and the .gz
    /// if asked) and returns its rows. A period that is not over yet is refused before any request. The
    /// period is in the settings, not a parameter, because it is optional: Apple's latest daily sales
    /// summary by default.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">Which report and where to write it; Apple's latest daily sales summary by default.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var report = AscDownloadSalesReport(new AscSalesReportSettings
    /// {
    ///     VendorNumber = "80012345",
    ///     Frequency = AscReportFrequency.Daily,
    ///     Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)),
    ///     OutputDirectory = "./artifacts/reports",
    /// });
    /// if (!report.Available) { Warning(report.Message); }
    /// foreach (var row in report.Rows) { Information("{0}: {1} units", row["Title"], row["Units"]); }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reports")]
    public static AscReportResult AscDownloadSalesReport(this ICakeContext context, AscSalesReportSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        settings ??= new AscSalesReportSettings();
        var vendorNumber = VendorNumber(context, settings);
        ReportService.BuildSalesRequest(settings, vendorNumber, DateOnly.FromDateTime(DateTime.UtcNow));
        var output = ReportOutput(context, settings);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new ReportService(client).DownloadSalesAsync(s, vendorNumber, output, ct));
    }

    /// <summary>Downloads a sales report, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets which report and where to write it.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var weekly = AscDownloadSalesReport(s => s
    ///     .WithFrequency(AscReportFrequency.Weekly)
    ///     .ForDate(new DateOnly(2026, 10, 14))
    ///     .SetKeepGzip());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reports")]
    public static AscReportResult AscDownloadSalesReport(this ICakeContext context, Action<AscSalesReportSettings> configure) =>
        AscDownloadSalesReport(context, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Downloads the financial report of a fiscal month for all regions (<c>ZZ</c>), writes the TSV to the
    /// working directory and returns its rows. The vendor number comes from <c>ASC_VENDOR_NUMBER</c>.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="fiscalMonth">Apple's fiscal month, <c>YYYY-MM</c>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var finance = AscDownloadFinanceReport("2026-09");
    /// Information("{0} rows, total {1}", finance.Rows.Count, finance.Report.Totals.GetValueOrDefault("Total_Amount"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reports")]
    public static AscReportResult AscDownloadFinanceReport(this ICakeContext context, string fiscalMonth) =>
        AscDownloadFinanceReport(context, fiscalMonth, (AscFinanceReportSettings?)null);

    /// <summary>Downloads the finance report of a fiscal month (type, region), writes the TSV and returns its rows.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="fiscalMonth">Apple's fiscal month, <c>YYYY-MM</c> (replaces the settings' <c>ReportDate</c>).</param>
    /// <param name="settings">Type, region, vendor number, output; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var us = AscDownloadFinanceReport("2026-09", new AscFinanceReportSettings { RegionCode = "US", KeepGzip = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reports")]
    public static AscReportResult AscDownloadFinanceReport(this ICakeContext context, string fiscalMonth, AscFinanceReportSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(fiscalMonth);
        settings ??= new AscFinanceReportSettings();
        settings.ReportDate = fiscalMonth;
        return DownloadFinanceReport(context, settings);
    }

    /// <summary>Downloads the finance report of a fiscal month, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="fiscalMonth">Apple's fiscal month, <c>YYYY-MM</c>.</param>
    /// <param name="configure">Sets type, region, vendor number, output.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var detail = AscDownloadFinanceReport("2026-09", s => s
    ///     .WithReportType(AscFinanceReportTypes.FinanceDetail)
    ///     .WithRegion("Z1")
    ///     .WriteToDirectory("./artifacts/finance"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reports")]
    public static AscReportResult AscDownloadFinanceReport(this ICakeContext context, string fiscalMonth, Action<AscFinanceReportSettings> configure) =>
        AscDownloadFinanceReport(context, fiscalMonth, AscAliasRunner.Configure(configure));

    /// <summary>Downloads a finance report whose month is in the settings; kept for scripts written before the month became a parameter.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">Which report and where to write it.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var us = AscDownloadFinanceReport("2026-09", new AscFinanceReportSettings { RegionCode = "US", KeepGzip = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reports")]
    [Obsolete("Use AscDownloadFinanceReport(fiscalMonth, settings): the fiscal month is a parameter like in the other overloads.")]
    public static AscReportResult AscDownloadFinanceReport(this ICakeContext context, AscFinanceReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        return DownloadFinanceReport(context, settings);
    }

    /// <summary>Downloads a finance report whose month a callback sets; kept for scripts written before the month became a parameter.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets which report and where to write it.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var detail = AscDownloadFinanceReport("2026-09", s => s.WithReportType(AscFinanceReportTypes.FinanceDetail).WithRegion("Z1"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Reports")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Reports")]
    [Obsolete("Use AscDownloadFinanceReport(fiscalMonth, configure): the fiscal month is a parameter like in the other overloads.")]
    public static AscReportResult AscDownloadFinanceReport(this ICakeContext context, Action<AscFinanceReportSettings> configure) =>
        AscDownloadFinanceReport(context, AscAliasRunner.Configure(configure));

    private static AscReportResult DownloadFinanceReport(ICakeContext context, AscFinanceReportSettings settings)
    {
        var vendorNumber = VendorNumber(context, settings);
        ReportService.BuildFinanceRequest(settings, vendorNumber, DateOnly.FromDateTime(DateTime.UtcNow));
        var output = ReportOutput(context, settings);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new ReportService(client).DownloadFinanceAsync(s, vendorNumber, output, ct));
    }

    private static string? VendorNumber(ICakeContext context, AscReportOutputSettings settings) =>
        string.IsNullOrWhiteSpace(settings.VendorNumber) ? context.Environment.GetEnvironmentVariable(AscEnvironmentVariables.VendorNumber) : settings.VendorNumber;

    private static AscReportOutput ReportOutput(ICakeContext context, AscReportOutputSettings settings) => new(
        settings.OutputFile?.MakeAbsolute(context.Environment).FullPath,
        (settings.OutputDirectory ?? context.Environment.WorkingDirectory).MakeAbsolute(context.Environment).FullPath,
        settings.KeepGzip);
}
