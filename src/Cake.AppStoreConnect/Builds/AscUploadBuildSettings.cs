using Cake.AppStoreConnect.Client.Uploads;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>Settings of <c>AscUploadBuild</c>. Everything defaults to what the archive says.</summary>
public sealed class AscUploadBuildSettings : AscSettings, IAscVersionTarget, IAscWaitSettings
{
    /// <summary>Gets or sets the bundle id; read from Info.plist (or the pkg's Distribution) when unset.</summary>
    public string? BundleId { get; set; }

    /// <summary>Gets or sets Apple's id of the app, skipping the lookup by bundle id.</summary>
    public string? AppId { get; set; }

    /// <summary>Gets or sets the version (CFBundleShortVersionString); read from the archive when unset.</summary>
    public string? VersionString { get; set; }

    /// <summary>Gets or sets the version; the old name of <see cref="VersionString"/>.</summary>
    [Obsolete("Use VersionString: one name for the version a user types, as App Store Connect calls it.")]
    public string? ShortVersion { get => VersionString; set => VersionString = value; }

    /// <summary>Gets or sets CFBundleVersion (the build number); read from the archive when unset.</summary>
    public string? BuildNumber { get; set; }

    /// <summary>Gets or sets the platform (<c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c>, <c>VISION_OS</c>); read from the archive when unset.</summary>
    public string? Platform { get; set; }

    /// <summary>Gets or sets how many parts are sent at once (default 4).</summary>
    public int Concurrency { get; set; } = AscUploadOptions.DefaultConcurrency;

    /// <summary>Gets or sets nothing any more: parts are streamed from the file, so no part buffers are held.</summary>
    [Obsolete("Parts are streamed from the archive without part buffers; this setting has no effect. Remove it.")]
    public long MaxBufferBytes { get; set; } = 48L * 1024 * 1024;

    /// <summary>Gets or sets the checksum sent with the commit: <c>SHA_256</c> (default) or <c>MD5</c>.</summary>
    public string ChecksumAlgorithm { get; set; } = AscChecksumAlgorithm.Sha256;

    /// <summary>Gets or sets whether to wait until the build's processing is VALID (default true).</summary>
    public bool WaitForProcessing { get; set; } = true;

    /// <summary>Gets or sets how long to wait for processing (default 60 minutes).</summary>
    public TimeSpan Timeout { get; set; } = AscPollingSettings.Default.Timeout;

    /// <summary>Gets or sets how long to wait for processing; the old name of <see cref="Timeout"/>.</summary>
    [Obsolete("Use Timeout: every wait's limit has one name.")]
    public TimeSpan ProcessingTimeout { get => Timeout; set => Timeout = value; }

    /// <summary>Gets or sets the first interval between polls (default 2 s; it grows to <see cref="MaxPollInterval"/>).</summary>
    public TimeSpan PollInterval { get; set; } = AscPollingSettings.Default.InitialInterval;

    /// <summary>Gets or sets the longest interval between polls (default 30 s).</summary>
    public TimeSpan MaxPollInterval { get; set; } = AscPollingSettings.Default.MaxInterval;

    /// <summary>
    /// Gets or sets the export compliance answer to give the build once processed; unset leaves it to
    /// Info.plist's <c>ITSAppUsesNonExemptEncryption</c>.
    /// </summary>
    public bool? UsesNonExemptEncryption { get; set; }

    internal AscPollingSettings Polling => new(Timeout, PollInterval, MaxPollInterval);
}
