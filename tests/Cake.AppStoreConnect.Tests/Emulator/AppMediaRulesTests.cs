using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.AppStore;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>The emulator's screenshot rules: 10 per set, processing's size check, and changes only while the version is editable.</summary>
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

    [Test]
    public async Task Should_Fail_A_Screenshot_Whose_Size_Is_Not_One_Of_Its_Sets_Display_Type()
    {
        // Given an iPad-sized PNG committed into an iPhone set
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck().WithClock().WithProcessingTime(TimeSpan.FromSeconds(3)));
        var set = await CreateSetAsync(emulator, await LocalizationAsync(emulator, EmulatorFixture.SampleAppId), "APP_IPHONE_67");
        var png = SamplePng.Create(2064, 2752, 1);
        var (_, reserved) = await ReserveAsync(emulator, set, "ipad.png", png.Length);
        var id = reserved!["data"]!["id"]!.GetValue<string>();
        await UploadSteps.PutAllPartsAsync(emulator.Control, reserved["data"]!.AsObject(), png);
#pragma warning disable CA5351 // Apple's sourceFileChecksum is an MD5.
        var md5 = Convert.ToHexStringLower(MD5.HashData(png));
#pragma warning restore CA5351
        var committed = await emulator.SendOkAsync(HttpMethod.Patch, $"/v1/appScreenshots/{id}", new { data = new { type = "appScreenshots", id, attributes = new { uploaded = true, sourceFileChecksum = md5 } } });
        Assert.That(committed!["data"]!["attributes"]!["assetDeliveryState"]!["state"]!.GetValue<string>(), Is.EqualTo("UPLOAD_COMPLETE"));

        // When processing has run
        emulator.Clock!.Advance(emulator.Host.Options.ProcessingTime);
        var processed = await emulator.GetOkAsync($"/v1/appScreenshots/{id}");

        // Then it failed, saying which sizes the display type takes
        var state = processed["data"]!["attributes"]!["assetDeliveryState"]!;
        Assert.That(state["state"]!.GetValue<string>(), Is.EqualTo("FAILED"));
        Assert.That(state["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("IMAGE_INCORRECT_DIMENSIONS"));
        Assert.That(state["errors"]![0]!["description"]!.GetValue<string>(), Does.Contain("2064x2752 is not a size of APP_IPHONE_67").And.Contain("1320x2868"));
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
