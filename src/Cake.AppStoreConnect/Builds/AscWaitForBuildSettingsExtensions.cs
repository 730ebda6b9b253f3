using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>Fluent helpers for <see cref="AscWaitForBuildSettings"/>; each returns the same instance.</summary>
public static class AscWaitForBuildSettingsExtensions
{
    /// <summary>Waits for the build with this id.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="buildId">The build id.</param>
    /// <returns>The same settings.</returns>
    public static AscWaitForBuildSettings ForBuild(this AscWaitForBuildSettings settings, string buildId) => SettingsFluent.Apply(settings, s => s.BuildId = buildId);

    /// <summary>Waits for the build of this app, version and build number.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="app">Bundle id or Apple id.</param>
    /// <param name="shortVersion">CFBundleShortVersionString.</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <returns>The same settings.</returns>
    public static AscWaitForBuildSettings ForBuild(this AscWaitForBuildSettings settings, string app, string shortVersion, string buildNumber) =>
        SettingsFluent.Apply(settings, s => (s.App, s.ShortVersion, s.BuildNumber) = (app, shortVersion, buildNumber));

    /// <summary>Waits at most this long.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="timeout">The timeout.</param>
    /// <returns>The same settings.</returns>
    public static AscWaitForBuildSettings SetTimeout(this AscWaitForBuildSettings settings, TimeSpan timeout) => SettingsFluent.Apply(settings, s => s.Timeout = timeout);

    /// <summary>Polls from this interval up to a longest one.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="initial">The first interval.</param>
    /// <param name="max">The longest interval.</param>
    /// <returns>The same settings.</returns>
    public static AscWaitForBuildSettings SetPollInterval(this AscWaitForBuildSettings settings, TimeSpan initial, TimeSpan? max = null) =>
        SettingsFluent.Apply(settings, s => (s.PollInterval, s.MaxPollInterval) = (initial, max ?? s.MaxPollInterval));
}
