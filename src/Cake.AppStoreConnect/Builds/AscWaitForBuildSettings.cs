using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>Settings of <c>AscWaitForBuildProcessing</c>: the build by id, or by app, version and build number.</summary>
public sealed class AscWaitForBuildSettings : AscSettings, IAscVersionTarget, IAscWaitSettings
{
    /// <summary>Gets or sets the build id.</summary>
    public string? BuildId { get; set; }

    /// <summary>Gets or sets the app (bundle id or Apple id), with <see cref="VersionString"/> and <see cref="BuildNumber"/>.</summary>
    public string? App { get; set; }

    /// <summary>Gets or sets the version (CFBundleShortVersionString).</summary>
    public string? VersionString { get; set; }

    /// <summary>Gets or sets the version; the old name of <see cref="VersionString"/>.</summary>
    [Obsolete("Use VersionString: one name for the version a user types, as App Store Connect calls it.")]
    public string? ShortVersion { get => VersionString; set => VersionString = value; }

    /// <summary>Gets or sets CFBundleVersion.</summary>
    public string? BuildNumber { get; set; }

    /// <summary>Gets or sets the platform (default: any).</summary>
    public string? Platform { get; set; }

    /// <summary>Gets or sets how long to wait (default 60 minutes).</summary>
    public TimeSpan Timeout { get; set; } = AscPollingSettings.Default.Timeout;

    /// <summary>Gets or sets the first interval between polls (default 2 s, growing to 30 s).</summary>
    public TimeSpan PollInterval { get; set; } = AscPollingSettings.Default.InitialInterval;

    /// <summary>Gets or sets the longest interval between polls (default 30 s).</summary>
    public TimeSpan MaxPollInterval { get; set; } = AscPollingSettings.Default.MaxInterval;

    internal AscPollingSettings Polling => new(Timeout, PollInterval, MaxPollInterval);
}
