using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.AppStore;
using Cake.AppStoreConnect.Tests.Listing.Screenshots;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>The emulator's screenshot and preview rules: 10 per set, processing's size, length and format checks, and changes only while the version is editable.</summary>
public sealed class AppMediaRulesTests
{
    private static object Entity(string type, object attributes, string relationship, string relatedType, string relatedId) => new
    {
        data = new
        {
            type,
            attributes,
            relationships = new Dictionary<string, object> { [relationship] = new { data = new { type = relatedType, id = relatedId } } },
        },
    };

    private static async Task<string> LocalizationAsync(EmulatorFixture emulator, string appId)
    {
        var versions = await emulator.GetOkAsync($"/v1/apps/{appId}/appStoreVersions?filter[platform]=IOS");
        var version = versions["data"]![0]!["id"]!.GetValue<string>();
        return (await emulator.GetOkAsync($"/v1/appStoreVersions/{version}/appStoreVersionLocalizations"))["data"]![0]!["id"]!.GetValue<string>();
    }

    private static async Task<string> CreateSetAsync(EmulatorFixture emulator, string localization, string displayType) =>
        (await emulator.SendOkAsync(HttpMethod.Post, "/v1/appScreenshotSets", Entity("appScreenshotSets", new { screenshotDisplayType = displayType }, "appStoreVersionLocalization", "appStoreVersionLocalizations", localization)))!["data"]!["id"]!.GetValue<string>();

    private static Task<(HttpStatusCode Status, JsonNode? Body)> ReserveAsync(EmulatorFixture emulator, string set, string name, long size) =>
        emulator.SendAsync(HttpMethod.Post, "/v1/appScreenshots", Entity("appScreenshots", new { fileName = name, fileSize = size }, "appScreenshotSet", "appScreenshotSets", set));

    [Test]
    public async Task Should_Refuse_An_Eleventh_Screenshot_In_A_Set()
    {
        // Given a set with 10 reservations
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck());
        var set = await CreateSetAsync(emulator, await LocalizationAsync(emulator, EmulatorFixture.SampleAppId), "APP_IPHONE_67");
        for (var i = 1; i <= 10; i++)
        {
            Assert.That((await ReserveAsync(emulator, set, $"{i}.png", 100)).Status, Is.EqualTo(HttpStatusCode.Created));
        }

        // When an eleventh is reserved
        var (status, body) = await ReserveAsync(emulator, set, "11.png", 100);

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(body!["errors"]![0]!["detail"]!.GetValue<string>(), Does.Contain("already holds 10 screenshots"));
        await emulator.AssertContractKeptAsync();
    }

    [TestCase(2064, 2752, "ipad.png", "IMAGE_INCORRECT_DIMENSIONS")]
    [TestCase(1320, 2868, "iphone.jpg", "IMAGE_BAD_FILE_EXTENSION")]
    [TestCase(0, 0, "notes.png", "IMAGE_BAD_FILE_EXTENSION")]
    public async Task Should_Fail_A_Screenshot_With_Apples_Code_Repeated_As_Its_Description(int width, int height, string fileName, string code)
    {
        // Given a PNG (or, at 0x0, text) committed into an iPhone set: iPad-sized, named as a JPEG, or no image at all
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck().WithClock().WithProcessingTime(TimeSpan.FromSeconds(3)));
        var set = await CreateSetAsync(emulator, await LocalizationAsync(emulator, EmulatorFixture.SampleAppId), "APP_IPHONE_67");
        var file = width == 0 ? "not an image at all"u8.ToArray() : SamplePng.Create(width, height, 1);
        var (_, reserved) = await ReserveAsync(emulator, set, fileName, file.Length);
        var id = reserved!["data"]!["id"]!.GetValue<string>();
        await UploadSteps.PutAllPartsAsync(emulator.Control, reserved["data"]!.AsObject(), file);
#pragma warning disable CA5351 // Apple's sourceFileChecksum is an MD5.
        var md5 = Convert.ToHexStringLower(MD5.HashData(file));
#pragma warning restore CA5351
        var committed = await emulator.SendOkAsync(HttpMethod.Patch, $"/v1/appScreenshots/{id}", new { data = new { type = "appScreenshots", id, attributes = new { uploaded = true, sourceFileChecksum = md5 } } });
        Assert.That(committed!["data"]!["attributes"]!["assetDeliveryState"]!["state"]!.GetValue<string>(), Is.EqualTo("UPLOAD_COMPLETE"));

        // When processing has run
        emulator.Clock!.Advance(emulator.Host.Options.ProcessingTime);
        var processed = await emulator.GetOkAsync($"/v1/appScreenshots/{id}");

        // Then it failed with Apple's code, whose description only repeats it (fastlane issue 16945)
        var state = processed["data"]!["attributes"]!["assetDeliveryState"]!;
        Assert.That(state["state"]!.GetValue<string>(), Is.EqualTo("FAILED"));
        Assert.That(state["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["description"]!.GetValue<string>())), Is.EqualTo(new[] { (code, code) }));
        await emulator.AssertContractKeptAsync();
    }

    /// <summary>Creates a preview set of the type, commits the movie into it, lets processing run and gives the preview's <c>videoDeliveryState</c>.</summary>
    private static async Task<JsonNode> ProcessPreviewAsync(EmulatorFixture emulator, string previewType, byte[] movie)
    {
        var localization = await LocalizationAsync(emulator, EmulatorFixture.SampleAppId);
        var set = (await emulator.SendOkAsync(HttpMethod.Post, "/v1/appPreviewSets", Entity("appPreviewSets", new { previewType }, "appStoreVersionLocalization", "appStoreVersionLocalizations", localization)))!["data"]!["id"]!.GetValue<string>();
        var reserved = await emulator.SendOkAsync(HttpMethod.Post, "/v1/appPreviews", Entity("appPreviews", new { fileName = "preview.mp4", fileSize = movie.Length, previewFrameTimeCode = "00:00:05:00" }, "appPreviewSet", "appPreviewSets", set));
        var id = reserved!["data"]!["id"]!.GetValue<string>();
        await UploadSteps.PutAllPartsAsync(emulator.Control, reserved["data"]!.AsObject(), movie);
#pragma warning disable CA5351 // Apple's sourceFileChecksum is an MD5.
        var md5 = Convert.ToHexStringLower(MD5.HashData(movie));
#pragma warning restore CA5351
        await emulator.SendOkAsync(HttpMethod.Patch, $"/v1/appPreviews/{id}", new { data = new { type = "appPreviews", id, attributes = new { uploaded = true, sourceFileChecksum = md5 } } });
        emulator.Clock!.Advance(emulator.Host.Options.ProcessingTime);
        return (await emulator.GetOkAsync($"/v1/appPreviews/{id}"))["data"]!["attributes"]!["videoDeliveryState"]!;
    }

    [TestCase(20, 886, 1920, false, "IPHONE_67", "COMPLETE", new string[0])]
    [TestCase(30, 1920, 886, true, "IPHONE_65", "COMPLETE", new string[0])]
    [TestCase(15, 1920, 1080, false, "APPLE_TV", "COMPLETE", new string[0])]
    [TestCase(12, 886, 1920, false, "IPHONE_67", "FAILED", new[] { "VIDEO_DURATION_INVALID" })]
    [TestCase(31, 886, 1920, true, "IPHONE_67", "FAILED", new[] { "VIDEO_DURATION_INVALID" })]
    [TestCase(20, 1200, 1600, false, "IPHONE_67", "FAILED", new[] { "VIDEO_INCORRECT_DIMENSIONS" })]
    [TestCase(20, 1080, 1920, false, "APPLE_TV", "FAILED", new[] { "VIDEO_INCORRECT_DIMENSIONS" })]
    [TestCase(40, 1000, 1000, false, "IPAD_97", "FAILED", new[] { "VIDEO_DURATION_INVALID", "VIDEO_INCORRECT_DIMENSIONS" })]
    public async Task Should_Process_A_Preview_By_Its_Length_And_Size_As_Apple_Would(double seconds, int width, int height, bool version1, string previewType, string state, string[] codes)
    {
        // Given a movie of that length and size committed by a client that skipped the offline checks
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck().WithClock().WithProcessingTime(TimeSpan.FromSeconds(3)));

        // When processing has run
        var video = await ProcessPreviewAsync(emulator, previewType, PreviewFolderWriter.Movie(width, height, 1, seconds: seconds, version1: version1));

        // Then its video state is what Apple's rules give, with an error per broken rule
        Assert.That(video["state"]!.GetValue<string>(), Is.EqualTo(state));
        Assert.That(video["errors"]?.AsArray().Select(e => e!["code"]!.GetValue<string>()) ?? [], Is.EqualTo(codes));
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Say_What_Is_Wrong_With_A_Failed_Preview()
    {
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck().WithClock().WithProcessingTime(TimeSpan.FromSeconds(3)));

        var video = await ProcessPreviewAsync(emulator, "IPHONE_67", PreviewFolderWriter.Movie(1200, 1600, 1, seconds: 12.5));

        var errors = video["errors"]!.AsArray();
        Assert.That(errors[0]!["description"]!.GetValue<string>(), Is.EqualTo("App previews must be 15 to 30 seconds long; this one is 12.50 seconds."));
        Assert.That(errors[1]!["description"]!.GetValue<string>(), Is.EqualTo("The dimensions of the app preview are wrong: 1200x1600 is not a size of IPHONE_67 (886x1920, portrait or landscape)."));
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Refuse_Screenshot_Changes_Once_The_Version_Is_Submitted()
    {
        // Given a set made while the version was being prepared, then the version submitted
        await using var emulator = await AppStoreSteps.StartOnReviewClockAsync(f => f.WithContractCheck());
        var localization = await LocalizationAsync(emulator, EmulatorFixture.SampleAppId);
        var set = await CreateSetAsync(emulator, localization, "APP_IPHONE_67");
        await emulator.PrepareReadyAsync(EmulatorFixture.Sample, "1.0", "1");
        await emulator.SubmitAsync(EmulatorFixture.Sample);

        // When screenshots are changed
        var reserve = await ReserveAsync(emulator, set, "1.png", 100);
        var create = await emulator.SendAsync(HttpMethod.Post, "/v1/appScreenshotSets", Entity("appScreenshotSets", new { screenshotDisplayType = "APP_IPHONE_65" }, "appStoreVersionLocalization", "appStoreVersionLocalizations", localization));
        var delete = await emulator.SendAsync(HttpMethod.Delete, $"/v1/appScreenshotSets/{set}");

        // Then each is refused with the state that blocks it
        Assert.That(reserve.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(reserve.Body!["errors"]![0]!["detail"]!.GetValue<string>(), Does.Contain("WAITING_FOR_REVIEW").And.Contain("cannot be edited at this time"));
        Assert.That(create.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(delete.Status, Is.EqualTo(HttpStatusCode.BadRequest), "Apple's spec lists no 409 for DELETE");
        await emulator.AssertContractKeptAsync();
    }
}
