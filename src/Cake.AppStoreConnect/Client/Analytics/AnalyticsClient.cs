using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;
using Cake.AppStoreConnect.Client.Reports;

namespace Cake.AppStoreConnect.Client.Analytics;

/// <summary>
/// The Analytics Reports API: requests, their reports, instances and segments, every page. Requesting
/// needs the Admin role; reading needs Admin, Finance, Sales or Access to Reports.
/// </summary>
public sealed class AnalyticsClient
{
    private readonly AscConnection _connection;

    internal AnalyticsClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists an app's report requests.</summary>
    /// <param name="appId">The app's Apple id.</param>
    /// <param name="accessType">Only requests of this access type; all when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The requests.</returns>
    public async Task<IReadOnlyList<AscAnalyticsReportRequest>> ListRequestsAsync(string appId, string? accessType = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        var requests = new List<AscAnalyticsReportRequest>();
        await foreach (var resource in _connection.GetAllAsync<RequestAttributes>($"/v1/apps/{Uri.EscapeDataString(appId)}/analyticsReportRequests", new AscQuery().Filter("accessType", accessType), cancellationToken))
        {
            requests.Add(AscAnalyticsReportRequest.From(resource));
        }

        return requests;
    }

    /// <summary>Creates a report request (a creating POST: the caller resolves an unknown outcome or a 409 by listing).</summary>
    /// <param name="appId">The app's Apple id.</param>
    /// <param name="accessType"><c>ONGOING</c> or <c>ONE_TIME_SNAPSHOT</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new request.</returns>
    public async Task<AscAnalyticsReportRequest> CreateRequestAsync(string appId, string accessType, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        ArgumentException.ThrowIfNullOrWhiteSpace(accessType);
        var body = JsonApiRequest.Create("analyticsReportRequests", new { accessType }, new Dictionary<string, ResourceIdentifier> { ["app"] = new("apps", appId) });
        var document = await _connection.SendAsync<JsonApiResource<RequestAttributes>>(HttpMethod.Post, "/v1/analyticsReportRequests", body, AscRequestKind.Create, cancellationToken);
        return AscAnalyticsReportRequest.From(document.Data!);
    }

    /// <summary>Lists a request's reports.</summary>
    /// <param name="requestId">The request.</param>
    /// <param name="category">Only this category; all when <see langword="null"/>.</param>
    /// <param name="pageSize">Resources per page (Apple's maximum is 200).</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The reports.</returns>
    public async Task<IReadOnlyList<AscAnalyticsReport>> ListReportsAsync(string requestId, string? category = null, int pageSize = AscQuery.DefaultCollectionLimit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        var reports = new List<AscAnalyticsReport>();
        await foreach (var r in _connection.GetAllAsync<ReportAttributes>($"/v1/analyticsReportRequests/{Uri.EscapeDataString(requestId)}/reports", new AscQuery().Filter("category", category).Limit(pageSize), cancellationToken))
        {
            reports.Add(new AscAnalyticsReport(r.Id, r.Attributes?.Name ?? string.Empty, r.Attributes?.Category ?? string.Empty));
        }

        return reports;
    }

    /// <summary>Lists a report's instances.</summary>
    /// <param name="reportId">The report.</param>
    /// <param name="granularity">Only this granularity; all when <see langword="null"/>.</param>
    /// <param name="pageSize">Resources per page (Apple's maximum is 200).</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The instances.</returns>
    public async Task<IReadOnlyList<AscAnalyticsReportInstance>> ListInstancesAsync(string reportId, string? granularity = null, int pageSize = AscQuery.DefaultCollectionLimit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportId);
        var instances = new List<AscAnalyticsReportInstance>();
        await foreach (var i in _connection.GetAllAsync<InstanceAttributes>($"/v1/analyticsReports/{Uri.EscapeDataString(reportId)}/instances", new AscQuery().Filter("granularity", granularity).Limit(pageSize), cancellationToken))
        {
            instances.Add(new AscAnalyticsReportInstance(i.Id, i.Attributes?.Granularity ?? string.Empty, i.Attributes?.Date ?? DateOnly.MinValue));
        }

        return instances;
    }

    /// <summary>Lists an instance's segments.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="pageSize">Resources per page (Apple's maximum is 200).</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The segments.</returns>
    public async Task<IReadOnlyList<AscAnalyticsReportSegment>> ListSegmentsAsync(string instanceId, int pageSize = AscQuery.DefaultCollectionLimit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        var segments = new List<AscAnalyticsReportSegment>();
        await foreach (var s in _connection.GetAllAsync<SegmentAttributes>($"/v1/analyticsReportInstances/{Uri.EscapeDataString(instanceId)}/segments", new AscQuery().Limit(pageSize), cancellationToken))
        {
            if (Uri.TryCreate(s.Attributes?.Url, UriKind.Absolute, out var url))
            {
                segments.Add(new AscAnalyticsReportSegment(s.Id, s.Attributes?.SizeInBytes ?? -1, s.Attributes?.Checksum ?? string.Empty, url));
            }
        }

        return segments;
    }

    /// <summary>Reads one segment again, for a fresh download URL (Apple's are valid for 5 minutes).</summary>
    /// <param name="segmentId">The segment.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The segment's fresh download URL.</returns>
    public async Task<Uri> GetSegmentUrlAsync(string segmentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segmentId);
        var document = await _connection.GetAsync<JsonApiResource<SegmentAttributes>>($"/v1/analyticsReportSegments/{Uri.EscapeDataString(segmentId)}", cancellationToken);
        return Uri.TryCreate(document.Data?.Attributes?.Url, UriKind.Absolute, out var url)
            ? url
            : throw new AscReportFileException($"Analytics report segment {AscText.Echo(segmentId)} has no download URL; re-run the download later.");
    }
}
