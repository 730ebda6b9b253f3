using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Client.Reports;

/// <summary>
/// The <c>salesReports</c> and <c>financeReports</c> resources: gzip-compressed TSV, not JSON:API.
/// "No report for that date" is an answer, not an error; a refusal is explained, plainly so for
/// individual keys, which Apple never lets read Sales and Finance.
/// </summary>
public sealed class ReportsClient
{
    /// <summary>What to do when an individual key is refused a report.</summary>
    public const string IndividualKeyAdvice =
        "Individual API keys cannot read Sales and Finance reports: Apple refuses them whatever the user's role. " +
        "Use a team key (Users and Access > Integrations > Team Keys) with the Finance or Sales role (or Admin), and set ASC_ISSUER_ID to the Issuer ID shown above the team keys.";

    /// <summary>What to do when a team key is refused a report.</summary>
    public const string TeamKeyAdvice =
        "The key may not read Sales and Finance reports. Give it the Finance, Sales or Admin role (Users and Access > Integrations), or use a key that has one; " +
        "also check that the vendor number belongs to this team (Payments and Financial Reports, top left).";

    private readonly AscConnection _connection;

    internal ReportsClient(AscConnection connection) => _connection = connection;

    /// <summary>Downloads a sales report.</summary>
    /// <param name="request">The vendor number, type, sub-type, frequency, date and version.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The gzip body, or <c>Available = false</c> with Apple's text when there is no such report.</returns>
    /// <exception cref="AscForbiddenException">The key may not read reports; the advice says which key to use.</exception>
    public Task<AscReportDownload> GetSalesReportAsync(AscSalesReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new AscQuery()
            .Filter("frequency", FrequencyName(request.Frequency))
            .Filter("reportDate", request.ReportDate)
            .Filter("reportSubType", request.ReportSubType)
            .Filter("reportType", request.ReportType)
            .Filter("vendorNumber", request.VendorNumber)
            .Filter("version", request.Version);
        return DownloadAsync(query.AppendTo("/v1/salesReports"), cancellationToken);
    }

    /// <summary>Downloads a finance report.</summary>
    /// <param name="request">The vendor number, type, region and fiscal month.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The gzip body, or <c>Available = false</c> with Apple's text when there is no such report.</returns>
    /// <exception cref="AscForbiddenException">The key may not read reports; the advice says which key to use.</exception>
    public Task<AscReportDownload> GetFinanceReportAsync(AscFinanceReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new AscQuery()
            .Filter("regionCode", request.RegionCode)
            .Filter("reportDate", request.ReportDate)
            .Filter("reportType", request.ReportType)
            .Filter("vendorNumber", request.VendorNumber);
        return DownloadAsync(query.AppendTo("/v1/financeReports"), cancellationToken);
    }

    /// <summary>Apple's name of a frequency.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns><c>DAILY</c>, <c>WEEKLY</c>, <c>MONTHLY</c> or <c>YEARLY</c>.</returns>
    public static string FrequencyName(AscReportFrequency frequency) => frequency switch
    {
        AscReportFrequency.Weekly => "WEEKLY",
        AscReportFrequency.Monthly => "MONTHLY",
        AscReportFrequency.Yearly => "YEARLY",
        _ => "DAILY",
    };

    private async Task<AscReportDownload> DownloadAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        try
        {
            var (body, contentType) = await _connection.GetBytesAsync(pathAndQuery, cancellationToken);
            if (!AscReportFiles.IsGzip(body))
            {
                throw new InvalidOperationException($"App Store Connect answered GET {pathAndQuery} with {contentType ?? "no content type"} ({body.Length} bytes) that is not gzip; expected application/a-gzip.");
            }

            return new AscReportDownload(true, body, null);
        }
        catch (AscNotFoundException ex) when (ex.HasErrorCode("NOT_FOUND"))
        {
            var apple = ex.Errors.FirstOrDefault(e => e.Code.StartsWith("NOT_FOUND", StringComparison.Ordinal));
            return new AscReportDownload(false, ReadOnlyMemory<byte>.Empty, apple?.Detail ?? apple?.Title ?? "App Store Connect has no report for that date.");
        }
        catch (AscForbiddenException ex)
        {
            // The generic 403 advice lists every role; for reports the cause is almost always one of two.
            var advice = _connection.Key.IsIndividualKey ? IndividualKeyAdvice : !ex.IsRoleRefusal && ex.Advice is { } specific ? specific : TeamKeyAdvice;
            throw new AscForbiddenException(ex.Method, ex.Path, ex.Errors, advice);
        }
    }
}
