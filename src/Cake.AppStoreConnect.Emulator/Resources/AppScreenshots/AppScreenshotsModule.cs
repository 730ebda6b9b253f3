using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppMedia;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppScreenshots;

/// <summary>
/// <c>appScreenshotSets</c> and <c>appScreenshots</c>: up to 10 screenshots per set (fastlane and Go asc enforce
/// the same), PNG or JPEG of one of the display type's sizes and without alpha, or processing fails.
/// </summary>
internal sealed class AppScreenshotsModule : MediaModule<AppScreenshotSetRecord, AppScreenshotRecord>
{
    public static readonly MediaKind Screenshots = new(
        "appScreenshotSets", "appScreenshots", "screenshotDisplayType", "appScreenshotSet", "screenshot", 10, ScreenshotSizes.DisplayTypes, ScreenshotSizes.Inspect);

    public AppScreenshotsModule()
        : base(Screenshots, new MediaAssetDescriptor<AppScreenshotRecord>(Screenshots, ["assetDeliveryState", "assetToken", "assetType", "imageAsset"], WriteOwn))
    {
    }

    protected override AppScreenshotSetRecord NewSet(string id, string localizationId, string displayType) =>
        new() { Id = id, LocalizationId = localizationId, DisplayType = displayType };

    protected override AppScreenshotRecord NewAsset(MediaReservation r, EntityReader entity) => new()
    {
        Id = r.Id, SetId = r.SetId, FileName = r.FileName, FileSize = r.FileSize, AssetToken = r.AssetToken,
        UploadToken = r.UploadToken, UploadExpiration = r.UploadExpiration, PartSize = r.PartSize, ContentType = r.ContentType,
    };

    /// <summary>Apple's example signs screenshot parts with the image's type (<c>image/png</c>).</summary>
    protected override string ContentTypeOf(string fileName, EntityReader entity) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".jpg" or ".jpeg" ? "image/jpeg" : "image/png";

    private static void WriteOwn(AppScreenshotRecord record, JsonObject attributes, string state, ResourceContext context)
    {
        attributes["assetDeliveryState"] = MediaAssetDescriptor<AppScreenshotRecord>.DeliveryState(record, state);
        attributes["assetToken"] = record.AssetToken;
        attributes["assetType"] = "SCREENSHOT";
        if (state == AssetDeliveryState.Complete && record.Width is { } width && record.Height is { } height)
        {
            attributes["imageAsset"] = new JsonObject
            {
                ["templateUrl"] = context.Url($"/_media/{record.AssetToken}/{{w}}x{{h}}bb.{{f}}"),
                ["width"] = width,
                ["height"] = height,
            };
        }
    }
}
