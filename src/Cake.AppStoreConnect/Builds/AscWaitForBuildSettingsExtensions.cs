using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>Fluent helpers for <see cref="AscWaitForBuildSettings"/>; each returns the same instance.</summary>
public static class AscWaitForBuildSettingsExtensions
{
    /// <summary>Waits for the build with this Apple id.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="buildId">The build's id (Apple's, such as <c>AscUploadBuildResult.BuildId</c>).</param>
    /// <returns>The same settings.</returns>
    public static AscWaitForBuildSettings ForBuildId(this AscWaitForBuildSettings settings, string buildId) => SettingsFluent.Apply(settings, s => s.BuildId = buildId);

    /// <summary>Waits for the build with this Apple id; the old name of <see cref="ForBuildId"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="buildId">The build's id.</param>
    /// <returns>The same settings.</returns>
    [Obsolete("Use ForBuildId(buildId): ForBuild(app, versionString, buildNumber) names a build by the numbers a user has, ForBuildId by Apple's id.")]
    public static AscWaitForBuildSettings ForBuild(this AscWaitForBuildSettings settings, string buildId) => settings.ForBuildId(buildId);

    /// <summary>Waits for the build of this app, version and build number.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <returns>The same settings.</returns>
    public static AscWaitForBuildSettings ForBuild(this AscWaitForBuildSettings settings, string app, string versionString, string buildNumber) =>
        SettingsFluent.Apply(settings, s => (s.App, s.VersionString, s.BuildNumber) = (app, versionString, buildNumber));
}
