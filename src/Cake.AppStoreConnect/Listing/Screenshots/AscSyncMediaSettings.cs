using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Uploads;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Listing;

/// <summary>Settings shared by <c>AscSyncScreenshots</c> and <c>AscSyncPreviews</c>: which version, how many uploads at once, how long to wait for processing.</summary>
public abstract class AscSyncMediaSettings : AscSettings, IAscVersionTarget, IAscWaitSettings
{
    /// <summary>Gets or sets the platform (default <c>IOS</c>).</summary>
    public string Platform { get; set; } = AscPlatform.Ios;

    /// <summary>Gets or sets the version string; unset: the platform's editable version.</summary>
    public string? VersionString { get; set; }

    /// <summary>Gets or sets how many files are sent at once (default 4).</summary>
    public int Concurrency { get; set; } = AscUploadOptions.DefaultConcurrency;

    /// <summary>Gets or sets how long to wait for App Store Connect's processing at most (default 30 minutes).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets or sets the first interval between polls (default 2 s); each poll reads each waiting set once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the longest interval between polls (default 30 s).</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    string? IAscVersionTarget.Platform { get => Platform; set => Platform = value ?? AscPlatform.Ios; }
}

/// <summary>Settings of <c>AscSyncScreenshots</c>: which version, how many uploads at once, how long to wait for processing.</summary>
public sealed class AscSyncScreenshotsSettings : AscSyncMediaSettings
{
}

/// <summary>Settings of <c>AscSyncPreviews</c>: which version, how many uploads at once, how long to wait for processing, the poster frame.</summary>
public sealed class AscSyncPreviewsSettings : AscSyncMediaSettings
{
    /// <summary>
    /// Gets or sets the poster frame of every preview, Apple's <c>previewFrameTimeCode</c>: <c>HH:MM:SS:FF</c> (hours,
    /// minutes, seconds, frame), before the end of each video. Unset: new previews get fastlane deliver's
    /// <c>00:00:05:00</c> and previews already on App Store Connect keep theirs; set: new previews get it and a kept
    /// preview with another one is changed (a <c>PATCH</c> of this attribute only, nothing uploaded again).
    /// </summary>
    public string? PreviewFrameTimeCode { get; set; }
}
