using System.Net;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <content>The Analytics Reports API and Power and Performance (whose 200s are Apple's vendor JSON media types).</content>
public sealed partial class ContractTests
{
    private async Task ExerciseAnalyticsAsync(string app, string buildId)
    {
        var created = await ExpectAsync(HttpMethod.Post, "/v1/analyticsReportRequests", HttpStatusCode.Created, AnalyticsRequestBody(app, "ONE_TIME_SNAPSHOT"));
        var requestId = created["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Post, "/v1/analyticsReportRequests", HttpStatusCode.Conflict, AnalyticsRequestBody(app, "ONE_TIME_SNAPSHOT"));
        await ExpectAsync(HttpMethod.Post, "/v1/analyticsReportRequests", HttpStatusCode.UnprocessableEntity, AnalyticsRequestBody("42", "ONGOING"));
        await ExpectAsync(HttpMethod.Get, $"/v1/apps/{app}/analyticsReportRequests?filter[accessType]=ONE_TIME_SNAPSHOT&include=reports&limit=5", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/analyticsReportRequests/{requestId}?include=reports", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/analyticsReportRequests/{requestId}/reports?filter[category]=COMMERCE&limit=2", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/apps/{app}/perfPowerMetrics?filter[platform]=IOS&filter[metricType]=LAUNCH,HANG&filter[deviceType]=all_iphones", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/builds/{buildId}/perfPowerMetrics", HttpStatusCode.OK);
        var signatures = await ExpectAsync(HttpMethod.Get, $"/v1/builds/{buildId}/diagnosticSignatures?filter[diagnosticType]=HANGS,LAUNCHES&limit=1", HttpStatusCode.OK);
        var signatureId = signatures["data"]![0]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Get, $"/v1/diagnosticSignatures/{signatureId}/logs?limit=10", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Delete, $"/v1/analyticsReportRequests/{requestId}", HttpStatusCode.NoContent);
    }

    private static object AnalyticsRequestBody(string app, string accessType) => new
    {
        data = new
        {
            type = "analyticsReportRequests",
            attributes = new { accessType },
            relationships = new { app = new { data = new { type = "apps", id = app } } },
        },
    };
}
