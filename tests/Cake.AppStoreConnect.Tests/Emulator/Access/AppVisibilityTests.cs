using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator.Access;

/// <summary>
/// An individual key sees only its user's apps, also through the records those apps own: another app's build,
/// version, beta group, submission, review or tester (one in none of the key's apps) is 404 by its own path,
/// whatever the method, and absent from lists, linkages and <c>included</c>; a team key sees all.
/// </summary>
public sealed class AppVisibilityTests
{
    private const string Hidden = EmulatorFixture.VeryCapableAppId;
    private const string Visible = EmulatorFixture.SampleAppId;

    private EmulatorFixture _emulator = null!;
    private HttpClient _individual = null!;
    private (string Visible, string Hidden) _groups;
    private (string Visible, string Hidden, string Shared) _testers;
    private (string VisibleGroup, string HiddenGroup, string VisibleTester, string HiddenTester) _doomed;

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

        // Records of the test's own, so deleting one (allowed, on the visible side) leaves the seed's alone.
        _groups = (await CreateGroupAsync(Visible, "Scope"), await CreateGroupAsync(Hidden, "Scope"));
        _testers = (
            await CreateTesterAsync("visible-only@example.com", _groups.Visible),
            await CreateTesterAsync("hidden-only@example.com", _groups.Hidden),
            await CreateTesterAsync("in-both@example.com", _groups.Visible, _groups.Hidden));
        _doomed = (await CreateGroupAsync(Visible, "Doomed"), await CreateGroupAsync(Hidden, "Doomed"), "", "");
        _doomed = _doomed with
        {
            VisibleTester = await CreateTesterAsync("doomed-visible@example.com", _doomed.VisibleGroup),
            HiddenTester = await CreateTesterAsync("doomed-hidden@example.com", _doomed.HiddenGroup),
        };

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
    [TestCase("appStoreVersions/appStoreVersionLocalizations")]
    [TestCase("appInfos/appInfoLocalizations")]
    [TestCase("builds/buildBetaDetail")]
    [TestCase("buildUploads/buildUploadFiles")]
    public async Task Should_Answer_404_For_Another_Apps_Record_By_Its_Own_Path(string path)
    {
        var (type, hiddenId) = await FirstBelowAsync(Hidden, path);
        var (_, visibleId) = await FirstBelowAsync(Visible, path);

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

    [Test]
    public async Task Should_Answer_404_For_A_Tester_Of_Other_Apps_Only_And_Leave_It_Out_Of_Lists()
    {
        var (hidden, error) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/betaTesters/{_testers.Hidden}", client: _individual);
        var (shared, _) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/betaTesters/{_testers.Shared}", client: _individual);
        var (listed, list) = await _emulator.SendAsync(HttpMethod.Get, "/v1/betaTesters?limit=200", client: _individual);
        var all = await TeamIdsAsync("/v1/betaTesters?limit=200");

        Assert.That(listed, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(all, Does.Contain(_testers.Hidden), "a team key lists every tester");
            Assert.That(hidden, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(error!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("NOT_FOUND"));
            Assert.That(shared, Is.EqualTo(HttpStatusCode.OK), "a tester of a visible app is visible, whatever other apps it tests");
            Assert.That(Ids(list!), Does.Not.Contain(_testers.Hidden));
            Assert.That(Ids(list!), Does.Contain(_testers.Shared).And.Contain(_testers.Visible));
        });
    }

    [Test]
    public async Task Should_Leave_Another_Apps_Records_Out_Of_Included_And_Linkages()
    {
        var (status, tester) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/betaTesters/{_testers.Shared}?include=apps,betaGroups", client: _individual);
        var (_, linkages) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/betaTesters/{_testers.Shared}/relationships/betaGroups", client: _individual);
        var (_, groups) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/betaTesters/{_testers.Shared}/betaGroups", client: _individual);
        var team = await _emulator.GetOkAsync($"/v1/betaTesters/{_testers.Shared}?include=apps,betaGroups");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var included = tester!["included"]!.AsArray().Select(r => $"{r!["type"]}/{r["id"]}").ToList();
        var linked = tester["data"]!["relationships"]!.AsObject().SelectMany(r => r.Value!["data"]?.AsArray() ?? []).Select(l => $"{l!["type"]}/{l["id"]}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(team["included"]!.AsArray().Select(r => $"{r!["type"]}/{r["id"]}"), Does.Contain($"apps/{Hidden}").And.Contain($"betaGroups/{_groups.Hidden}"), "a team key's document includes both apps' records");
            Assert.That(included, Does.Contain($"apps/{Visible}").And.Contain($"betaGroups/{_groups.Visible}"));
            Assert.That(included, Does.Not.Contain($"apps/{Hidden}").And.Not.Contain($"betaGroups/{_groups.Hidden}"));
            Assert.That(linked, Does.Not.Contain($"apps/{Hidden}").And.Not.Contain($"betaGroups/{_groups.Hidden}"));
            Assert.That(Ids(linkages!), Is.EqualTo(new[] { _groups.Visible }));
            Assert.That(Ids(groups!), Is.EqualTo(new[] { _groups.Visible }));
        });
    }

    [TestCase("PATCH", "appStoreVersions")]
    [TestCase("PATCH", "builds")]
    [TestCase("PATCH", "betaGroups")]
    [TestCase("PATCH", "appStoreVersions/appStoreVersionLocalizations")]
    [TestCase("PATCH", "appInfos/ageRatingDeclaration")]
    [TestCase("DELETE", "betaGroups")]
    [TestCase("DELETE", "betaTesters")]
    public async Task Should_Answer_404_And_Change_Nothing_For_A_Change_To_Another_Apps_Record_By_Its_Own_Path(string method, string path)
    {
        var (type, hiddenId) = method == "DELETE" ? (path, path == "betaGroups" ? _doomed.HiddenGroup : _doomed.HiddenTester) : await FirstBelowAsync(Hidden, path);
        var visibleId = method == "DELETE" ? (path == "betaGroups" ? _doomed.VisibleGroup : _doomed.VisibleTester) : (await FirstBelowAsync(Visible, path)).Id;
        var before = (await _emulator.StateAsync()).ToJsonString();

        var (other, error) = await _emulator.SendAsync(new HttpMethod(method), $"/v1/{type}/{hiddenId}", Change(type, hiddenId), _individual);
        var after = (await _emulator.StateAsync()).ToJsonString();
        var (own, ownBody) = await _emulator.SendAsync(new HttpMethod(method), $"/v1/{type}/{visibleId}", Change(type, visibleId), _individual);

        Assert.Multiple(() =>
        {
            Assert.That(other, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(error!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("NOT_FOUND"));
            Assert.That(after, Is.EqualTo(before), "a refused change changes nothing");
            Assert.That((int)own, Is.InRange(200, 299), () => $"the same request on the key's own app must succeed, or the 404 proves nothing: {ownBody?.ToJsonString()}");
        });
    }

    [Test]
    public async Task Should_Answer_A_Body_Naming_Another_Apps_Record_As_One_Naming_A_Missing_Record()
    {
        static object Group(string appId) => new { data = new { type = "betaGroups", attributes = new { name = "Sneaky" }, relationships = new { app = new { data = new { type = "apps", id = appId } } } } };
        static object Testers(string id) => new { data = new[] { new { type = "betaTesters", id } } };
        var addTesters = $"/v1/betaGroups/{_groups.Visible}/relationships/betaTesters";
        var before = (await _emulator.StateAsync()).ToJsonString();

        var (hiddenApp, hiddenAppError) = await _emulator.SendAsync(HttpMethod.Post, "/v1/betaGroups", Group(Hidden), _individual);
        var (missingApp, missingAppError) = await _emulator.SendAsync(HttpMethod.Post, "/v1/betaGroups", Group("999999999"), _individual);
        var (hiddenTester, hiddenTesterError) = await _emulator.SendAsync(HttpMethod.Post, addTesters, Testers(_testers.Hidden), _individual);
        var (missingTester, missingTesterError) = await _emulator.SendAsync(HttpMethod.Post, addTesters, Testers("no-such-tester"), _individual);
        var after = (await _emulator.StateAsync()).ToJsonString();
        var (visibleApp, visibleAppBody) = await _emulator.SendAsync(HttpMethod.Post, "/v1/betaGroups", Group(Visible), _individual);

        static string Shape(JsonNode? error, string id) =>
            $"{error!["errors"]![0]!["status"]} {error["errors"]![0]!["code"]} {error["errors"]![0]!["source"]?["pointer"]} {error["errors"]![0]!["detail"]!.GetValue<string>().Replace(id, "ID", StringComparison.Ordinal)}";
        Assert.Multiple(() =>
        {
            Assert.That(hiddenApp, Is.EqualTo(missingApp));
            Assert.That(Shape(hiddenAppError, Hidden), Is.EqualTo(Shape(missingAppError, "999999999")));
            Assert.That(hiddenTester, Is.EqualTo(missingTester));
            Assert.That(Shape(hiddenTesterError, _testers.Hidden), Is.EqualTo(Shape(missingTesterError, "no-such-tester")));
            Assert.That((int)hiddenApp, Is.EqualTo(422), () => hiddenAppError!.ToJsonString());
            Assert.That(after, Is.EqualTo(before), "nothing is created in, or linked to, an app the key cannot see");
            Assert.That(visibleApp, Is.EqualTo(HttpStatusCode.Created), () => $"the same request for the key's own app must succeed: {visibleAppBody?.ToJsonString()}");
        });
    }

    private static object? Change(string type, string id) => type switch
    {
        "appStoreVersions" => new { data = new { type, id, attributes = new { copyright = "2026 Scope" } } },
        "builds" => new { data = new { type, id, attributes = new { usesNonExemptEncryption = false } } },
        "betaGroups" => new { data = new { type, id, attributes = new { feedbackEnabled = true } } },
        "appStoreVersionLocalizations" => new { data = new { type, id, attributes = new { promotionalText = "Scope" } } },
        "ageRatingDeclarations" => new { data = new { type, id, attributes = new { developerAgeRatingInfoUrl = "https://example.com/age" } } },
        _ => null,
    };

    private async Task<string> CreateGroupAsync(string appId, string name)
    {
        var created = await _emulator.SendOkAsync(HttpMethod.Post, "/v1/betaGroups", new
        {
            data = new
            {
                type = "betaGroups",
                attributes = new { name },
                relationships = new { app = new { data = new { type = "apps", id = appId } } },
            },
        });
        return created!["data"]!["id"]!.GetValue<string>();
    }

    private async Task<string> CreateTesterAsync(string email, params string[] groupIds)
    {
        var created = await _emulator.SendOkAsync(HttpMethod.Post, "/v1/betaTesters", new
        {
            data = new
            {
                type = "betaTesters",
                attributes = new { email },
                relationships = new { betaGroups = new { data = groupIds.Select(id => new { type = "betaGroups", id }).ToArray() } },
            },
        });
        return created!["data"]!["id"]!.GetValue<string>();
    }

    /// <summary>Follows relationships from an app with the team key (<c>appInfos/appInfoLocalizations</c>) to the first record at the end.</summary>
    private async Task<(string Type, string Id)> FirstBelowAsync(string appId, string path)
    {
        var (type, id) = ("apps", appId);
        foreach (var relationship in path.Split('/'))
        {
            var data = (await _emulator.GetOkAsync($"/v1/{type}/{id}/{relationship}"))["data"]!;
            var first = data is JsonArray many ? many[0]! : data;
            (type, id) = (first["type"]!.GetValue<string>(), first["id"]!.GetValue<string>());
        }

        return (type, id);
    }

    private async Task<List<string>> TeamIdsAsync(string path) => Ids(await _emulator.GetOkAsync(path));

    private static List<string> Ids(JsonNode body) => [.. body["data"]!.AsArray().Select(d => d!["id"]!.GetValue<string>())];
}
