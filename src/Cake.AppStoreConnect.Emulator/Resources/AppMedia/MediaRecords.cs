using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;
using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>A stored screenshot or preview set: one display type of one version localization, its assets in display order.</summary>
internal abstract class MediaSetRecord : IRecord
{
    public required string Id { get; init; }

    public required string LocalizationId { get; init; }

    /// <summary>Gets the <c>screenshotDisplayType</c> or <c>previewType</c>.</summary>
    public required string DisplayType { get; init; }

    /// <summary>Gets the assets in the order the store shows them; a reorder replaces it.</summary>
    public List<string> AssetIds { get; init; } = [];
}

/// <summary>A stored screenshot or preview: its reservation (<see cref="UploadedFile"/>), the commit's checksum and what processing found.</summary>
internal abstract class MediaAssetRecord : UploadedFile
{
    public required string SetId { get; init; }

    public required string AssetToken { get; init; }

    /// <summary>Gets the <c>Content-Type</c> the part URLs are signed with (Apple: the file's media type).</summary>
    public required string ContentType { get; init; }

    /// <summary>Gets or sets the MD5 the client committed (<c>sourceFileChecksum</c>).</summary>
    public string? SourceFileChecksum { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>Gets what processing refuses; shown once processing has ended (state FAILED).</summary>
    public List<StateDetail> Errors { get; init; } = [];

    public override string PartContentType() => ContentType;
}
