namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>
/// The one rule for an asset's delivery state (Apple, "Uploading assets to App Store Connect"): AWAITING_UPLOAD
/// until committed, UPLOAD_COMPLETE while processing runs (the emulator's processing time), then COMPLETE or FAILED.
/// </summary>
internal static class MediaState
{
    public const string AwaitingUpload = "AWAITING_UPLOAD";
    public const string UploadComplete = "UPLOAD_COMPLETE";
    public const string Complete = "COMPLETE";
    public const string Failed = "FAILED";

    public static string Of(MediaAssetRecord asset, DateTimeOffset now, TimeSpan processingTime) =>
        asset.CommittedAt is not { } committed ? AwaitingUpload
        : now < committed + processingTime ? UploadComplete
        : asset.Errors.Count > 0 ? Failed
        : Complete;
}
