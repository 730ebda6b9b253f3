using Cake.AppStoreConnect.Client.Reports;
using Cake.AppStoreConnect.Core;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Reports;

/// <summary>Fluent helpers for <see cref="AscSalesReportSettings"/> and <see cref="AscFinanceReportSettings"/>; each returns the same instance.</summary>
public static class AscReportSettingsExtensions
{
    /// <summary>Sets the vendor number.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="vendorNumber">The vendor number, such as <c>80012345</c>.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithVendorNumber<TSettings>(this TSettings settings, string vendorNumber)
        where TSettings : AscReportOutputSettings => SettingsFluent.Apply(settings, s => s.VendorNumber = vendorNumber);

    /// <summary>Asks for the report of the period containing a day (for finance: that fiscal month).</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="date">A day in the period.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForDate<TSettings>(this TSettings settings, DateOnly date)
        where TSettings : AscReportOutputSettings => SettingsFluent.Apply(settings, s => s.Date = date);

    /// <summary>Asks for the report of a period given in Apple's form (<c>2026-10-05</c>, <c>2026-10</c>, <c>2026</c>).</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="reportDate">The period.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForPeriod<TSettings>(this TSettings settings, string reportDate)
        where TSettings : AscReportOutputSettings => SettingsFluent.Apply(settings, s => s.ReportDate = reportDate);

    /// <summary>Writes the TSV to this file.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="outputFile">The file.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WriteTo<TSettings>(this TSettings settings, FilePath outputFile)
        where TSettings : AscReportOutputSettings => SettingsFluent.Apply(settings, s => s.OutputFile = outputFile);

    /// <summary>Writes the TSV, named like Apple's file, into this folder.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="outputDirectory">The folder.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WriteToDirectory<TSettings>(this TSettings settings, DirectoryPath outputDirectory)
        where TSettings : AscReportOutputSettings => SettingsFluent.Apply(settings, s => s.OutputDirectory = outputDirectory);

    /// <summary>Keeps Apple's .gz beside the TSV.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="keepGzip">Whether to keep it.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetKeepGzip<TSettings>(this TSettings settings, bool keepGzip = true)
        where TSettings : AscReportOutputSettings => SettingsFluent.Apply(settings, s => s.KeepGzip = keepGzip);

    /// <summary>Sets the frequency of a sales report.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="frequency">Daily, weekly, monthly or yearly.</param>
    /// <returns>The same settings.</returns>
    public static AscSalesReportSettings WithFrequency(this AscSalesReportSettings settings, AscReportFrequency frequency) => SettingsFluent.Apply(settings, s => s.Frequency = frequency);

    /// <summary>Sets the type and sub-type of a sales report.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="reportType">One of <see cref="AscSalesReportTypes"/>.</param>
    /// <param name="reportSubType">One of <see cref="AscSalesReportSubTypes"/>.</param>
    /// <returns>The same settings.</returns>
    public static AscSalesReportSettings WithReportType(this AscSalesReportSettings settings, string reportType, string reportSubType = AscSalesReportSubTypes.Summary) => SettingsFluent.Apply(settings, s =>
    {
        s.ReportType = reportType;
        s.ReportSubType = reportSubType;
    });

    /// <summary>Sets the report's format version (Apple's <c>filter[version]</c>), not an app version.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="version">Such as <c>1_0</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscSalesReportSettings SetReportVersion(this AscSalesReportSettings settings, string version) => SettingsFluent.Apply(settings, s => s.Version = version);

    /// <summary>Sets the report's format version; the old name of <see cref="SetReportVersion"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="version">Such as <c>1_0</c>.</param>
    /// <returns>The same settings.</returns>
    [Obsolete("Use SetReportVersion: ForVersion/WithVersion name an app's version elsewhere; this is the report's format.")]
    public static AscSalesReportSettings WithVersion(this AscSalesReportSettings settings, string version) => SetReportVersion(settings, version);

    /// <summary>Sets the type of a finance report.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="reportType">One of <see cref="AscFinanceReportTypes"/>.</param>
    /// <returns>The same settings.</returns>
    public static AscFinanceReportSettings WithReportType(this AscFinanceReportSettings settings, string reportType) => SettingsFluent.Apply(settings, s => s.ReportType = reportType);

    /// <summary>Sets the region of a finance report.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="regionCode"><c>ZZ</c> (all), <c>US</c>, <c>EU</c>, …, or <c>Z1</c> for finance detail.</param>
    /// <returns>The same settings.</returns>
    public static AscFinanceReportSettings WithRegion(this AscFinanceReportSettings settings, string regionCode) => SettingsFluent.Apply(settings, s => s.RegionCode = regionCode);
}
