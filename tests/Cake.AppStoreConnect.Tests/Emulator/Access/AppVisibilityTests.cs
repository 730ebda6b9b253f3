using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator.Access;

/// <summary>
/// An individual key sees only its user's apps, also through the records those apps own: another app's build,
/// version, beta group, submission or review is 404 by its own path and absent from lists; a team key sees all.
/// </summary>
public sealed class AppVisibilityTests
{
    private const string Hidden = EmulatorFixture.VeryCapableAppId;
    private const string Visible = EmulatorFixture.SampleAppId;

    private EmulatorFixture _emulator = null!;
    private HttpClient _individual = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false).WithClock());

        // The demo seed has no builds nor review submissions: give each app one of each, so both sides of the rule have records.
        foreach (var appId in new[] { Hidden, Visible })
        {
            var uploadId = await UploadSteps.CreateUploadAsync(_emulator, "3.0", "1", appId);
            var content = Archives.Ipa();
            var file = await UploadSteps.ReserveAsync(_emulator, uploadId, content.Length);
            await UploadSteps.PutAllPartsAsync(_emulator.Control, file, content);
            var (committed, _) = await UploadSteps.CommitAsync(_emulator, file["id"]!.GetValue<string>(), content);
            Assert.That(committed, Is.EqualTo(HttpStatusCode.OK));
            await UploadSteps.ProcessedUploadAsync(_emulator, uploadId, "COMPLETE");
            var (submitted, body) = await _emulator.SendAsync(HttpMethod.Post, "/v1/reviewSubmissions", new
            {
                data = new
                {
                    type = "reviewSubmissions",
                    attributes = new { platform = "IOS" },
                    relationships = new { app = new { data = new { type = "apps", id = appId } } },
                },
            });
            Assert.That(submitted, Is.EqualTo(HttpStatusCode.Created), () => body!.ToJsonString());
        }

        var (status, created) = await _emulator.SendAsync(HttpMethod.Post, "/_emulator/keys",
            new { kind = "individual", roles = new[] { "APP_MANAGER" }, userId = "user-1", visibleAppIds = new[] { Visible } }, _emulator.Control);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), () => created!.ToJsonString());
        var key = new EmulatorKey(created!["keyId"]!.GetValue<string>(), created["issuerId"]?.GetValue<string>(), created["privateKeyPem"]!.GetValue<string>(), null);
        _individual = new HttpClient { BaseAddress = _emulator.Host.BaseAddress };
        UploadSteps.UseToken(_individual, Tokens.Mint(key, individual: true));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _individual.Dispose();
        await _emulator.DisposeAsync();
    }

    [TestCase("builds")]
    [TestCase("preReleaseVersions")]
    [TestCase("appStoreVersions")]
    [TestCase("betaGroups")]
    [TestCase("customerReviews")]
    [TestCase("reviewSubmissions")]
    [TestCase("buildUploads")]
    public async Task Should_Answer_404_For_Another_Apps_Record_By_Its_Own_Path(string type)
    {
        var hiddenId = (await TeamIdsAsync($"/v1/apps/{Hidden}/{type}?limit=1")).First();
        var visibleId = (await TeamIdsAsync($"/v1/apps/{Visible}/{type}?limit=1")).First();

        var (team, _) = await _emulator.GetAsync($"/v1/{type}/{hiddenId}");
        var (other, error) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/{type}/{hiddenId}", client: _individual);
        var (own, _) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/{type}/{visibleId}", client: _individual);

        Assert.Multiple(() =>
        {
            Assert.That(team, Is.EqualTo(HttpStatusCode.OK), "a team key sees every app's records");
            Assert.That(other, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(error!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("NOT_FOUND"));
            Assert.That(own, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [TestCase("builds")]
    [TestCase("preReleaseVersions")]
    [TestCase("betaGroups")]
    public async Task Should_Leave_Another_Apps_Records_Out_Of_Lists(string type)
    {
        var hidden = await TeamIdsAsync($"/v1/apps/{Hidden}/{type}?limit=200");
        var visible = await TeamIdsAsync($"/v1/apps/{Visible}/{type}?limit=200");
        var all = await TeamIdsAsync($"/v1/{type}?limit=200");

        var (status, body) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/{type}?limit=200", client: _individual);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(hidden, Is.Not.Empty, "the seed must give the hidden app records, or the test proves nothing");
            Assert.That(all, Is.SupersetOf(hidden), "a team key lists every app's records");
            Assert.That(Ids(body!), Is.EquivalentTo(visible));
        });
    }

    [Test]
    public async Task Should_Answer_404_For_A_Relationship_Of_Another_Apps_Record()
    {
        var hiddenBuild = (await TeamIdsAsync($"/v1/apps/{Hidden}/builds?limit=1")).First();

        var (related, _) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/builds/{hiddenBuild}/app", client: _individual);

        Assert.That(related, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<List<string>> TeamIdsAsync(string path) => Ids(await _emulator.GetOkAsync(path));

    private static List<string> Ids(JsonNode body) => [.. body["data"]!.AsArray().Select(d => d!["id"]!.GetValue<string>())];
}
