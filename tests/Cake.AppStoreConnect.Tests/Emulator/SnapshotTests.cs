using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Emulator.Snapshot;
using Cake.AppStoreConnect.Tests.AppStore;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary><c>snapshot --out</c>: the account read with the user's key, GET only, into a state file (issue 17). A second emulator stands in for Apple.</summary>
public sealed class SnapshotTests
{
    [Test]
    public async Task Should_Answer_The_Same_Reads_The_Same_Way_After_A_Snapshot_Having_Sent_Only_Gets()
    {
        // Given an account with a build, standing in for Apple
        using var directory = new TemporaryDirectory();
        await using var apple = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false));
        var build = await apple.UploadBuildAsync(EmulatorFixture.Sample, "1.0", "7");
        var groups = (await apple.GetOkAsync($"/v1/apps/{EmulatorFixture.SampleAppId}/betaGroups"))["data"]!.AsArray();
        Assert.That(groups, Is.Not.Empty);
        foreach (var group in groups)
        {
            var (added, _) = await apple.SendAsync(HttpMethod.Post, $"/v1/betaGroups/{group!["id"]}/relationships/builds", new { data = new[] { new { type = "builds", id = build } } });
            Assert.That(added, Is.EqualTo(HttpStatusCode.NoContent));
        }

        await apple.ClearRequestsAsync();
        var path = directory.File("state.json");

        // When
        var (code, output, error) = await SnapshotAsync(apple, path, "--keep-personal-data");

        // Then: only reads reached the account
        Assert.That(code, Is.EqualTo(0), error);
        var requests = await apple.RequestsAsync();
        Assert.That(requests, Is.Not.Empty);
        Assert.That(requests.Where(r => r.Method != "GET"), Is.Empty, "the snapshot never writes");
        Assert.That(output, Does.Contain("Snapshot of 3 app(s)"));
        Assert.That(Directory.GetFileSystemEntries(directory.Path), Is.EqualTo(new[] { path }), "the state file and nothing else");
        await apple.AssertContractKeptAsync();

        // And a fresh emulator loading the snapshot answers the same reads with the same documents
        await using var rehearsal = await EmulatorFixture.StartAsync(f => f.Configure(o => (o.Seed, o.StateFile) = (null, path)));
        var reads = await ReadsAsync(apple);
        Assert.That(reads, Has.Count.GreaterThan(20));
        foreach (var read in reads)
        {
            Assert.That(await DocumentAsync(rehearsal, read), Is.EqualTo(await DocumentAsync(apple, read)), read);
        }
    }

    [Test]
    public async Task Should_Keep_Versions_In_Review_And_Awaiting_Release_As_Apple_Shows_Them()
    {
        // Given an account, standing in for Apple, with a version approved and awaiting its manual release, and one
        // waiting for review
        using var directory = new TemporaryDirectory();
        await using var apple = await AppStoreSteps.StartOnReviewClockAsync(f => f.WithContractCheck(required: false));
        await apple.PrepareReadyAsync(EmulatorFixture.VeryCapableApp, "3.0", "30");
        await apple.SubmitAsync(EmulatorFixture.VeryCapableApp);
        await apple.PassReviewAsync(EmulatorFixture.VeryCapableApp, AscAppVersionState.PendingDeveloperRelease, "3.0");
        await apple.PrepareReadyAsync(EmulatorFixture.Sample, "2.0", "20");
        await apple.SubmitAsync(EmulatorFixture.Sample);
        var inReview = await VersionAsync(apple, EmulatorFixture.SampleAppId, "2.0");
        var pending = await VersionAsync(apple, EmulatorFixture.VeryCapableAppId, "3.0");
        Assert.That(State(inReview), Is.EqualTo("WAITING_FOR_REVIEW"));
        var path = directory.File("state.json");

        // When
        var (code, _, error) = await SnapshotAsync(apple, path);
        Assert.That(code, Is.EqualTo(0), error);
        await using var rehearsal = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false).Configure(o => (o.Seed, o.StateFile) = (null, path)));

        // Then the version in review keeps its state and its build, and editing it is refused as Apple refuses it
        Assert.That(State(await VersionAsync(rehearsal, EmulatorFixture.SampleAppId, "2.0")), Is.EqualTo("WAITING_FOR_REVIEW"));
        var id = inReview["id"]!.GetValue<string>();
        var attached = (await apple.GetOkAsync($"/v1/appStoreVersions/{id}/relationships/build"))["data"]!.ToJsonString();
        Assert.That(attached, Does.Contain("\"type\":\"builds\""), "submitted with its build");
        Assert.That((await rehearsal.GetOkAsync($"/v1/appStoreVersions/{id}/relationships/build"))["data"]!.ToJsonString(), Is.EqualTo(attached));
        var (status, body) = await rehearsal.SendAsync(HttpMethod.Patch, $"/v1/appStoreVersions/{id}", new { data = new { type = "appStoreVersions", id, attributes = new { copyright = "2027 Example Ltd" } } });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict), body?.ToJsonString());
        Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("STATE_ERROR"));
        Assert.That(body["errors"]![0]!["detail"]!.GetValue<string>(), Does.Contain("is WAITING_FOR_REVIEW and can no longer be changed"));
        var (create, _) = await rehearsal.SendAsync(HttpMethod.Post, "/v1/appStoreVersions", new
        {
            data = new
            {
                type = "appStoreVersions",
                attributes = new { platform = "IOS", versionString = "2.1" },
                relationships = new { app = new { data = new { type = "apps", id = EmulatorFixture.SampleAppId } } },
            },
        });
        Assert.That(create, Is.EqualTo(HttpStatusCode.Conflict), "no new version while one is in review");

        // And the approved one can be released, as at Apple
        Assert.That(State(await VersionAsync(rehearsal, EmulatorFixture.VeryCapableAppId, "3.0")), Is.EqualTo("PENDING_DEVELOPER_RELEASE"));
        var pendingId = pending["id"]!.GetValue<string>();
        await rehearsal.SendOkAsync(HttpMethod.Post, "/v1/appStoreVersionReleaseRequests", new
        {
            data = new { type = "appStoreVersionReleaseRequests", relationships = new { appStoreVersion = new { data = new { type = "appStoreVersions", id = pendingId } } } },
        });
        Assert.That(State(await VersionAsync(rehearsal, EmulatorFixture.VeryCapableAppId, "3.0")), Is.EqualTo("READY_FOR_DISTRIBUTION"));
        await rehearsal.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Keep_Review_Submissions_So_A_Version_In_Review_Can_Be_Withdrawn_As_At_Apple()
    {
        // Given an account, standing in for Apple, with a version waiting for review
        using var directory = new TemporaryDirectory();
        await using var apple = await AppStoreSteps.StartOnReviewClockAsync(f => f.WithContractCheck(required: false));
        await apple.PrepareReadyAsync(EmulatorFixture.Sample, "2.0", "20");
        await apple.SubmitAsync(EmulatorFixture.Sample);
        var submissions = $"/v1/apps/{EmulatorFixture.SampleAppId}/reviewSubmissions";
        var path = directory.File("state.json");

        // When it is snapshotted and loaded into a fresh emulator
        var (code, output, error) = await SnapshotAsync(apple, path);
        Assert.That(code, Is.EqualTo(0), error);
        await using var rehearsal = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false).Configure(o => (o.Seed, o.StateFile) = (null, path)));

        // Then the submissions and their items answer as Apple's do
        Assert.That(output, Does.Contain("1 review submission(s)"));
        var submission = (await apple.GetOkAsync(submissions))["data"]!.AsArray().Single()!["id"]!.GetValue<string>();
        foreach (var read in new[] { submissions, $"/v1/reviewSubmissions/{submission}/items?include=appStoreVersion", $"/v1/reviewSubmissions/{submission}?include=appStoreVersionForReview" })
        {
            Assert.That(await DocumentAsync(rehearsal, read), Is.EqualTo(await DocumentAsync(apple, read)), read);
        }

        // And the add-in's cancel withdraws the version, which is editable again, as at Apple
        var (context, _) = rehearsal.CakeContext();
        var canceled = context.AscCancelReviewSubmission(EmulatorFixture.Sample, s => s.ForVersion("2.0"));
        Assert.That(canceled.Resource!.Select(c => c.Id), Is.EqualTo(new[] { submission }));
        Assert.That(State(await VersionAsync(rehearsal, EmulatorFixture.SampleAppId, "2.0")), Is.EqualTo("DEVELOPER_REJECTED"));
        var id = (await VersionAsync(rehearsal, EmulatorFixture.SampleAppId, "2.0"))["id"]!.GetValue<string>();
        var (status, body) = await rehearsal.SendAsync(HttpMethod.Patch, $"/v1/appStoreVersions/{id}", new { data = new { type = "appStoreVersions", id, attributes = new { copyright = "2027 Example Ltd" } } });
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body?.ToJsonString());
        await apple.AssertContractKeptAsync();
        await rehearsal.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Put_Placeholders_For_Testers_Emails_And_Names_Stable_From_One_Snapshot_To_The_Next()
    {
        // Given
        using var directory = new TemporaryDirectory();
        await using var apple = await EmulatorFixture.StartAsync();
        var testers = await apple.StateAsync("betaTesters");
        var emails = testers.Select(t => t!["email"]!.GetValue<string>()).ToList();
        var names = testers.SelectMany(t => new[] { t!["firstName"]!.GetValue<string>(), t["lastName"]!.GetValue<string>() }).Distinct().ToList();

        // When
        await SnapshotAsync(apple, directory.File("first.json"));
        await SnapshotAsync(apple, directory.File("second.json"));

        // Then
        var first = await File.ReadAllTextAsync(directory.File("first.json"));
        // Whole JSON string values: a short first name such as "Cat" may well occur inside other seeded text.
        Assert.That(emails.Concat(names).Where(v => first.Contains($"\"{v}\"", StringComparison.Ordinal)), Is.Empty, "no email or name of a tester");
        await using var rehearsal = await EmulatorFixture.StartAsync(f => f.Configure(o => (o.Seed, o.StateFile) = (null, directory.File("first.json"))));
        var placeholders = (await rehearsal.StateAsync("betaTesters")).Select(t => t!["email"]!.GetValue<string>()).ToList();
        Assert.That(placeholders, Has.Count.EqualTo(emails.Count).And.All.Match(@"^tester-[0-9a-f]{10}@example\.invalid$"));
        Assert.That(placeholders, Is.Unique);
        Assert.That(await File.ReadAllTextAsync(directory.File("second.json")), Does.Contain(placeholders[0]), "the same tester gets the same placeholder");
    }

    [Test]
    public async Task Should_Refuse_Any_Request_But_Get_Before_It_Is_Sent()
    {
        // Given
        await using var apple = await EmulatorFixture.StartAsync();
        using var key = SnapshotKey.FromEnvironment(name => apple.Variables.GetValueOrDefault(name));
        using var api = new ReadOnlyApi(apple.Host.BaseAddress, key);
        await apple.ClearRequestsAsync();

        // When
        var methods = new[] { HttpMethod.Post, HttpMethod.Patch, HttpMethod.Put, HttpMethod.Delete };
        foreach (var method in methods)
        {
            using var request = new HttpRequestMessage(method, "/v1/betaGroups") { Content = new StringContent("{}") };
            Assert.That(async () => await api.Http.SendAsync(request), Throws.InvalidOperationException.With.Message.Contains($"{method} /v1/betaGroups was refused"));
        }

        // Then
        Assert.That(await apple.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Name_The_Variable_To_Set_And_Never_Show_The_Key()
    {
        // Given
        await using var apple = await EmulatorFixture.StartAsync();
        var variables = apple.Variables;
        variables.Remove("ASC_KEY_ID");

        // When
        var (code, output, error) = await SnapshotAsync(apple, "unused.json", variables: variables);
        var (badKey, _, badKeyError) = await SnapshotAsync(apple, "unused.json", variables: new Dictionary<string, string>(apple.Variables) { ["ASC_PRIVATE_KEY"] = "not a key" });

        // Then
        Assert.That((code, badKey), Is.EqualTo((1, 1)));
        Assert.That(error, Does.Contain("Set ASC_KEY_ID"));
        Assert.That(badKeyError, Does.Contain("is not a PKCS#8 PEM P-256 key").And.Not.Contain("not a key"));
        Assert.That(output + error, Does.Not.Contain(apple.Host.PrivateKeyPem.Split('\n')[1]));
    }

    private static async Task<JsonObject> VersionAsync(EmulatorFixture emulator, string appId, string versionString) =>
        (await emulator.GetOkAsync($"/v1/apps/{appId}/appStoreVersions?filter[versionString]={versionString}"))["data"]!.AsArray().Single()!.AsObject();

    private static string State(JsonObject version) => version["attributes"]!["appVersionState"]!.GetValue<string>();

    private static async Task<(int Code, string Output, string Error)> SnapshotAsync(EmulatorFixture apple, string path, string? option = null, Dictionary<string, string>? variables = null)
    {
        var env = variables ?? apple.Variables;
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = option is null ? ["--out", path] : ["--out", path, option];
        var code = await SnapshotCommand.RunAsync(args, name => env.GetValueOrDefault(name), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<List<string>> ReadsAsync(EmulatorFixture apple)
    {
        var reads = new List<string> { "/v1/apps" };
        foreach (var app in (await apple.GetOkAsync("/v1/apps"))["data"]!.AsArray())
        {
            var id = app!["id"]!.GetValue<string>();
            reads.AddRange([$"/v1/apps/{id}", $"/v1/apps/{id}/appStoreVersions", $"/v1/apps/{id}/betaGroups", $"/v1/builds?filter[app]={id}&include=preReleaseVersion", $"/v1/apps/{id}/reviewSubmissions"]);
            foreach (var version in (await apple.GetOkAsync($"/v1/apps/{id}/appStoreVersions"))["data"]!.AsArray())
            {
                reads.Add($"/v1/appStoreVersions/{version!["id"]}/appStoreVersionLocalizations");
            }

            foreach (var group in (await apple.GetOkAsync($"/v1/apps/{id}/betaGroups"))["data"]!.AsArray())
            {
                reads.Add($"/v1/betaGroups/{group!["id"]}/betaTesters");
                reads.Add($"/v1/betaGroups/{group["id"]}/builds");
            }
        }

        return reads;
    }

    // The same document but for the emulator's own address in links, and a build's upload: the upload history is not
    // part of a snapshot (emulator README, "Snapshot of your account").
    private static async Task<string> DocumentAsync(EmulatorFixture emulator, string path)
    {
        var document = await emulator.GetOkAsync(path);
        foreach (var resource in document["data"] is JsonArray list ? [.. list] : new[] { document["data"] })
        {
            (resource!["relationships"] as JsonObject)?.Remove("buildUpload");
        }

        return document.ToJsonString().Replace(emulator.Host.BaseAddress.ToString().TrimEnd('/'), "https://api", StringComparison.Ordinal);
    }
}
