using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

public sealed class JsonApiTests
{
    private EmulatorFixture _emulator = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));

        // 250 builds of the Sample app, more than one 200-item page, made through the store as processing would.
        var now = DateTimeOffset.UtcNow;
        _emulator.Host.Context.Store.Write(store =>
        {
            for (var i = 1; i <= 250; i++)
            {
                BuildFactory.Create(store, UploadSteps.SampleAppId, "2.0", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "IOS", null, now.AddMinutes(-i), now.AddMinutes(-i));
            }
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [Test]
    public async Task Should_Page_Past_200_By_Following_Next_Links()
    {
        // When
        var ids = new List<string>();
        var next = $"/v1/builds?filter[app]={UploadSteps.SampleAppId}&limit=200";
        var pages = 0;
        while (next is not null)
        {
            // A next link that never ends would loop forever: two pages are expected, ten is a regression.
            Assert.That(pages, Is.LessThan(10), "the next links never end");
            var page = await _emulator.GetOkAsync(next);
            pages++;
            ids.AddRange(page["data"]!.AsArray().Select(b => b!["id"]!.GetValue<string>()));
            Assert.That(page["meta"]!["paging"]!["total"]!.GetValue<int>(), Is.EqualTo(250));
            Assert.That(page["meta"]!["paging"]!["limit"]!.GetValue<int>(), Is.EqualTo(200));
            next = page["links"]!["next"]?.GetValue<string>();
            Assert.That(next is null || (next.StartsWith(_emulator.Host.BaseAddress.ToString(), StringComparison.Ordinal) && next.Contains("cursor=", StringComparison.Ordinal)), Is.True, next);
        }

        // Then
        Assert.That(pages, Is.EqualTo(2));
        Assert.That(ids, Has.Count.EqualTo(250).And.Unique);
    }

    [Test]
    public async Task Should_Filter_On_Existence_Of_An_Answer()
    {
        var unanswered = await _emulator.GetOkAsync($"/v1/builds?filter[app]={UploadSteps.SampleAppId}&exists[usesNonExemptEncryption]=false&limit=1");
        var answered = await _emulator.GetOkAsync($"/v1/builds?filter[app]={UploadSteps.SampleAppId}&exists[usesNonExemptEncryption]=true");

        Assert.That(unanswered["meta"]!["paging"]!["total"]!.GetValue<int>(), Is.EqualTo(250));
        Assert.That(answered["data"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Should_Default_To_50_Per_Page() =>
        Assert.That((await _emulator.GetOkAsync("/v1/builds"))["data"]!.AsArray(), Has.Count.EqualTo(50));

    [Test]
    public async Task Should_Refuse_A_Limit_Over_200()
    {
        var (status, body) = await _emulator.GetAsync("/v1/builds?limit=201");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = body!["errors"]![0]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("PARAMETER_ERROR.INVALID"));
        Assert.That(error["source"]!["parameter"]!.GetValue<string>(), Is.EqualTo("limit"));
        Assert.That(Guid.TryParse(error["id"]!.GetValue<string>(), out _), Is.True);
    }

    [Test]
    public async Task Should_Refuse_An_Unknown_Filter()
    {
        var (status, body) = await _emulator.GetAsync("/v1/apps?filter[colour]=blue");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("PARAMETER_ERROR.ILLEGAL"));
        Assert.That(body["errors"]![0]!["source"]!["parameter"]!.GetValue<string>(), Is.EqualTo("filter[colour]"));
    }

    [Test]
    public async Task Should_Filter_By_Comma_Separated_Values_And_Sort_Descending()
    {
        var apps = await _emulator.GetOkAsync("/v1/apps?filter[bundleId]=com.example.Sample,org.fastlane.very-capable-app&sort=-name");

        Assert.That(apps["data"]!.AsArray().Select(a => a!["attributes"]!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Very Capable App", "Sample" }));
    }

    [Test]
    public async Task Should_Sort_Build_Numbers_Numerically()
    {
        var builds = await _emulator.GetOkAsync($"/v1/builds?filter[app]={UploadSteps.SampleAppId}&sort=-version&limit=3");

        Assert.That(builds["data"]!.AsArray().Select(b => b!["attributes"]!["version"]!.GetValue<string>()), Is.EqualTo(new[] { "250", "249", "248" }));
    }

    [Test]
    public async Task Should_Include_Related_Resources_And_Apply_Sparse_Fieldsets()
    {
        var builds = await _emulator.GetOkAsync($"/v1/builds?filter[app]={UploadSteps.SampleAppId}&limit=2&include=app,preReleaseVersion&fields[builds]=version,app&fields[apps]=bundleId");

        var build = builds["data"]![0]!.AsObject();
        Assert.That(build["attributes"]!.AsObject().Select(a => a.Key), Is.EqualTo(new[] { "version" }));
        Assert.That(build["relationships"]!.AsObject().Select(r => r.Key), Is.EqualTo(new[] { "app" }));
        var included = builds["included"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.That(included.Select(i => i["type"]!.GetValue<string>()), Is.EquivalentTo(new[] { "apps", "preReleaseVersions" }));
        Assert.That(included.Single(i => i["type"]!.GetValue<string>() == "apps")["attributes"]!.AsObject().Select(a => a.Key), Is.EqualTo(new[] { "bundleId" }));
    }

    [Test]
    public async Task Should_Encode_The_Brackets_It_Echoes_In_Links()
    {
        // When a client sends filter[...] with raw brackets, as many do
        var page = await _emulator.GetOkAsync($"/v1/builds?filter[app]={UploadSteps.SampleAppId}&limit=1");

        // Then links stay URIs (brackets are not allowed in a query)
        foreach (var name in new[] { "self", "next" })
        {
            var link = page["links"]![name]!.GetValue<string>();
            Assert.That(link, Does.Not.Contain("[").And.Not.Contain("]"), name);
            Assert.That(Uri.IsWellFormedUriString(link, UriKind.Absolute), Is.True, link);
            Assert.That(Uri.UnescapeDataString(link), Does.Contain($"filter[app]={UploadSteps.SampleAppId}"));
        }
    }

    [TestCase("/v1/appStoreVersions/{0}/appStoreVersionPhasedRelease")]
    [TestCase("/v1/appStoreVersions/{0}/relationships/appStoreVersionPhasedRelease")]
    [TestCase("/v1/appStoreVersions/{0}/build")]
    [TestCase("/v1/appStoreVersions/{0}/relationships/build")]
    public async Task Should_Answer_An_Empty_To_One_With_Data_Null(string template)
    {
        // Given a version without a build or a phased release
        var versions = await _emulator.GetOkAsync($"/v1/apps/{UploadSteps.SampleAppId}/appStoreVersions?limit=1");
        var version = versions["data"]![0]!["id"]!.GetValue<string>();

        // When
        var (status, body) = await _emulator.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, version));
        var (missing, _) = await _emulator.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, "no-such-version"));

        // Then: Apple's 200 with data null; an unknown parent is still 404
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), () => body!.ToJsonString());
        Assert.That(body!.AsObject().ContainsKey("data"), Is.True);
        Assert.That(body["data"], Is.Null);
        Assert.That(body["links"]!["self"]!.GetValue<string>(), Does.EndWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, version)));
        Assert.That(missing, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Should_Answer_404_Apple_Style_For_An_Unknown_Id()
    {
        var (status, body) = await _emulator.GetAsync("/v1/apps/999");

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("NOT_FOUND"));
    }

    [TestCase("GET", "/v1/nothingHere", HttpStatusCode.NotFound, "NOT_FOUND")]
    [TestCase("DELETE", "/v1/apps/1481192346", HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED")]
    public async Task Should_Answer_Apple_Style_For_What_Is_Not_Implemented(string method, string path, HttpStatusCode expected, string code)
    {
        var (status, body) = await _emulator.SendAsync(new HttpMethod(method), path, new { data = new { type = "apps", id = "1481192346" } });

        Assert.That(status, Is.EqualTo(expected));
        Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo(code));
    }

    [Test]
    public async Task Should_Carry_The_Rate_Limit_Header_And_Answer_429_Past_The_Budget()
    {
        // Given an emulator allowing three requests an hour
        await using var limited = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.RateLimitPerHour = 3));
        var remaining = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await limited.Http.GetAsync(new Uri("/v1/apps", UriKind.Relative));
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            remaining.Add(ok.Headers.GetValues("X-Rate-Limit").Single());
        }

        // When
        using var refused = await limited.Http.GetAsync(new Uri("/v1/apps", UriKind.Relative));

        // Then
        Assert.That(remaining, Is.EqualTo(new[] { "user-hour-lim:3;user-hour-rem:2;", "user-hour-lim:3;user-hour-rem:1;", "user-hour-lim:3;user-hour-rem:0;" }));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(refused.Headers.GetValues("X-Rate-Limit").Single(), Is.EqualTo("user-hour-lim:3;user-hour-rem:0;"));
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.That(body["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("RATE_LIMIT_EXCEEDED"));
    }

    [Test]
    public async Task Should_Format_Dates_With_Milliseconds_And_Offset()
    {
        var build = await _emulator.GetOkAsync($"/v1/builds?filter[app]={UploadSteps.SampleAppId}&limit=1");

        Assert.That(build["data"]![0]!["attributes"]!["uploadedDate"]!.GetValue<string>(), Does.Match(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$"));
    }
}
