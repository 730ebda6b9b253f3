using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Fluent helpers for <see cref="AscReleaseVersionSettings"/>; each returns the same instance.</summary>
public static class AscReleaseVersionSettingsExtensions
{
    /// <summary>Acts on the version of this platform.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscReleaseVersionSettings ForPlatform(this AscReleaseVersionSettings settings, string platform) => SettingsFluent.Apply(settings, s => s.Platform = platform);

    /// <summary>Acts on this version.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="versionString">The version string, such as <c>1.4.0</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscReleaseVersionSettings ForVersion(this AscReleaseVersionSettings settings, string versionString) => SettingsFluent.Apply(settings, s => s.VersionString = versionString);
}
