using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>Every implemented operation, exercised against Apple's spec (<c>--openapi</c>): no response may break it.</summary>
public sealed partial class ContractTests
{
    private EmulatorFixture _emulator = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).WithContractCheck().WithClock().WithReviewTime(ReviewTime));
    }

    [TearDown]
    public async Task StopAsync()
    {
        // None when SetUp ignored the test because Apple's spec is absent (a user's clone).
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
            _emulator = null!;
        }
    }

    private Task<JsonObject> ContractAsync() => _emulator.ContractAsync();

    private async Task<JsonNode> ExpectAsync(HttpMethod method, string path, HttpStatusCode expected, object? body = null)
    {
        var (status, response) = await _emulator.SendAsync(method, path, body);
        Assert.That(status, Is.EqualTo(expected), () => $"{method} {path}: {response?.ToJsonString()}");
        return response!;
    }

    [Test]
    public async Task Should_Keep_Apples_Contract_On_Every_Implemented_Operation()
    {
        // Given a complete upload, so that every resource exists
        var ipa = Archives.Ipa();
        const string App = UploadSteps.SampleAppId;
        var uploadId = await UploadSteps.CreateUploadAsync(_emulator, "5.0", "1");
        var file = await UploadSteps.ReserveAsync(_emulator, uploadId, ipa.Length);
        var fileId = file["id"]!.GetValue<string>();
        await UploadSteps.PutAllPartsAsync(_emulator.Control, file, ipa);
        await ExpectAsync(HttpMethod.Patch, $"/v1/buildUploadFiles/{fileId}", HttpStatusCode.OK, UploadSteps.CommitBody(fileId, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ipa)), "SHA_256"));
        var upload = await UploadSteps.ProcessedUploadAsync(_emulator, uploadId, "COMPLETE");
        var buildId = upload["data"]!["relationships"]!["build"]!["data"]!["id"]!.GetValue<string>();
        var versionId = (await ExpectAsync(HttpMethod.Get, $"/v1/builds/{buildId}/preReleaseVersion", HttpStatusCode.OK))["data"]!["id"]!.GetValue<string>();

        // When every implemented operation answers, successes and errors alike
        await ExpectAsync(HttpMethod.Get, "/v1/apps?filter[bundleId]=com.example.Sample,org.fastlane.very-capable-app&sort=-name&fields[apps]=name,bundleId&limit=1", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/apps/{App}", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, "/v1/apps/42", HttpStatusCode.NotFound);
        await ExpectAsync(HttpMethod.Get, $"/v1/apps/{App}/buildUploads?include=build,assetFile&sort=-uploadedDate&filter[state]=COMPLETE&limit=5", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/apps/{App}/builds?limit=5", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/apps/{App}/preReleaseVersions", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Post, "/v1/buildUploads", HttpStatusCode.Conflict, UploadSteps.CreateUploadBody(App, "5.0", "1"));
        await ExpectAsync(HttpMethod.Post, "/v1/buildUploads", HttpStatusCode.UnprocessableEntity, UploadSteps.CreateUploadBody("42", "5.0", "2"));
        await ExpectAsync(HttpMethod.Get, $"/v1/buildUploads/{uploadId}?include=build,assetFile", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/buildUploads/{uploadId}/buildUploadFiles", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/buildUploadFiles/{fileId}", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/builds?filter[app]={App}&filter[processingState]=VALID,PROCESSING&exists[usesNonExemptEncryption]=false&include=preReleaseVersion,app,buildUpload&sort=-uploadedDate", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/builds/{buildId}?include=preReleaseVersion,app,buildUpload", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Patch, $"/v1/builds/{buildId}", HttpStatusCode.OK, new { data = new { type = "builds", id = buildId, attributes = new { usesNonExemptEncryption = false } } });
        await ExpectAsync(HttpMethod.Get, $"/v1/builds/{buildId}/app", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/preReleaseVersions?filter[app]={App}&filter[platform]=IOS&include=app,builds&sort=-version", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/preReleaseVersions/{versionId}?include=app,builds", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/preReleaseVersions/{versionId}/builds", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/apps/{App}/relationships/builds?limit=1", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/apps/{App}/relationships/buildUploads", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/apps/{App}/relationships/preReleaseVersions", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/buildUploads/{uploadId}/relationships/buildUploadFiles", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/builds/{buildId}/relationships/app", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/builds/{buildId}/relationships/preReleaseVersion", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/preReleaseVersions/{versionId}/relationships/app", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/preReleaseVersions/{versionId}/relationships/builds", HttpStatusCode.OK);
        var abandoned = await UploadSteps.CreateUploadAsync(_emulator, "5.0", "2");
        await ExpectAsync(HttpMethod.Delete, $"/v1/buildUploads/{abandoned}", HttpStatusCode.NoContent);
        await ExerciseMediaAsync(App);
        await ExerciseListingAsync();
        await ExerciseAppStoreAsync(App, buildId);
        await TestFlightContractSteps.ExerciseAsync((method, path, status, body) => ExpectAsync(method, path, status, body), App, buildId);
        await ExerciseReviewsAndReportsAsync();
        await SigningContractSteps.ExerciseAsync((method, path, status, body) => ExpectAsync(method, path, status, body));
        await ExerciseAnalyticsAsync(App, buildId);
        await ExerciseUsersAsync();
        await ExerciseEveryModelledGetRouteAsync();

        // Then
        var contract = await ContractAsync();
        Assert.That(contract["violations"]!.AsArray(), Is.Empty, () => contract["violations"]!.ToJsonString());
        Assert.That(contract["requestViolations"]!.AsArray(), Is.Empty, () => contract["requestViolations"]!.ToJsonString());
        var implemented = contract["implemented"]!.AsArray();
        Assert.That(implemented.Where(i => i!["operationId"] is null).Select(i => i!.ToJsonString()), Is.Empty, "routes that are not operations of the spec");
        Assert.That(contract["notExercised"]!.AsArray(), Is.Empty, () => contract["notExercised"]!.ToJsonString());
    }

    /// <summary>Customer reviews, responses and the gzip reports (their 200 is application/a-gzip, not JSON).</summary>
    private async Task ExerciseReviewsAndReportsAsync()
    {
        const string App = UploadSteps.SampleAppId;
        var reviews = await ExpectAsync(HttpMethod.Get, $"/v1/apps/{App}/customerReviews?filter[rating]=1,2,3,4,5&filter[territory]=USA,DEU,GBR,FRA,JPN,CAN,AUS&exists[publishedResponse]=false&sort=-createdDate&include=response&fields[customerReviews]=rating,title,body,reviewerNickname,createdDate,territory,response&limit=2", HttpStatusCode.OK);
        var reviewId = reviews["data"]![0]!["id"]!.GetValue<string>();
        var answered = await ExpectAsync(HttpMethod.Get, $"/v1/apps/{App}/customerReviews?exists[publishedResponse]=true&include=response&sort=rating&limit=1", HttpStatusCode.OK);
        var answeredId = answered["data"]![0]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Get, $"/v1/customerReviews/{answeredId}?include=response", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, "/v1/customerReviews/no-such-review", HttpStatusCode.NotFound);
        await ExpectAsync(HttpMethod.Get, $"/v1/customerReviews/{answeredId}/response?include=review", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/customerReviews/{answeredId}/relationships/response", HttpStatusCode.OK);
        var created = await ExpectAsync(HttpMethod.Post, "/v1/customerReviewResponses", HttpStatusCode.Created, ReviewResponseBody(reviewId, "Thanks!"));
        var responseId = created["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Post, "/v1/customerReviewResponses", HttpStatusCode.Conflict, ReviewResponseBody(reviewId, "Again"));
        await ExpectAsync(HttpMethod.Post, "/v1/customerReviewResponses", HttpStatusCode.UnprocessableEntity, ReviewResponseBody("no-such-review", "Hello"));
        await ExpectAsync(HttpMethod.Get, $"/v1/customerReviewResponses/{responseId}?include=review", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Delete, $"/v1/customerReviewResponses/{responseId}", HttpStatusCode.NoContent);
        await ExpectAsync(HttpMethod.Delete, $"/v1/customerReviewResponses/{responseId}", HttpStatusCode.NotFound);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var yesterday = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await ExpectGzipAsync($"/v1/salesReports?filter[vendorNumber]=80012345&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY&filter[reportDate]={yesterday}&filter[version]=1_0");
        await ExpectAsync(HttpMethod.Get, $"/v1/salesReports?filter[vendorNumber]=80012345&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY&filter[reportDate]={today.Year - 5}-01-02", HttpStatusCode.NotFound);
        await ExpectAsync(HttpMethod.Get, "/v1/salesReports?filter[vendorNumber]=80012345&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=MONTHLY&filter[reportDate]=2026-13", HttpStatusCode.BadRequest);
        await ExpectGzipAsync($"/v1/financeReports?filter[vendorNumber]=80012345&filter[reportType]=FINANCIAL&filter[regionCode]=ZZ&filter[reportDate]={lastMonth}");
        await ExpectAsync(HttpMethod.Get, $"/v1/financeReports?filter[vendorNumber]=80012345&filter[reportType]=FINANCIAL&filter[regionCode]=US&filter[reportDate]={today.Year - 5}-01", HttpStatusCode.NotFound);
    }

    private static object ReviewResponseBody(string reviewId, string text) => new
    {
        data = new
        {
            type = "customerReviewResponses",
            attributes = new { responseBody = text },
            relationships = new { review = new { data = new { type = "customerReviews", id = reviewId } } },
        },
    };

    private async Task ExpectGzipAsync(string path)
    {
        using var response = await _emulator.Http.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), () => $"GET {path}: {System.Text.Encoding.UTF8.GetString(body)}");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/a-gzip"));
        Assert.That(body[..2], Is.EqualTo(new byte[] { 0x1f, 0x8b }));
    }

    [Test]
    public async Task Should_Refuse_Requests_The_Spec_Refuses_And_Record_Them()
    {
        // When
        var (status, body) = await _emulator.GetAsync("/v1/builds?limit=201");
        var (illegal, illegalBody) = await _emulator.GetAsync("/v1/apps?filter[colour]=blue");

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body!["errors"]![0]!["source"]!["parameter"]!.GetValue<string>(), Is.EqualTo("limit"));
        Assert.That(illegal, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(illegalBody!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("PARAMETER_ERROR.ILLEGAL"));
        var recorded = (await ContractAsync())["requestViolations"]!.AsArray().Select(v => v!["instancePath"]!.GetValue<string>());
        Assert.That(recorded, Is.SupersetOf(new[] { "?limit", "?filter[colour]" }));
    }
}
