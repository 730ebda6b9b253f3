using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// Settings of <c>AscSyncMetadata</c>: which version, the values set in code (they win over the folder's), and
/// fastlane's age rating JSON.
/// </summary>
public sealed class AscSyncMetadataSettings : AscSettings, IAscVersionTarget
{
    /// <summary>Gets or sets the platform (default <c>IOS</c>).</summary>
    public string Platform { get; set; } = AscPlatform.Ios;

    /// <summary>Gets or sets the version whose texts are written; unset: the platform's editable version.</summary>
    public string? VersionString { get; set; }

    /// <summary>Gets the values set in code; with a folder, they replace the folder's values one by one.</summary>
    public AscMetadata Metadata { get; } = new();

    /// <summary>Gets or sets fastlane's age rating JSON file (deliver's <c>app_rating_config_path</c>).</summary>
    public string? AgeRatingFile { get; set; }

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
