using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>Settings of <c>AscCheckPerformance</c>: the build to compare with and the thresholds that fail the check.</summary>
public sealed class AscPerformanceCheckSettings : AscSettings
{
    /// <summary>The baseline meaning "the newest build of the app's previous marketing version".</summary>
    public const string PreviousVersion = "previous-version";

    /// <summary>Gets or sets the baseline: a build's Apple id, or <see cref="PreviousVersion"/> (default); <see cref="BaselineBuildNumber"/> wins when set.</summary>
    public string Baseline { get; set; } = PreviousVersion;

    /// <summary>Gets or sets the version (CFBundleShortVersionString) of the app's baseline build, with <see cref="BaselineBuildNumber"/>.</summary>
    public string? BaselineVersionString { get; set; }

    /// <summary>Gets or sets the build number (CFBundleVersion) of the app's baseline build, with <see cref="BaselineVersionString"/>.</summary>
    public string? BaselineBuildNumber { get; set; }

    /// <summary>Gets or sets the platform of the build (and baseline) named by version and build number: <c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>; needed when those numbers exist on two platforms.</summary>
    public string? Platform { get; set; }

    /// <summary>Gets the thresholds: a metric fails when it rises by more than its percentage. Launch time and hang rate at 10 % when none are set.</summary>
    public IDictionary<AscMetric, AscPercent> Thresholds { get; } = new Dictionary<AscMetric, AscPercent>();

    /// <summary>Gets or sets the device class compared (Apple's <c>device</c>, such as <c>all_iphones</c>); every device when <see langword="null"/>.</summary>
    public string? Device { get; set; }

    /// <summary>Gets or sets the percentile compared (<c>percentile.fifty</c>, <c>percentile.ninety</c>); both when <see langword="null"/>.</summary>
    public string? Percentile { get; set; }
}
