using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppMedia;

namespace Cake.AppStoreConnect.Emulator.Resources.AppPreviews;

/// <summary>
/// <c>appPreviewSets</c> and <c>appPreviews</c>: the screenshot rules with videos, up to 3 per set (guess: a
/// third-party summary, not Apple's text); processing fails a file that is not a QuickTime/MPEG-4 movie with a
/// video track 15 to 30 seconds long of one of the preview type's sizes (<see cref="VideoHeader"/>).
/// </summary>
internal sealed class AppPreviewsModule : MediaModule<AppPreviewSetRecord, AppPreviewRecord>
{
    public static readonly MediaKind Previews = new(
        "appPreviewSets",
        "appPreviews",
        "previewType",
        "appPreviewSet",
        "preview",
        3,
        ["IPHONE_67", "IPHONE_61", "IPHONE_65", "IPHONE_58", "IPHONE_55", "IPHONE_47", "IPHONE_40", "IPHONE_35", "IPAD_PRO_3GEN_129", "IPAD_PRO_3GEN_11", "IPAD_PRO_129", "IPAD_105", "IPAD_97", "DESKTOP", "APPLE_TV", "APPLE_VISION_PRO"],
        (file, previewType, _) => VideoHeader.Inspect(file, previewType));

    public AppPreviewsModule()
        : base(Previews, new MediaAssetDescriptor<AppPreviewRecord>(Previews, ["assetDeliveryState", "mimeType", "previewFrameTimeCode", "videoDeliveryState"], WriteOwn))
    {
    }

    protected override string[] OwnCreateAttributes => ["mimeType", "previewFrameTimeCode"];

    protected override string[] OwnUpdateAttributes => ["previewFrameTimeCode"];

    protected override AppPreviewSetRecord NewSet(string id, string localizationId, string displayType) =>
        new() { Id = id, LocalizationId = localizationId, DisplayType = displayType };

    protected override AppPreviewRecord NewAsset(MediaReservation r, EntityReader entity) => new()
    {
        Id = r.Id, SetId = r.SetId, FileName = r.FileName, FileSize = r.FileSize, AssetToken = r.AssetToken,
        UploadToken = r.UploadToken, UploadExpiration = r.UploadExpiration, PartSize = r.PartSize, ContentType = r.ContentType,
        MimeType = entity.OptionalString("mimeType"),
        PreviewFrameTimeCode = entity.OptionalString("previewFrameTimeCode"),
    };

    protected override void ApplyUpdate(AppPreviewRecord asset, EntityReader entity) =>
        asset.PreviewFrameTimeCode = entity.OptionalString("previewFrameTimeCode") ?? asset.PreviewFrameTimeCode;

    protected override string ContentTypeOf(string fileName, EntityReader entity) =>
        entity.OptionalString("mimeType") ?? (string.Equals(Path.GetExtension(fileName), ".mov", StringComparison.OrdinalIgnoreCase) ? "video/quicktime" : "video/mp4");

    private static void WriteOwn(AppPreviewRecord record, JsonObject attributes, string state, ResourceContext context)
    {
        // assetDeliveryState is deprecated for previews but still answered; videoDeliveryState is the current one.
        attributes["assetDeliveryState"] = MediaAssetDescriptor<AppPreviewRecord>.DeliveryState(record, state);
        if (record.MimeType is not null)
        {
            attributes["mimeType"] = record.MimeType;
        }

        if (record.PreviewFrameTimeCode is not null)
        {
            attributes["previewFrameTimeCode"] = record.PreviewFrameTimeCode;
        }

        attributes["videoDeliveryState"] = MediaAssetDescriptor<AppPreviewRecord>.DeliveryState(record, state);
    }
}
