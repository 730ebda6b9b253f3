using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Listing;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Listing;

/// <summary>AscSyncMetadata's App Review attachment (deliver's app_review_attachment_file) over the asset upload flow, against the emulator with Apple's contract checked.</summary>
public sealed class ReviewAttachmentSyncTests
{
    private const string App = EmulatorFixture.Rehearsal;
    private const string AppId = "6449876540";
    private EmulatorFixture _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(o => o.WithContractCheck().WithProcessingTime(TimeSpan.FromMilliseconds(300)));

    [TearDown]
    public async Task StopAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.AssertContractKeptAsync();
            await _emulator.DisposeAsync();
            _emulator = null!;
        }
    }

    [Test]
    public async Task Should_Upload_The_Attachment_With_Its_Md5_And_Send_Nothing_The_Second_Time()
    {
        // Given a demo video for App Review, and no attachment yet
        var file = Attachment("demo.mp4", 300_000);
        var (context, _) = _emulator.CakeContext();
        await _emulator.ClearRequestsAsync();

        // When the listing is synced with it
        var first = context.AscSyncMetadata(App, s => Fast(s).WithReviewAttachment(file));

        // Then it reads back through Apple's paths, processed, with the file's MD5
        var attachments = await AttachmentsAsync();
        var requests = await _emulator.ChangesAsync();
        Assert.Multiple(() =>
        {
            Assert.That(attachments.Select(a => (Name(a), Md5Of(a), StateOf(a))), Is.EqualTo(new[] { ("demo.mp4", Md5(file), "COMPLETE") }));
            Assert.That(requests.Count(r => r.Method == "PUT" && r.Path.StartsWith("/_upload/", StringComparison.Ordinal)), Is.GreaterThan(0), "sent through the part-upload engine");
            Assert.That(requests.Count(r => r.Method == "POST" && r.Path == "/v1/appStoreReviewAttachments"), Is.EqualTo(1));
            Assert.That(first.Resource, Has.Some.Matches<AscMetadataChange>(c => c.Resource == "appStoreReviewAttachments" && c.OldValue == null && c.NewValue.StartsWith("demo.mp4", StringComparison.Ordinal)));
        });

        // When it runs again
        await _emulator.ClearRequestsAsync();
        var second = context.AscSyncMetadata(App, s => Fast(s).WithReviewAttachment(file));

        // Then no write and no part upload is made
        Assert.That(await _emulator.ChangesAsync(), Is.Empty);
        Assert.That(second.Changes, Is.Empty);
        Assert.That(second.AlreadyInPlace, Has.Some.Contains("App Review attachment demo.mp4"));
    }

    [Test]
    public async Task Should_Only_Plan_In_A_Dry_Run()
    {
        // Given an attachment file
        var file = Attachment("notes.pdf", 2_000);
        var (context, _) = _emulator.CakeContext();
        await _emulator.ClearRequestsAsync();

        // When it is synced as a dry run
        var plan = context.AscSyncMetadata(App, s => Fast(s).WithReviewAttachment(file).SetDryRun());

        // Then the plan names it and nothing is written
        Assert.That(await _emulator.ChangesAsync(), Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(plan.Changes, Has.Some.Contains("appStoreReviewAttachments").And.Some.Contains("notes.pdf"));
            Assert.That(plan.Resource!.Count, Is.EqualTo(plan.Changes.Count));
        });
    }

    [Test]
    public async Task Should_Keep_The_Old_Attachment_Until_The_New_One_Is_Processed_And_Finish_Without_Uploading_Again()
    {
        // Given an attachment in place, then a new version of the file under the same name
        var file = Attachment("demo.mp4", 50_000);
        var (context, _) = _emulator.CakeContext();
        context.AscSyncMetadata(App, s => Fast(s).WithReviewAttachment(file));
        var old = (await AttachmentsAsync()).Single()!["id"]!.GetValue<string>();
        await File.WriteAllBytesAsync(file, RandomNumberGenerator.GetBytes(60_000));

        // When the run stops while the new one is still processing
        await _emulator.ClearRequestsAsync();
        var stopped = Assert.Throws<AscListingException>(() => context.AscSyncMetadata(App, s => Fast(s).WithReviewAttachment(file).SetTimeout(TimeSpan.FromMilliseconds(1))));

        // Then the old one is still there beside it
        Assert.That(stopped!.Message, Does.Contain("still processing"));
        Assert.That((await AttachmentsAsync()).Select(a => a!["id"]!.GetValue<string>()).ToList(), Does.Contain(old).And.Count.EqualTo(2));

        // When it runs again
        await _emulator.ClearRequestsAsync();
        context.AscSyncMetadata(App, s => Fast(s).WithReviewAttachment(file));

        // Then the new file is not sent again, and only the old one is deleted
        var requests = await _emulator.ChangesAsync();
        var attachments = await AttachmentsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(requests.Select(r => r.ToString()), Is.EqualTo(new[] { $"DELETE /v1/appStoreReviewAttachments/{old}" }));
            Assert.That(attachments.Select(a => (Name(a), Md5Of(a), StateOf(a))), Is.EqualTo(new[] { ("demo.mp4", Md5(file), "COMPLETE") }));
        });
    }

    [Test]
    public async Task Should_Name_A_Missing_Attachment_File_Before_Any_Request()
    {
        var (context, _) = _emulator.CakeContext();
        await _emulator.ClearRequestsAsync();
        var missing = Path.Combine(_emulator.Directory, "nowhere.pdf");

        var error = Assert.Throws<AscListingException>(() => context.AscSyncMetadata(App, s => s.WithReviewAttachment(missing)));

        Assert.That(error!.Message, Does.Contain(missing).And.Contain("WithReviewAttachment"));
        Assert.That(await _emulator.RequestsAsync(), Is.Empty);
    }

    private static AscSyncMetadataSettings Fast(AscSyncMetadataSettings settings) => settings.SetPollInterval(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200));

    private string Attachment(string name, int size)
    {
        var path = Path.Combine(_emulator.Directory, name);
        File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(size));
        return path;
    }

    private async Task<JsonArray> AttachmentsAsync()
    {
        var version = (await _emulator.GetOkAsync($"/v1/apps/{AppId}/appStoreVersions"))["data"]![0]!["id"]!.GetValue<string>();
        var detail = (await _emulator.GetOkAsync($"/v1/appStoreVersions/{version}/appStoreReviewDetail"))["data"]!["id"]!.GetValue<string>();
        return (await _emulator.GetOkAsync($"/v1/appStoreReviewDetails/{detail}/appStoreReviewAttachments"))["data"]!.AsArray();
    }

    private static string Name(JsonNode? attachment) => attachment!["attributes"]!["fileName"]!.GetValue<string>();

    private static string? Md5Of(JsonNode? attachment) => attachment!["attributes"]!["sourceFileChecksum"]?.GetValue<string>();

    private static string StateOf(JsonNode? attachment) => attachment!["attributes"]!["assetDeliveryState"]!["state"]!.GetValue<string>();

    private static string Md5(string path)
    {
#pragma warning disable CA5351 // Apple's sourceFileChecksum is an MD5: an integrity check, not security.
        return Convert.ToHexStringLower(MD5.HashData(File.ReadAllBytes(path)));
#pragma warning restore CA5351
    }
}
