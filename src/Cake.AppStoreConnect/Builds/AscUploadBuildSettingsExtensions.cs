using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>Fluent helpers for <see cref="AscUploadBuildSettings"/>; each returns the same instance.</summary>
public static class AscUploadBuildSettingsExtensions
{
    /// <summary>Uses this bundle id instead of the archive's.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="bundleId">The bundle id.</param>
    /// <returns>The same settings.</returns>
    public static AscUploadBuildSettings WithBundleId(this AscUploadBuildSettings settings, string bundleId) => SettingsFluent.Apply(settings, s => s.BundleId = bundleId);

    /// <summary>Uploads to the app with this Apple id, skipping the lookup by bundle id.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="appId">Apple's id of the app.</param>
    /// <returns>The same settings.</returns>
    public static AscUploadBuildSettings WithAppId(this AscUploadBuildSettings settings, string appId) => SettingsFluent.Apply(settings, s => s.AppId = appId);

    /// <summary>Uses this version and build number instead of the archive's.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <returns>The same settings.</returns>
    public static AscUploadBuildSettings ForVersion(this AscUploadBuildSettings settings, string versionString, string buildNumber) =>
        SettingsFluent.Apply(settings, s => (s.VersionString, s.BuildNumber) = (versionString, buildNumber));

    /// <summary>Uses this version and build number instead of the archive's; the old name of <see cref="ForVersion(AscUploadBuildSettings, string, string)"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="shortVersion">CFBundleShortVersionString.</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <returns>The same settings.</returns>
    [Obsolete("Use ForVersion(versionString, buildNumber): one name for choosing a version.")]
    public static AscUploadBuildSettings WithVersion(this AscUploadBuildSettings settings, string shortVersion, string buildNumber) => ForVersion(settings, shortVersion, buildNumber);

    /// <summary>Uses this platform instead of the archive's; the old name of <c>ForPlatform</c>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</param>
    /// <returns>The same settings.</returns>
    [Obsolete("Use ForPlatform(platform): one name for choosing a platform.")]
    public static AscUploadBuildSettings WithPlatform(this AscUploadBuildSettings settings, string platform) => settings.ForPlatform(platform);

    /// <summary>Sends at most this many parts at once.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="maxConcurrency">Parts in flight.</param>
    /// <returns>The same settings.</returns>
    public static AscUploadBuildSettings SetMaxConcurrency(this AscUploadBuildSettings settings, int maxConcurrency) => SettingsFluent.Apply(settings, s => s.Concurrency = maxConcurrency);

    /// <summary>Sends this many parts at once; the old name of <see cref="SetMaxConcurrency"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="concurrency">Parts in flight.</param>
    /// <returns>The same settings.</returns>
    [Obsolete("Use SetMaxConcurrency: one name for how much runs at once.")]
    public static AscUploadBuildSettings SetConcurrency(this AscUploadBuildSettings settings, int concurrency) => SetMaxConcurrency(settings, concurrency);

    /// <summary>Waits (or not) for the build to finish processing, up to a timeout.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="wait">Whether to wait.</param>
    /// <param name="timeout">How long at most; unchanged when <see langword="null"/>.</param>
    /// <returns>The same settings.</returns>
    public static AscUploadBuildSettings SetWaitForProcessing(this AscUploadBuildSettings settings, bool wait = true, TimeSpan? timeout = null) =>
        SettingsFluent.Apply(settings, s =>
        {
            s.WaitForProcessing = wait;
            s.Timeout = timeout ?? s.Timeout;
        });


    /// <summary>Answers export compliance on the build once it is processed.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="usesNonExemptEncryption">Whether the app uses non-exempt encryption.</param>
    /// <returns>The same settings.</returns>
    public static AscUploadBuildSettings SetUsesNonExemptEncryption(this AscUploadBuildSettings settings, bool usesNonExemptEncryption) =>
        SettingsFluent.Apply(settings, s => s.UsesNonExemptEncryption = usesNonExemptEncryption);

    /// <summary>Uses this checksum algorithm for the commit.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="algorithm"><c>SHA_256</c> or <c>MD5</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscUploadBuildSettings UseChecksum(this AscUploadBuildSettings settings, string algorithm) => SettingsFluent.Apply(settings, s => s.ChecksumAlgorithm = algorithm);
}
