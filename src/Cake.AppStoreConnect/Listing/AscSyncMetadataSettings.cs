using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// Settings of <c>AscSyncMetadata</c>: which version, the values set in code (they win over the folder's), and
/// fastlane's age rating JSON, the App Review attachment and how long to wait for its processing.
/// </summary>
public sealed class AscSyncMetadataSettings : AscSettings, IAscVersionTarget, IAscWaitSettings
{
    /// <summary>Gets or sets the platform (default <c>IOS</c>).</summary>
    public string Platform { get; set; } = AscPlatform.Ios;

    /// <summary>Gets or sets the version whose texts are written; unset: the platform's editable version.</summary>
    public string? VersionString { get; set; }

    /// <summary>Gets the values set in code; with a folder, they replace the folder's values one by one.</summary>
    public AscMetadata Metadata { get; } = new();

    /// <summary>Gets or sets fastlane's age rating JSON file (deliver's <c>app_rating_config_path</c>).</summary>
    public string? AgeRatingFile { get; set; }

    /// <summary>
    /// Gets or sets the file App Review gets as its attachment (deliver's <c>app_review_attachment_file</c>): uploaded
    /// unless an attachment with its name and MD5 is there; the other attachments are deleted once it is processed.
    /// </summary>
    public string? ReviewAttachmentFile { get; set; }

    /// <summary>Gets or sets how long to wait for the attachment's processing at most (default 30 minutes).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets or sets the first interval between polls of the attachment (default 2 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the longest interval between polls of the attachment (default 30 s).</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    string? IAscVersionTarget.Platform { get => Platform; set => Platform = value ?? AscPlatform.Ios; }
}

/// <summary>Settings of <c>AscDownloadMetadata</c>: which version's listing to write.</summary>
public sealed class AscDownloadMetadataSettings : AscSettings, IAscVersionTarget
{
    /// <summary>Gets or sets the platform (default <c>IOS</c>).</summary>
    public string Platform { get; set; } = AscPlatform.Ios;

    /// <summary>Gets or sets the version whose texts are read; unset: the platform's editable version, else the live one.</summary>
    public string? VersionString { get; set; }

    /// <inheritdoc/>
    string? IAscVersionTarget.Platform { get => Platform; set => Platform = value ?? AscPlatform.Ios; }
}
