using System.Net;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

public sealed class StateFileTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("asc-emulator-state-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task Should_Keep_The_State_Across_A_Restart()
    {
        // Given an emulator with a state file, and an upload made in a first run
        var stateFile = Path.Combine(_directory, "state.json");
        string uploadId;
        await using (var first = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.StateFile = stateFile)))
        {
            uploadId = await UploadSteps.UploadAsync(first, "4.0", "12", Archives.Ipa());
            await UploadSteps.ProcessedUploadAsync(first, uploadId, "COMPLETE");
        }

        // When a second run starts on the same file (the seed does not apply twice)
        await using var second = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.StateFile = stateFile));

        // Then
        var upload = await second.GetOkAsync($"/v1/buildUploads/{uploadId}");
        Assert.That(upload["data"]!["attributes"]!["state"]!["state"]!.GetValue<string>(), Is.EqualTo("COMPLETE"));
        var state = await second.StateAsync();
        Assert.That(state["apps"]!.AsArray(), Has.Count.EqualTo(3));
        Assert.That(state["builds"]!.AsArray(), Has.Count.EqualTo(1));
        var (status, _) = await second.SendAsync(HttpMethod.Post, "/v1/buildUploads", UploadSteps.CreateUploadBody(UploadSteps.SampleAppId, "4.0", "12"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Should_Keep_Uploaded_Parts_Across_A_Restart()
    {
        // Given parts sent in a first run
        var stateFile = Path.Combine(_directory, "state.json");
        var ipa = Archives.Ipa();
        string fileId;
        await using (var first = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.StateFile = stateFile)))
        {
            var uploadId = await UploadSteps.CreateUploadAsync(first, "4.1", "1");
            var file = await UploadSteps.ReserveAsync(first, uploadId, ipa.Length);
            await UploadSteps.PutAllPartsAsync(first.Control, file, ipa);
            fileId = file["id"]!.GetValue<string>();
        }

        // When the commit happens in a second run
        await using var second = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.StateFile = stateFile));
        var (status, body) = await UploadSteps.CommitAsync(second, fileId, ipa);

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), () => body!.ToJsonString());
    }

    private const string App = """{"id":"1","name":"A","bundleId":"com.example.a","sku":"A"}""";

    [TestCase("[]", "not an array")]
    [TestCase("\"x\"", "not the value \"x\"")]
    [TestCase("null", "not null")]
    [TestCase("{\"apps\": [", "not JSON")]
    [TestCase("{\"apps\": {}}", "table 'apps' must be an array")]
    [TestCase("{\"apps\": [" + App + "," + App + "]}", "apps[1] repeats the id '1'")]
    [TestCase("{\"apps\": [null]}", "apps[0] is not a record of 'apps' with an id")]
    [TestCase("{\"apps\": [{\"id\": 5}]}", "apps[0] is not a valid record of 'apps'")]
    public async Task Should_Refuse_A_State_File_That_Is_Not_One_Naming_It(string content, string problem)
    {
        // Given
        var stateFile = Path.Combine(_directory, "state.json");
        await File.WriteAllTextAsync(stateFile, content);

        // Then: one sentence naming the file and the fault, no stack trace of a crash
        Assert.That(
            async () => await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.StateFile = stateFile)),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains(stateFile).And.Message.Contains(problem));
    }

    [Test]
    public async Task Should_Keep_Tables_It_Does_Not_Know()
    {
        // Given a state file written by a newer emulator, with a table this one does not model
        var stateFile = Path.Combine(_directory, "state.json");
        await File.WriteAllTextAsync(stateFile, "{\"apps\": [" + App + "], \"appClips\": [{\"id\": \"clip-1\"}]}");
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.StateFile = stateFile));

        // When a change is saved
        var (status, _) = await emulator.SendAsync(HttpMethod.Patch, "/v1/apps/1", new { data = new { type = "apps", id = "1", attributes = new { contentRightsDeclaration = "DOES_NOT_USE_THIRD_PARTY_CONTENT" } } });

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var saved = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(stateFile))!;
        Assert.That(saved["appClips"]![0]!["id"]!.GetValue<string>(), Is.EqualTo("clip-1"));
        Assert.That(saved["apps"]![0]!["contentRightsDeclaration"]!.GetValue<string>(), Is.EqualTo("DOES_NOT_USE_THIRD_PARTY_CONTENT"));
    }

    [Test]
    public async Task Should_Undo_A_Change_It_Could_Not_Save()
    {
        // Given an emulator whose state file cannot be written (a directory where its temporary file goes)
        var stateFile = Path.Combine(_directory, "state.json");
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.StateFile = stateFile));
        Directory.CreateDirectory(stateFile + ".tmp");

        // When
        var (failed, body) = await emulator.SendAsync(HttpMethod.Patch, $"/v1/apps/{UploadSteps.SampleAppId}", new { data = new { type = "apps", id = UploadSteps.SampleAppId, attributes = new { contentRightsDeclaration = "USES_THIRD_PARTY_CONTENT" } } });

        // Then the 500 means nothing changed, in memory as on disk
        Assert.That(failed, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(body!["errors"]![0]!["detail"]!.GetValue<string>(), Does.Contain("the change was undone"));
        Directory.Delete(stateFile + ".tmp");
        var app = (await emulator.GetOkAsync($"/v1/apps/{UploadSteps.SampleAppId}"))["data"]!["attributes"]!;
        Assert.That(app["contentRightsDeclaration"], Is.Null);
        var (retried, _) = await emulator.SendAsync(HttpMethod.Patch, $"/v1/apps/{UploadSteps.SampleAppId}", new { data = new { type = "apps", id = UploadSteps.SampleAppId, attributes = new { contentRightsDeclaration = "USES_THIRD_PARTY_CONTENT" } } });
        Assert.That(retried, Is.EqualTo(HttpStatusCode.OK));
    }
}
