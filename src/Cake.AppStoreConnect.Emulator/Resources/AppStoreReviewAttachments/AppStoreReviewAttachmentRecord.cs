using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewAttachments;

/// <summary>A stored App Review attachment: a reserved file (<see cref="UploadedFile"/>) of a review detail, committed with MD5.</summary>
internal sealed class AppStoreReviewAttachmentRecord : UploadedFile
{
    public required string AppStoreReviewDetailId { get; init; }

    public string? SourceFileChecksum { get; set; }
}
