using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>
/// Settings of <c>AscGetPerformanceMetrics</c>: one build instead of the app's recent versions (by its Apple id, or by
/// version and build number), and which metric types.
/// </summary>
public sealed class AscPerformanceMetricsSettings : AscSettings, IAscVersionTarget
{
    /// <summary>Gets or sets the Apple id of a build whose metrics to read; the app's most recent versions when this and <see cref="BuildNumber"/> are unset.</summary>
    public string? BuildId { get; set; }

    /// <summary>Gets or sets the app of the build (bundle id or Apple id); when set, it must be the alias's app.</summary>
    public string? App { get; set; }

    /// <summary>Gets or sets the version (CFBundleShortVersionString) of the build whose metrics to read, with <see cref="BuildNumber"/>.</summary>
    public string? VersionString { get; set; }

    /// <summary>Gets or sets the build number (CFBundleVersion) of the build whose metrics to read, with <see cref="VersionString"/>.</summary>
    public string? BuildNumber { get; set; }

    /// <summary>Gets or sets the platform of the build named by version and build number: <c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>; needed when those numbers exist on two platforms.</summary>
    public string? Platform { get; set; }

    /// <summary>Gets Apple's metric types to read (<c>LAUNCH</c>, <c>HANG</c>, <c>MEMORY</c>, <c>DISK</c>, <c>BATTERY</c>, …); all when empty.</summary>
    public ISet<string> MetricTypes { get; } = new HashSet<string>(StringComparer.Ordinal);
}
