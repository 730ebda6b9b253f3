using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.SampleIpa;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <content>Screenshots and previews: sets per localization, reservation, parts, commit, processing, reorder, delete.</content>
public sealed partial class ContractTests
{
    private static string Md5(byte[] content)
    {
#pragma warning disable CA5351 // Apple's sourceFileChecksum is an MD5: an integrity check, not security.
        return Convert.ToHexStringLower(MD5.HashData(content));
#pragma warning restore CA5351
    }

    /// <summary>Runs while the app's version is still editable (before the App Store steps submit it).</summary>
    private async Task ExerciseMediaAsync(string app)
    {
        var versions = await ExpectAsync(HttpMethod.Get, $"/v1/apps/{app}/appStoreVersions?filter[platform]=IOS&filter[appVersionState]=PREPARE_FOR_SUBMISSION", HttpStatusCode.OK);
        var version = versions["data"]![0]!["id"]!.GetValue<string>();
        var locales = await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersions/{version}/appStoreVersionLocalizations?filter[locale]=en-US", HttpStatusCode.OK);
        var localization = locales["data"]![0]!["id"]!.GetValue<string>();
        var toLocalization = new { appStoreVersionLocalization = To("appStoreVersionLocalizations", localization) };

        // Screenshots: a set, two good PNGs and one with alpha, processed on the clock, reordered, one deleted.
        var set = (await ExpectAsync(HttpMethod.Post, "/v1/appScreenshotSets", HttpStatusCode.Created, Entity("appScreenshotSets", new { screenshotDisplayType = "APP_IPHONE_67" }, toLocalization)))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Post, "/v1/appScreenshotSets", HttpStatusCode.Conflict, Entity("appScreenshotSets", new { screenshotDisplayType = "APP_IPHONE_67" }, toLocalization));
        var first = await UploadMediaAsync("appScreenshots", "appScreenshotSet", "appScreenshotSets", set, "1.png", SamplePng.Create(1290, 2796, 1));
        var second = await UploadMediaAsync("appScreenshots", "appScreenshotSet", "appScreenshotSets", set, "2.png", SamplePng.Create(1320, 2868, 2));
        var alpha = await UploadMediaAsync("appScreenshots", "appScreenshotSet", "appScreenshotSets", set, "3.png", SamplePng.Create(1290, 2796, 3, alpha: true));
        _emulator.Clock!.Advance(_emulator.Host.Options.ProcessingTime);
        var done = await ExpectAsync(HttpMethod.Get, $"/v1/appScreenshots/{first}?include=appScreenshotSet", HttpStatusCode.OK);
        Assert.That(done["data"]!["attributes"]!["assetDeliveryState"]!["state"]!.GetValue<string>(), Is.EqualTo("COMPLETE"));
        var failed = await ExpectAsync(HttpMethod.Get, $"/v1/appScreenshots/{alpha}", HttpStatusCode.OK);
        Assert.That(failed["data"]!["attributes"]!["assetDeliveryState"]!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("IMAGE_ALPHA_NOT_ALLOWED"));
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersionLocalizations/{localization}/appScreenshotSets?filter[screenshotDisplayType]=APP_IPHONE_67&include=appScreenshots", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersionLocalizations/{localization}/relationships/appScreenshotSets", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/appScreenshotSets/{set}?include=appScreenshots,appStoreVersionLocalization", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/appScreenshotSets/{set}/appScreenshots?include=appScreenshotSet", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Patch, $"/v1/appScreenshotSets/{set}/relationships/appScreenshots", HttpStatusCode.NoContent, Linkages("appScreenshots", alpha, second, first));
        await ExpectAsync(HttpMethod.Patch, $"/v1/appScreenshotSets/{set}/relationships/appScreenshots", HttpStatusCode.Conflict, Linkages("appScreenshots", second, first));
        var order = await ExpectAsync(HttpMethod.Get, $"/v1/appScreenshotSets/{set}/relationships/appScreenshots", HttpStatusCode.OK);
        Assert.That(order["data"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()), Is.EqualTo(new[] { alpha, second, first }));
        await ExpectAsync(HttpMethod.Delete, $"/v1/appScreenshots/{alpha}", HttpStatusCode.NoContent);
        var other = (await ExpectAsync(HttpMethod.Post, "/v1/appScreenshotSets", HttpStatusCode.Created, Entity("appScreenshotSets", new { screenshotDisplayType = "APP_IPAD_PRO_3GEN_129" }, toLocalization)))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Delete, $"/v1/appScreenshotSets/{other}", HttpStatusCode.NoContent);

        // Previews: the same flow with a movie.
        var previewSet = (await ExpectAsync(HttpMethod.Post, "/v1/appPreviewSets", HttpStatusCode.Created, Entity("appPreviewSets", new { previewType = "IPHONE_67" }, toLocalization)))["data"]!["id"]!.GetValue<string>();
        var preview = await UploadMediaAsync("appPreviews", "appPreviewSet", "appPreviewSets", previewSet, "preview.mp4", Listing.Screenshots.PreviewFolderWriter.Movie(886, 1920, 1));
        var removed = await UploadMediaAsync("appPreviews", "appPreviewSet", "appPreviewSets", previewSet, "old.mp4", Listing.Screenshots.PreviewFolderWriter.Movie(886, 1920, 2, seconds: 10));
        _emulator.Clock!.Advance(_emulator.Host.Options.ProcessingTime);
        var tooShort = await ExpectAsync(HttpMethod.Get, $"/v1/appPreviews/{removed}", HttpStatusCode.OK);
        Assert.That(tooShort["data"]!["attributes"]!["videoDeliveryState"]!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("VIDEO_DURATION_INVALID"));
        await ExpectAsync(HttpMethod.Patch, $"/v1/appPreviews/{preview}", HttpStatusCode.OK, Entity("appPreviews", new { previewFrameTimeCode = "00:00:05:00" }, id: preview));
        await ExpectAsync(HttpMethod.Get, $"/v1/appPreviews/{preview}?include=appPreviewSet", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersionLocalizations/{localization}/appPreviewSets?filter[previewType]=IPHONE_67&include=appPreviews", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersionLocalizations/{localization}/relationships/appPreviewSets", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/appPreviewSets/{previewSet}?include=appPreviews,appStoreVersionLocalization", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/appPreviewSets/{previewSet}/appPreviews", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/appPreviewSets/{previewSet}/relationships/appPreviews", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Patch, $"/v1/appPreviewSets/{previewSet}/relationships/appPreviews", HttpStatusCode.NoContent, Linkages("appPreviews", removed, preview));
        await ExpectAsync(HttpMethod.Delete, $"/v1/appPreviews/{removed}", HttpStatusCode.NoContent);
        var otherPreviews = (await ExpectAsync(HttpMethod.Post, "/v1/appPreviewSets", HttpStatusCode.Created, Entity("appPreviewSets", new { previewType = "IPAD_PRO_3GEN_129" }, toLocalization)))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Delete, $"/v1/appPreviewSets/{otherPreviews}", HttpStatusCode.NoContent);
    }

    private static JsonObject Linkages(string type, params string[] ids) =>
        new() { ["data"] = new JsonArray([.. ids.Select(id => (JsonNode)new JsonObject { ["type"] = type, ["id"] = id })]) };

    /// <summary>Reserves, sends the parts with their listed headers and commits with the MD5; a wrong MD5 is refused first.</summary>
    private async Task<string> UploadMediaAsync(string type, string setRelationship, string setType, string setId, string fileName, byte[] content)
    {
        var relationships = new JsonObject { [setRelationship] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(To(setType, setId))) };
        var body = Entity(type, new { fileName, fileSize = content.Length });
        body["data"]!["relationships"] = relationships;
        var reserved = (await ExpectAsync(HttpMethod.Post, $"/v1/{type}", HttpStatusCode.Created, body))["data"]!.AsObject();
        var id = reserved["id"]!.GetValue<string>();
        await UploadSteps.PutAllPartsAsync(_emulator.Control, reserved, content);
        await ExpectAsync(HttpMethod.Patch, $"/v1/{type}/{id}", HttpStatusCode.UnprocessableEntity, Entity(type, new { uploaded = true, sourceFileChecksum = new string('0', 32) }, id: id));
        await ExpectAsync(HttpMethod.Patch, $"/v1/{type}/{id}", HttpStatusCode.OK, Entity(type, new { uploaded = true, sourceFileChecksum = Md5(content) }, id: id));
        return id;
    }
}
