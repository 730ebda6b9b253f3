using System.Net;
using System.Net.Http.Headers;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>The emulator's reviews and reports endpoints on the wire: Apple's refusals, codes and content types.</summary>
public sealed class ReportsAndReviewsResourceTests
{
    private const string Daily = "/v1/salesReports?filter[vendorNumber]=80012345&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY";

    private EmulatorFixture _emulator = null!;

    // Every test only reads (the second response is refused), so they share one emulator.
    [OneTimeSetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).WithIndividualKey());

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [TestCase("/v1/salesReports?filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY", "PARAMETER_ERROR.REQUIRED", "filter[vendorNumber]")]
    [TestCase(Daily + "&filter[reportDate]=2026/10/01", "PARAMETER_ERROR.INVALID", "filter[reportDate]")]
    [TestCase("/v1/salesReports?filter[vendorNumber]=80012345&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=HOURLY", "PARAMETER_ERROR.INVALID", "filter[frequency]")]
    [TestCase(Daily + "&filter[colour]=blue", "PARAMETER_ERROR.ILLEGAL", "filter[colour]")]
    [TestCase("/v1/financeReports?filter[vendorNumber]=80012345&filter[reportType]=FINANCE_DETAIL&filter[regionCode]=US&filter[reportDate]=2025-01", "PARAMETER_ERROR.INVALID", "filter[regionCode]")]
    [TestCase("/v1/apps/1530123457/customerReviews?exists[publishedResponse]=maybe", "PARAMETER_ERROR.INVALID", "exists[publishedResponse]")]
    [TestCase("/v1/apps/1530123457/customerReviews?limit=201", "PARAMETER_ERROR.INVALID", "limit")]
    public async Task Should_Answer_400_With_The_Parameter_At_Fault(string path, string code, string parameter)
    {
        var (status, body) = await _emulator.GetAsync(path);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), () => body!.ToJsonString());
        Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo(code));
        Assert.That(body["errors"]![0]!["source"]!["parameter"]!.GetValue<string>(), Is.EqualTo(parameter));
    }

    [Test]
    public async Task Should_Refuse_Individual_Keys_With_Forbidden_Error()
    {
        using var client = new HttpClient { BaseAddress = _emulator.Host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Mint(_emulator.Host.IndividualKey!, individual: true));

        var (status, body) = await _emulator.SendAsync(HttpMethod.Get, Daily, client: client);

        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("FORBIDDEN_ERROR"));
    }

    [Test]
    public async Task Should_Answer_Apples_404_For_A_Date_Without_Sales()
    {
        var (status, body) = await _emulator.GetAsync(Daily + "&filter[reportDate]=2019-05-01");

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("NOT_FOUND"));
        Assert.That(body["errors"]![0]!["detail"]!.GetValue<string>(), Is.EqualTo("There were no sales for the date specified."));
    }

    [Test]
    public async Task Should_Refuse_A_Second_Response_To_A_Review()
    {
        var page = await _emulator.GetOkAsync("/v1/apps/1530123457/customerReviews?exists[publishedResponse]=true&limit=1");
        var reviewId = page["data"]![0]!["id"]!.GetValue<string>();
        var body = new { data = new { type = "customerReviewResponses", attributes = new { responseBody = "Hi" }, relationships = new { review = new { data = new { type = "customerReviews", id = reviewId } } } } };

        var (status, error) = await _emulator.SendAsync(HttpMethod.Post, "/v1/customerReviewResponses", body);

        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(error!["errors"]![0]!["detail"]!.GetValue<string>(), Does.Contain("already has a response"));
    }

    [Test]
    public async Task Should_Seed_More_Than_200_Reviews_For_One_App()
    {
        var page = await _emulator.GetOkAsync("/v1/apps/1481192346/customerReviews?limit=200");

        Assert.That(page["meta"]!["paging"]!["total"]!.GetValue<int>(), Is.EqualTo(260));
        Assert.That(page["links"]!["next"], Is.Not.Null);
    }
}
