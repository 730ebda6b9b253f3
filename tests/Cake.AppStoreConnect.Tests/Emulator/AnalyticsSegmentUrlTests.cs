using System.Net;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>A segment's download URL is pre-signed and lives 5 minutes, as Apple's (S3, <c>X-Amz-Expires=300</c>).</summary>
public sealed class AnalyticsSegmentUrlTests
{
    [Test]
    public async Task Should_Refuse_A_Segment_Url_Older_Than_Five_Minutes_And_Serve_A_Fresh_One()
    {
        // Given a report request whose first instances are out, and one segment's URL as just answered
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck().WithClock().Configure(e => e.AnalyticsDelay = TimeSpan.FromSeconds(1)));
        var created = await emulator.SendOkAsync(HttpMethod.Post, "/v1/analyticsReportRequests", new
        {
            data = new { type = "analyticsReportRequests", attributes = new { accessType = "ONGOING" }, relationships = new { app = new { data = new { type = "apps", id = EmulatorFixture.SampleAppId } } } },
        });
        emulator.Clock!.Advance(TimeSpan.FromSeconds(2));
        var report = (await emulator.GetOkAsync($"/v1/analyticsReportRequests/{created!["data"]!["id"]!.GetValue<string>()}/reports?limit=1"))["data"]![0]!["id"]!.GetValue<string>();
        var instance = (await emulator.GetOkAsync($"/v1/analyticsReports/{report}/instances?limit=1"))["data"]![0]!["id"]!.GetValue<string>();
        var segment = (await emulator.GetOkAsync($"/v1/analyticsReportInstances/{instance}/segments?limit=1"))["data"]![0]!["id"]!.GetValue<string>();
        var url = (await emulator.GetOkAsync($"/v1/analyticsReportSegments/{segment}"))["data"]!["attributes"]!["url"]!.GetValue<string>();
        using var storage = new HttpClient();

        // When it is fetched within 5 minutes, then just after, then read again and fetched
        using var fresh = await storage.GetAsync(new Uri(url));
        emulator.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var stale = await storage.GetAsync(new Uri(url));
        var renewed = (await emulator.GetOkAsync($"/v1/analyticsReportSegments/{segment}"))["data"]!["attributes"]!["url"]!.GetValue<string>();
        using var again = await storage.GetAsync(new Uri(renewed));

        // Then the first and the renewed download succeed, the stale URL is refused as expired
        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await stale.Content.ReadAsStringAsync(), Does.Contain("Request has expired"));
        Assert.That(renewed, Is.Not.EqualTo(url));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await emulator.AssertContractKeptAsync();
    }
}
