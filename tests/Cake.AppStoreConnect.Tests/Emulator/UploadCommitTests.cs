using System.Net;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>The commit of an upload: serialised per file, hashed from parts as they arrived.</summary>
public sealed class UploadCommitTests
{
    [Test]
    public async Task Should_Answer_Simultaneous_Commits_Of_One_Upload_Alike_And_Make_One_Build()
    {
        // Given uploads of 24 MiB in 1 MiB parts, all sent (issue 12, item 15: simultaneous commits raced on a
        // shared temp file, answering 500s naming it; three rounds, as the race did not strike every time)
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.UploadPartSize = 1024 * 1024));
        var ipa = Archives.Ipa(paddingBytes: 24 * 1024 * 1024);
        for (var round = 1; round <= 3; round++)
        {
            var uploadId = await UploadSteps.CreateUploadAsync(emulator, "6.0", $"1{round}");
            var file = await UploadSteps.ReserveAsync(emulator, uploadId, ipa.Length);
            await UploadSteps.PutAllPartsAsync(emulator.Control, file, ipa);
            var fileId = file["id"]!.GetValue<string>();

            // When sixteen commits arrive at once
            var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => UploadSteps.CommitAsync(emulator, fileId, ipa, "SHA_256"))));

            // Then each is the committed file, the upload completes once, and no answer names an emulator path
            Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK), () => string.Join("\n", answers.Select(a => a.Body?.ToJsonString())));
            Assert.That(answers.Select(a => a.Body!.ToJsonString()), Has.None.Contains(Path.GetTempPath().TrimEnd('/')));
            var upload = await UploadSteps.ProcessedUploadAsync(emulator, uploadId, "COMPLETE", "FAILED");
            Assert.That(upload["data"]!["attributes"]!["state"]!["state"]!.GetValue<string>(), Is.EqualTo("COMPLETE"));
            var state = await emulator.StateAsync();
            Assert.That(state["builds"]!.AsArray().Count(b => b!["buildUploadId"]?.GetValue<string>() == uploadId), Is.EqualTo(1));
        }
    }

    [TestCase("SHA_256", "2")]
    [TestCase("MD5", "4")]
    public async Task Should_Hash_The_Bytes_Last_Sent_When_A_Hashed_Part_Is_Sent_Again_Different(string algorithm, string build)
    {
        // (SHA-256 is hashed in the background as parts arrive; MD5 from the parts on disk at commit time.)
        // Given every part sent in order and hashed, then part 1 sent again with other bytes of its length
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));
        var ipa = Archives.Ipa();
        var uploadId = await UploadSteps.CreateUploadAsync(emulator, "6.0", build);
        var file = await UploadSteps.ReserveAsync(emulator, uploadId, ipa.Length);
        var operations = UploadSteps.Operations(file).ToList();
        foreach (var operation in operations)
        {
            Assert.That(await UploadSteps.PutPartAsync(emulator.Control, operation, ipa), Is.EqualTo(HttpStatusCode.OK));
        }

        var fileId = file["id"]!.GetValue<string>();
        var changed = (byte[])ipa.Clone();
        changed[10] ^= 0xFF;
        Assert.That(await UploadSteps.PutPartAsync(emulator.Control, operations[0], changed), Is.EqualTo(HttpStatusCode.OK));

        // When committed with the checksum of the first bytes, then of the bytes now held
        var (stale, _) = await UploadSteps.CommitAsync(emulator, fileId, ipa, algorithm);
        var (current, body) = await UploadSteps.CommitAsync(emulator, fileId, changed, algorithm);

        // Then only the bytes the server holds match
        Assert.That(stale, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(current, Is.EqualTo(HttpStatusCode.OK), () => body!.ToJsonString());
    }

    [TestCase("SHA_256", "3")]
    [TestCase("MD5", "5")]
    public async Task Should_Accept_A_Part_Sent_Again_With_The_Same_Bytes_Without_Changing_The_Digest(string algorithm, string build)
    {
        // Given parts sent out of order, one of them twice (a retried lost answer), and a part sent wrong then right
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));
        var ipa = Archives.Ipa(paddingBytes: 20_000);
        var uploadId = await UploadSteps.CreateUploadAsync(emulator, "6.0", build);
        var file = await UploadSteps.ReserveAsync(emulator, uploadId, ipa.Length);
        var operations = UploadSteps.Operations(file).ToList();
        var garbage = new byte[ipa.Length];
        Assert.That(await UploadSteps.PutPartAsync(emulator.Control, operations[3], garbage), Is.EqualTo(HttpStatusCode.OK));
        await UploadSteps.PutAllPartsAsync(emulator.Control, file, ipa);
        Assert.That(await UploadSteps.PutPartAsync(emulator.Control, operations[0], ipa), Is.EqualTo(HttpStatusCode.OK));

        // When
        var (status, body) = await UploadSteps.CommitAsync(emulator, file["id"]!.GetValue<string>(), ipa, algorithm);

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), () => body!.ToJsonString());
        var upload = await UploadSteps.ProcessedUploadAsync(emulator, uploadId, "COMPLETE", "FAILED");
        Assert.That(upload["data"]!["attributes"]!["state"]!["state"]!.GetValue<string>(), Is.EqualTo("COMPLETE"));
    }
}
