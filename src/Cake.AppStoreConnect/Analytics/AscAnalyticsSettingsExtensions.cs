using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>Fluent helpers for the analytics and performance settings; each returns the same instance.</summary>
public static class AscAnalyticsSettingsExtensions
{
    /// <summary>Keeps an ONGOING request in place: reports made daily, as long as someone downloads them.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static AscAnalyticsRequestSettings Ongoing(this AscAnalyticsRequestSettings settings) => SettingsFluent.Apply(settings, s => s.AccessType = AscAnalyticsAccessTypes.Ongoing);

    /// <summary>Keeps a ONE_TIME_SNAPSHOT request in place: history as far back as it exists, no new data later.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static AscAnalyticsRequestSettings Snapshot(this AscAnalyticsRequestSettings settings) => SettingsFluent.Apply(settings, s => s.AccessType = AscAnalyticsAccessTypes.OneTimeSnapshot);

    /// <summary>Downloads reports of these categories only.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="categories">Apple's names, such as <c>COMMERCE</c> (<see cref="AscAnalyticsCategories"/>).</param>
    /// <returns>The same settings.</returns>
    public static AscAnalyticsDownloadSettings Category(this AscAnalyticsDownloadSettings settings, params IEnumerable<string> categories) => SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.Categories, categories));

    /// <summary>Downloads these reports only.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="names">Report names, such as <c>App Downloads Standard</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscAnalyticsDownloadSettings Report(this AscAnalyticsDownloadSettings settings, params IEnumerable<string> names) => SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.ReportNames, names));

    /// <summary>Downloads instances of these granularities only.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="granularities"><c>DAILY</c>, <c>WEEKLY</c>, <c>MONTHLY</c> (<see cref="AscAnalyticsGranularities"/>).</param>
    /// <returns>The same settings.</returns>
    public static AscAnalyticsDownloadSettings Granularity(this AscAnalyticsDownloadSettings settings, params IEnumerable<string> granularities) => SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.Granularities, granularities));

    /// <summary>Downloads instances processed on or after this date only.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="date">The first processing date.</param>
    /// <returns>The same settings.</returns>
    public static AscAnalyticsDownloadSettings Since(this AscAnalyticsDownloadSettings settings, DateOnly date) => SettingsFluent.Apply(settings, s => s.Since = date);

    /// <summary>De-duplicates rows by their own date, keeping those of the latest processing date.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static AscAnalyticsDownloadSettings Deduplicated(this AscAnalyticsDownloadSettings settings) => SettingsFluent.Apply(settings, s => s.Deduplicate = true);

    /// <summary>Reads the metrics of the build with this Apple id instead of the app's recent versions.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="buildId">The build's id (Apple's).</param>
    /// <returns>The same settings.</returns>
    public static AscPerformanceMetricsSettings ForBuildId(this AscPerformanceMetricsSettings settings, string buildId) =>
        SettingsFluent.Apply(settings, s => (s.BuildId, s.App, s.VersionString, s.BuildNumber) = (buildId, null, null, null));

    /// <summary>Reads the metrics of the app's build with this version and build number instead of the app's recent versions.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="app">The bundle id or Apple id; the alias's app.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <returns>The same settings.</returns>
    public static AscPerformanceMetricsSettings ForBuild(this AscPerformanceMetricsSettings settings, string app, string versionString, string buildNumber) =>
        SettingsFluent.Apply(settings, s => (s.BuildId, s.App, s.VersionString, s.BuildNumber) = (null, app, versionString, buildNumber));

    /// <summary>Reads the metrics of the build with this Apple id; the old name of <see cref="ForBuildId"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="buildId">The build's id.</param>
    /// <returns>The same settings.</returns>
    [Obsolete("Use ForBuildId(buildId): ForBuild(app, versionString, buildNumber) names a build by the numbers a user has, ForBuildId by Apple's id.")]
    public static AscPerformanceMetricsSettings ForBuild(this AscPerformanceMetricsSettings settings, string buildId) => settings.ForBuildId(buildId);

    /// <summary>Reads these metric types only.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="metricTypes">Apple's types: <c>LAUNCH</c>, <c>HANG</c>, <c>MEMORY</c>, <c>DISK</c>, <c>BATTERY</c>, ….</param>
    /// <returns>The same settings.</returns>
    public static AscPerformanceMetricsSettings MetricType(this AscPerformanceMetricsSettings settings, params IEnumerable<string> metricTypes) => SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.MetricTypes, metricTypes));

    /// <summary>Compares with <c>"previous-version"</c> (the newest build of the previous marketing version), or with the build with this Apple id.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="baseline"><c>"previous-version"</c> or a build's Apple id.</param>
    /// <returns>The same settings.</returns>
    public static AscPerformanceCheckSettings ComparedTo(this AscPerformanceCheckSettings settings, string baseline) =>
        SettingsFluent.Apply(settings, s => (s.Baseline, s.BaselineVersionString, s.BaselineBuildNumber) = (baseline, null, null));

    /// <summary>Compares with the app's build of this version and build number.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="versionString">The baseline's version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The baseline's CFBundleVersion.</param>
    /// <returns>The same settings.</returns>
    public static AscPerformanceCheckSettings ComparedTo(this AscPerformanceCheckSettings settings, string versionString, string buildNumber) =>
        SettingsFluent.Apply(settings, s => (s.BaselineVersionString, s.BaselineBuildNumber) = (versionString, buildNumber));

    /// <summary>Fails the check when a metric rises by more than a percentage.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="increasesBy">The largest rise allowed, such as <c>10.Percent()</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscPerformanceCheckSettings FailWhen(this AscPerformanceCheckSettings settings, AscMetric metric, AscPercent increasesBy) => SettingsFluent.Apply(settings, s => s.Thresholds[metric] = increasesBy);

    /// <summary>Compares one device class and percentile only.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="device">Apple's device class, such as <c>all_iphones</c>.</param>
    /// <param name="percentile">The percentile, such as <c>percentile.fifty</c>; both when <see langword="null"/>.</param>
    /// <returns>The same settings.</returns>
    public static AscPerformanceCheckSettings On(this AscPerformanceCheckSettings settings, string device, string? percentile = null) => SettingsFluent.Apply(settings, s => (s.Device, s.Percentile) = (device, percentile));

    /// <summary>Reads the logs of this many signatures (the heaviest); 0 reads none.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="count">How many.</param>
    /// <returns>The same settings.</returns>
    public static AscDiagnosticsSettings WithMaxLogs(this AscDiagnosticsSettings settings, int count) => SettingsFluent.Apply(settings, s => s.MaxLogs = count);

    /// <summary>Reads the diagnostics of the build with the version and build number on this platform; needed when those numbers exist on two platforms. <c>AscGetPerformanceMetrics</c>'s settings use the shared <c>ForPlatform</c>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscDiagnosticsSettings ForPlatform(this AscDiagnosticsSettings settings, string platform) => SettingsFluent.Apply(settings, s => s.Platform = platform);

    /// <summary>Checks the build (and a baseline named by numbers) with the version and build number on this platform; needed when those numbers exist on two platforms.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscPerformanceCheckSettings ForPlatform(this AscPerformanceCheckSettings settings, string platform) => SettingsFluent.Apply(settings, s => s.Platform = platform);
}
