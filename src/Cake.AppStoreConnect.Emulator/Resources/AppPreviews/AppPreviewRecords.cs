using Cake.AppStoreConnect.Emulator.Resources.AppMedia;

namespace Cake.AppStoreConnect.Emulator.Resources.AppPreviews;

/// <summary>A stored app preview set: one <c>previewType</c> of one version localization.</summary>
internal sealed class AppPreviewSetRecord : MediaSetRecord
{
}

/// <summary>A stored app preview: reservation, commit, its media type and poster frame time code.</summary>
internal sealed class AppPreviewRecord : MediaAssetRecord
{
    public string? MimeType { get; set; }

    public string? PreviewFrameTimeCode { get; set; }
}
