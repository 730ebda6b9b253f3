namespace Cake.AppStoreConnect.Core;

/// <summary>
/// Settings that name a version of an app on a platform, so <c>ForPlatform</c> and <c>ForVersion</c> are
/// written once (<see cref="AscSettingsExtensions"/>) for all of them.
/// </summary>
public interface IAscVersionTarget
{
    /// <summary>Gets or sets the platform: <c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</summary>
    string? Platform { get; set; }

    /// <summary>Gets or sets the version a user types (App Store Connect's <c>versionString</c>, Info.plist's CFBundleShortVersionString), such as <c>1.4.0</c>.</summary>
    string? VersionString { get; set; }
}

/// <summary>
/// Settings of an alias that waits (for processing, review, completion): how long at most, and how often
/// it polls, from a first interval growing to a longest one.
/// </summary>
public interface IAscWaitSettings
{
    /// <summary>Gets or sets how long to wait at most.</summary>
    TimeSpan Timeout { get; set; }

    /// <summary>Gets or sets the first interval between polls.</summary>
    TimeSpan PollInterval { get; set; }

    /// <summary>Gets or sets the longest interval between polls.</summary>
    TimeSpan MaxPollInterval { get; set; }
}
