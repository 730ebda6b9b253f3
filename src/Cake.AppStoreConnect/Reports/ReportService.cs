using System.Globalization;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Reports;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Reports;

/// <summary>
/// Downloads sales and finance reports: checks the request up front (vendor number, enums, a period
/// that is over), downloads Apple's gzip, writes the TSV (and the .gz if asked) and parses the rows.
/// </summary>
public sealed class ReportService
{
    private readonly AppStoreConnectClient _client;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    /// <param name="time">The clock deciding what "today" is; the system clock when <see langword="null"/>.</param>
    public ReportService(AppStoreConnectClient client, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = time ?? TimeProvider.System;
    }

    private IAscLog Log => _client.Connection.Log;

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    /// <summary>Checks a sales report request and builds it, before any request is sent.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="vendorNumber">The vendor number (settings or <c>ASC_VENDOR_NUMBER</c>).</param>
    /// <param name="today">Today (UTC).</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">Something is missing, malformed or not over yet.</exception>
    public static AscSalesReportRequest BuildSalesRequest(AscSalesReportSettings settings, string? vendorNumber, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var reportType = OneOf(settings.ReportType, AscSalesReportTypes.All, "ReportType", "sales report type");
        var subType = OneOf(settings.ReportSubType, AscSalesReportSubTypes.All, "ReportSubType", "sales report sub-type");
        if (!Enum.IsDefined(settings.Frequency))
        {
            throw new ArgumentException($"Frequency {settings.Frequency} is not one of Daily, Weekly, Monthly, Yearly.");
        }

        if (settings.Version is { } version && !IsVersion(version))
        {
            throw new ArgumentException($"Version '{version}' is not a report version such as 1_0 or 1_3.");
        }

        return new AscSalesReportRequest
        {
            VendorNumber = CheckVendorNumber(vendorNumber),
            ReportType = reportType,
            ReportSubType = subType,
            Frequency = settings.Frequency,
            ReportDate = AscReportDates.ForSales(settings.Frequency, settings.Date, settings.ReportDate, today),
            Version = settings.Version,
        };
    }

    /// <summary>Checks a finance report request and builds it, before any request is sent.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="vendorNumber">The vendor number (settings or <c>ASC_VENDOR_NUMBER</c>).</param>
    /// <param name="today">Today (UTC).</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">Something is missing, malformed or not over yet.</exception>
    public static AscFinanceReportRequest BuildFinanceRequest(AscFinanceReportSettings settings, string? vendorNumber, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var reportType = OneOf(settings.ReportType, AscFinanceReportTypes.All, "ReportType", "finance report type");
        var region = settings.RegionCode?.Trim().ToUpperInvariant();
        if (region is null || region.Length != 2 || !region.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"RegionCode '{settings.RegionCode}' is not a two-character region code such as ZZ (all regions), US, EU, JP or Z1 (finance detail).");
        }

        if (reportType == AscFinanceReportTypes.FinanceDetail && region != "Z1")
        {
            throw new ArgumentException($"FINANCE_DETAIL reports exist for region Z1 only, not {region}; set RegionCode to Z1.");
        }

        return new AscFinanceReportRequest
        {
            VendorNumber = CheckVendorNumber(vendorNumber),
            ReportType = reportType,
            RegionCode = region,
            ReportDate = AscReportDates.ForFinance(settings.Date, settings.ReportDate, today),
        };
    }

    /// <summary>Downloads a sales report.</summary>
    /// <param name="settings">Which report.</param>
    /// <param name="vendorNumber">The vendor number.</param>
    /// <param name="output">Where to write; <see langword="null"/> to write nothing.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The report, or <c>Available = false</c> with Apple's text.</returns>
    public async Task<AscReportResult> DownloadSalesAsync(AscSalesReportSettings settings, string? vendorNumber, AscReportOutput? output, CancellationToken cancellationToken = default)
    {
        var request = BuildSalesRequest(settings, vendorNumber, Today);
        var what = $"{request.ReportType} {request.ReportSubType} {ReportsClient.FrequencyName(request.Frequency)} sales report {request.ReportDate ?? "(latest)"} of vendor {request.VendorNumber}";
        CheckOutput(output);
        var download = await _client.Reports.GetSalesReportAsync(request, cancellationToken);
        var frequencyLetter = ReportsClient.FrequencyName(request.Frequency)[0];
        var compactDate = (request.ReportDate ?? "latest").Replace("-", string.Empty, StringComparison.Ordinal);
        var name = request.ReportType == AscSalesReportTypes.Sales && request.ReportSubType == AscSalesReportSubTypes.Summary
            ? $"S_{frequencyLetter}_{request.VendorNumber}_{compactDate}.txt"
            : $"{request.ReportType}_{request.ReportSubType}_{frequencyLetter}_{request.VendorNumber}_{compactDate}.txt";
        return await FinishAsync(what, request.ReportDate, download, output, name, cancellationToken);
    }

    /// <summary>Downloads a finance report.</summary>
    /// <param name="settings">Which report.</param>
    /// <param name="vendorNumber">The vendor number.</param>
    /// <param name="output">Where to write; <see langword="null"/> to write nothing.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The report, or <c>Available = false</c> with Apple's text.</returns>
    public async Task<AscReportResult> DownloadFinanceAsync(AscFinanceReportSettings settings, string? vendorNumber, AscReportOutput? output, CancellationToken cancellationToken = default)
    {
        var request = BuildFinanceRequest(settings, vendorNumber, Today);
        var what = $"{request.ReportType} finance report {request.ReportDate} ({request.RegionCode}) of vendor {request.VendorNumber}";
        CheckOutput(output);
        var download = await _client.Reports.GetFinanceReportAsync(request, cancellationToken);
        var month = DateOnly.ParseExact(request.ReportDate + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = $"{request.VendorNumber}_{month:MMyy}_{request.RegionCode}{(request.ReportType == AscFinanceReportTypes.FinanceDetail ? "_detail" : string.Empty)}.txt";
        return await FinishAsync(what, request.ReportDate, download, output, name, cancellationToken);
    }

    /// <summary>Where the report goes is checked before it is requested.</summary>
    private static void CheckOutput(AscReportOutput? output)
    {
        if (output?.File is { } file)
        {
            OutputPaths.CheckFile(file, "OutputFile");
            if (output.KeepGzip)
            {
                OutputPaths.CheckFile(file + ".gz", "OutputFile (with KeepGzip)");
            }
        }
        else if (output is not null)
        {
            OutputPaths.CheckFolder(output.Directory, "OutputDirectory");
        }
    }

    private async Task<AscReportResult> FinishAsync(string what, string? reportDate, AscReportDownload download, AscReportOutput? output, string defaultName, CancellationToken cancellationToken)
    {
        if (!download.Available)
        {
            Log.Write(AscLogLevel.Warning, $"No {what}: App Store Connect says \"{download.Message}\"");
            return new AscReportResult(false, download.Message, reportDate, AscReport.Empty, null, null);
        }

        var tsv = AscReport.Decompress(download.Gzip);
        var report = AscReport.Parse(tsv);
        string? tsvFile = null;
        string? gzipFile = null;
        if (output is not null)
        {
            tsvFile = output.File ?? Path.Combine(output.Directory, defaultName);
            if (Path.GetDirectoryName(tsvFile) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await File.WriteAllTextAsync(tsvFile, tsv, cancellationToken);
            if (output.KeepGzip)
            {
                gzipFile = tsvFile + ".gz";
                await File.WriteAllBytesAsync(gzipFile, download.Gzip, cancellationToken);
            }
        }

        Log.Write(AscLogLevel.Information, $"Downloaded the {what}: {report.Rows.Count} row(s){(tsvFile is null ? string.Empty : ", written to " + tsvFile)}.");
        return new AscReportResult(true, null, reportDate, report, tsvFile, gzipFile);
    }

    private static string CheckVendorNumber(string? vendorNumber)
    {
        var value = vendorNumber?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("No vendor number: set VendorNumber on the settings or ASC_VENDOR_NUMBER. It is shown in App Store Connect under Payments and Financial Reports, top left.");
        }

        if (!value.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"Vendor number '{value}' is not a number; copy it from Payments and Financial Reports (top left), such as 80012345.");
        }

        return value;
    }

    private static string OneOf(string? value, IReadOnlyList<string> allowed, string setting, string what)
    {
        var normalized = value?.Trim().ToUpperInvariant();
        return normalized is not null && allowed.Contains(normalized)
            ? normalized
            : throw new ArgumentException($"{setting} '{value}' is not a {what} App Store Connect knows; use one of {string.Join(", ", allowed)}.");
    }

    private static bool IsVersion(string version)
    {
        var parts = version.Split('_');
        return parts.Length == 2 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }
}

/// <summary>Where a downloaded report is written.</summary>
/// <param name="File">The TSV file, or <see langword="null"/> to name it like Apple's file in <paramref name="Directory"/>.</param>
/// <param name="Directory">The folder used when <paramref name="File"/> is <see langword="null"/>.</param>
/// <param name="KeepGzip">Whether to keep Apple's .gz beside the TSV.</param>
public sealed record AscReportOutput(string? File, string Directory, bool KeepGzip);
