using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>The emulator's change log: <c>/_emulator/changes</c> and <c>--changes-file</c> (issue 17).</summary>
public sealed class ChangeLogTests
{
    [Test]
    public async Task Should_Record_Creates_Updates_And_Deletes_With_Before_And_After()
    {
        // Given a seeded emulator: the seed is the starting point, not a change
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false));
        Assert.That((await ChangesAsync(emulator))["changes"]!.AsArray(), Is.Empty);

        // When a group is created, renamed and deleted
        var created = await emulator.SendOkAsync(HttpMethod.Post, "/v1/betaGroups", new
        {
            data = new
            {
                type = "betaGroups",
                attributes = new { name = "Rehearsal QA" },
                relationships = new { app = new { data = new { type = "apps", id = EmulatorFixture.SampleAppId } } },
            },
        });
        var group = created!["data"]!["id"]!.GetValue<string>();
        await emulator.SendOkAsync(HttpMethod.Patch, $"/v1/betaGroups/{group}", new { data = new { type = "betaGroups", id = group, attributes = new { name = "Release QA" } } });
        var (status, _) = await emulator.SendAsync(HttpMethod.Delete, $"/v1/betaGroups/{group}");
        Assert.That(status, Is.EqualTo(HttpStatusCode.NoContent));

        // Then
        var changes = (await ChangesAsync(emulator))["changes"]!.AsArray().Where(c => c!["type"]!.GetValue<string>() == "betaGroups").ToList();
        Assert.That(changes.Select(c => c!["change"]!.GetValue<string>()), Is.EqualTo(new[] { "created", "updated", "deleted" }));
        Assert.That(changes.Select(c => c!["id"]!.GetValue<string>()), Is.All.EqualTo(group));
        Assert.That(changes[0]!["before"], Is.Null);
        Assert.That(changes[0]!["after"]!["name"]!.GetValue<string>(), Is.EqualTo("Rehearsal QA"));
        Assert.That(changes[0]!["cause"]!.GetValue<string>(), Is.EqualTo("POST /v1/betaGroups"));
        Assert.That(changes[1]!["before"]!.ToJsonString(), Is.EqualTo("""{"name":"Rehearsal QA"}"""), "an update shows only what changed");
        Assert.That(changes[1]!["after"]!.ToJsonString(), Is.EqualTo("""{"name":"Release QA"}"""));
        Assert.That(changes[2]!["before"]!["name"]!.GetValue<string>(), Is.EqualTo("Release QA"));
        Assert.That(changes[2]!["after"], Is.Null);
        var summary = (await ChangesAsync(emulator))["summary"]!["betaGroups"]!;
        Assert.That(summary.ToJsonString(), Is.EqualTo("""{"created":1,"updated":1,"deleted":1}"""));
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Summarise_An_Upload_Without_Its_Token_And_Merge_Its_Parts()
    {
        // Given
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));
        var uploadId = await UploadSteps.UploadAsync(emulator, "4.0", "12", Archives.Ipa());
        await UploadSteps.ProcessedUploadAsync(emulator, uploadId, "COMPLETE");
        var tokens = (await emulator.StateAsync("buildUploadFiles")).Select(f => f!["uploadToken"]!.GetValue<string>()).ToList();

        // When
        var json = (await ChangesAsync(emulator)).ToJsonString();
        var markdown = await emulator.Control.GetStringAsync("/_emulator/changes?format=markdown");

        // Then: the upload, its file and the build it became are there; the URL token is not
        var changes = JsonNode.Parse(json)!["changes"]!.AsArray();
        Assert.That(changes.Select(c => $"{c!["change"]} {c["type"]}"), Does.Contain("created buildUploads").And.Contain("created buildUploadFiles").And.Contain("created builds"));
        Assert.That(tokens, Is.Not.Empty);
        Assert.That(tokens, Has.None.Matches<string>(t => json.Contains(t, StringComparison.Ordinal) || markdown.Contains(t, StringComparison.Ordinal)));
        Assert.That(json, Does.Contain("\"uploadToken\": \"(hidden)\"").Or.Contain("\"uploadToken\":\"(hidden)\""));
        var parts = changes.Where(c => c!["type"]!.GetValue<string>() == "buildUploadFiles" && c["cause"]!.GetValue<string>() == "PUT upload part").ToList();
        Assert.That(parts, Has.Count.EqualTo(1), "the parts of one upload are one change");
        Assert.That(parts[0]!["times"]!.GetValue<int>(), Is.GreaterThan(1));
        Assert.That(changes.Select(c => c!["sequence"]!.GetValue<int>()), Is.EqualTo(Enumerable.Range(1, changes.Count)), "numbered without gaps once merged");
        Assert.That(changes.Where(c => c!["type"]!.GetValue<string>() == "builds").Select(c => c!["cause"]!.GetValue<string>()), Has.Some.EqualTo("time").Or.Some.StartsWith("GET "));
        Assert.That(markdown, Does.Contain("| buildUploadFiles |").And.Contain("| builds | 1 | 0 | 0 |"), "the build processing made is counted");
    }

    [Test]
    public async Task Should_Tell_The_Pipelines_Changes_From_What_The_Emulator_Made_Itself()
    {
        // Given an upload the pipeline sends, which the emulator's processing turns into a build with diagnostics
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false));
        var app = EmulatorFixture.SampleAppId;
        var uploadId = await UploadSteps.UploadAsync(emulator, "4.1", "41", Archives.Ipa());
        await UploadSteps.ProcessedUploadAsync(emulator, uploadId, "COMPLETE");
        await emulator.StateAsync(); // the control read runs the clock's transitions too: diagnostics of the new build
        await emulator.SendOkAsync(HttpMethod.Patch, $"/v1/apps/{app}", new { data = new { type = "apps", id = app, attributes = new { contentRightsDeclaration = "USES_THIRD_PARTY_CONTENT" } } });

        // When
        var json = await ChangesAsync(emulator);
        var markdown = await emulator.Control.GetStringAsync("/_emulator/changes?format=markdown");

        // Then the JSON says who made each change, with the request's method and path
        var changes = json["changes"]!.AsArray();
        var patch = changes.Single(c => c!["type"]!.GetValue<string>() == "apps");
        Assert.That(patch!["origin"]!.GetValue<string>(), Is.EqualTo("request"));
        Assert.That(patch["request"]!.ToJsonString(), Is.EqualTo($$"""{"method":"PATCH","path":"/v1/apps/{{app}}"}"""));
        Assert.That(patch["cause"]!.GetValue<string>(), Is.EqualTo($"PATCH /v1/apps/{app}"), "the cause is kept as it was");
        var signatures = changes.Where(c => c!["type"]!.GetValue<string>() == "diagnosticSignatures").ToList();
        Assert.That(signatures, Has.Count.EqualTo(3), json.ToJsonString());
        Assert.That(signatures.Select(c => c!["origin"]!.GetValue<string>()), Is.All.EqualTo("processing"));
        Assert.That(signatures.Select(c => c!["request"]), Is.All.Null);
        Assert.That(signatures.Select(c => c!["cause"]!.GetValue<string>()), Is.All.EqualTo("time"));
        Assert.That(changes.Where(c => c!["type"]!.GetValue<string>() == "buildUploads" && c["change"]!.GetValue<string>() == "created").Select(c => c!["origin"]!.GetValue<string>()), Is.EqualTo(new[] { "request" }));
        var byOrigin = json["summaryByOrigin"]!;
        Assert.That(byOrigin["request"]!["diagnosticSignatures"], Is.Null);
        Assert.That(byOrigin["request"]!["apps"]!.ToJsonString(), Is.EqualTo("""{"created":0,"updated":1,"deleted":0}"""));
        Assert.That(byOrigin["processing"]!["diagnosticSignatures"]!.ToJsonString(), Is.EqualTo("""{"created":3,"updated":0,"deleted":0}"""));
        Assert.That(json["summary"]!["diagnosticSignatures"], Is.Not.Null, "the summary of every change is kept as it was");

        // And the Markdown lists the pipeline's changes, and counts the emulator's own apart
        var apart = markdown.IndexOf("### Made by the emulator itself", StringComparison.Ordinal);
        Assert.That(apart, Is.GreaterThan(0), markdown);
        var pipeline = markdown[..apart];
        var own = markdown[apart..];
        Assert.That(pipeline, Does.Contain($"| updated | apps | {app} |").And.Contain("| created | buildUploads |").And.Not.Contain("diagnosticSignatures"), markdown);
        Assert.That(own, Does.Contain("| diagnosticSignatures | 3 | 0 | 0 |").And.Not.Contain("| apps |"), markdown);
    }

    [Test]
    public async Task Should_Count_What_A_Read_Or_A_Control_Request_Changed_Apart_From_The_Pipelines_Changes()
    {
        // Given a reservation whose part URLs expire after a minute, and an invitation
        var clock = new ManualClock();
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).WithClock(clock).Configure(o => o.UploadUrlLifetime = TimeSpan.FromMinutes(1)));
        var uploadId = await UploadSteps.CreateUploadAsync(emulator, "5.0", "1");
        var file = (await UploadSteps.ReserveAsync(emulator, uploadId, 3000))["id"]!.GetValue<string>();
        var invitation = await emulator.SendOkAsync(HttpMethod.Post, "/v1/userInvitations", new
        {
            data = new { type = "userInvitations", attributes = new { email = "new.person@example.com", firstName = "New", lastName = "Person", roles = new[] { "DEVELOPER" }, allAppsVisible = true } },
        });

        // When the pipeline reads its reservation once the URLs expired (fresh ones are issued), and a person accepts the invitation
        clock.Advance(TimeSpan.FromMinutes(2));
        await emulator.GetOkAsync($"/v1/buildUploadFiles/{file}");
        using (var accepted = await emulator.Control.PostAsync(new Uri($"/_emulator/userInvitations/{invitation!["data"]!["id"]}/accept", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json")))
        {
            accepted.EnsureSuccessStatusCode();
        }

        // Then neither is the pipeline's change
        var changes = (await ChangesAsync(emulator))["changes"]!.AsArray();
        var renewed = changes.Single(c => c!["type"]!.GetValue<string>() == "buildUploadFiles" && c["change"]!.GetValue<string>() == "updated");
        Assert.That(renewed!["origin"]!.GetValue<string>(), Is.EqualTo("processing"), "a read asks for no change");
        Assert.That(renewed["request"]!.ToJsonString(), Is.EqualTo($$"""{"method":"GET","path":"/v1/buildUploadFiles/{{file}}"}"""));
        var control = changes.Where(c => c!["origin"]!.GetValue<string>() == "control").ToList();
        Assert.That(control, Is.Not.Empty);
        Assert.That(control.Select(c => c!["cause"]!.GetValue<string>()), Is.All.StartsWith("POST /_emulator/userInvitations/"));
        Assert.That(changes.Where(c => c!["origin"]!.GetValue<string>() == "request").Select(c => c!["cause"]!.GetValue<string>()), Is.All.StartsWith("POST /v1/"));
        var markdown = await emulator.Control.GetStringAsync("/_emulator/changes?format=markdown");
        var pipeline = markdown[..markdown.IndexOf("### Made by the emulator itself", StringComparison.Ordinal)];
        Assert.That(pipeline, Does.Contain("| created | userInvitations |").And.Not.Contain("GET /v1/buildUploadFiles"), markdown);
        Assert.That(markdown, Does.Contain($"### Made through the emulator's control endpoints ({control.Count})"));
    }

    [Test]
    public async Task Should_Hide_A_Demo_Account_Password()
    {
        // Given
        await using var emulator = await EmulatorFixture.StartAsync();
        var id = EmulatorFixture.SampleAppId;

        // When
        await emulator.SendOkAsync(HttpMethod.Patch, $"/v1/betaAppReviewDetails/{id}", new { data = new { type = "betaAppReviewDetails", id, attributes = new { demoAccountName = "reviewer", demoAccountPassword = "s3cret-Pa55" } } });

        // Then
        var json = (await ChangesAsync(emulator)).ToJsonString();
        var markdown = await emulator.Control.GetStringAsync("/_emulator/changes?format=markdown");
        Assert.That(json + markdown, Does.Not.Contain("s3cret-Pa55").And.Contain("reviewer"));
        Assert.That(json, Does.Contain("\"demoAccountPassword\":\"(hidden)\""));
    }

    [Test]
    public async Task Should_Write_The_Changes_File_As_Json_And_Markdown_When_It_Stops()
    {
        // Given
        using var directory = new TemporaryDirectory();
        var path = directory.File("changes.json");
        var emulator = await EmulatorFixture.StartAsync(f => f.Configure(o => o.ChangesFile = path));
        await emulator.SendOkAsync(HttpMethod.Patch, $"/v1/apps/{EmulatorFixture.SampleAppId}", new { data = new { type = "apps", id = EmulatorFixture.SampleAppId, attributes = new { contentRightsDeclaration = "DOES_NOT_USE_THIRD_PARTY_CONTENT" } } });
        Assert.That(File.Exists(path), Is.False, "written at exit");

        // When
        await emulator.DisposeAsync();

        // Then
        var json = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        Assert.That(json["changes"]!.AsArray(), Has.Count.EqualTo(1), json.ToJsonString());
        var change = json["changes"]!.AsArray().Single();
        Assert.That(change!["type"]!.GetValue<string>(), Is.EqualTo("apps"));
        Assert.That(change["after"]!.ToJsonString(), Is.EqualTo("""{"contentRightsDeclaration":"DOES_NOT_USE_THIRD_PARTY_CONTENT"}"""));
        var markdown = await File.ReadAllTextAsync(directory.File("changes.md"));
        Assert.That(markdown, Does.Contain($"| 1 | updated | apps | {EmulatorFixture.SampleAppId} | contentRightsDeclaration: null → DOES_NOT_USE_THIRD_PARTY_CONTENT | PATCH /v1/apps/{EmulatorFixture.SampleAppId} |"));
    }

    [Test]
    public async Task Should_Start_Over_When_Cleared()
    {
        // Given
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.SendOkAsync(HttpMethod.Patch, $"/v1/apps/{EmulatorFixture.SampleAppId}", new { data = new { type = "apps", id = EmulatorFixture.SampleAppId, attributes = new { contentRightsDeclaration = "USES_THIRD_PARTY_CONTENT" } } });

        // When
        (await emulator.Control.DeleteAsync("/_emulator/changes")).EnsureSuccessStatusCode();

        // Then
        Assert.That((await ChangesAsync(emulator))["changes"]!.AsArray(), Is.Empty);
    }

    [Test]
    public void Should_Record_A_Resource_Type_Without_Code_Of_Its_Own()
    {
        // Given a table no module of today knows, as another resource would register it
        var store = new StateStore(stateFile: null);
        store.Register<Widget>("widgets");
        store.Write(s => s.Table<Widget>().Add(new Widget { Id = "1", Colour = "red" }));
        store.StartRecording();

        // When
        store.Write(s => s.Table<Widget>().Find("1")!.Colour = "blue");
        store.Write(s => s.Table<Widget>().Add(new Widget { Id = "2", Colour = "green" }));
        store.Write(s => s.Table<Widget>().Remove("1"));
        store.Read(s => s.Table<Widget>().Count);

        // Then
        var changes = store.Changes.Snapshot();
        Assert.That(changes.Select(c => $"{c.Kind} {c.Type} {c.Id}"), Is.EqualTo(new[] { "Updated widgets 1", "Created widgets 2", "Deleted widgets 1" }));
        Assert.That(changes[0].Before!["colour"]!.GetValue<string>(), Is.EqualTo("red"));
        Assert.That(changes[0].After!["colour"]!.GetValue<string>(), Is.EqualTo("blue"));
    }

    private static async Task<JsonObject> ChangesAsync(EmulatorFixture emulator) =>
        JsonNode.Parse(await emulator.Control.GetStringAsync("/_emulator/changes"))!.AsObject();

    private sealed class Widget : IRecord
    {
        public required string Id { get; init; }

        public string? Colour { get; set; }
    }
}
