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
}
