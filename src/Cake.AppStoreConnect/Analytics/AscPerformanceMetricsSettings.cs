using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>Settings of <c>AscGetPerformanceMetrics</c>: one build instead of the app's recent versions, and which metric types.</summary>
public sealed class AscPerformanceMetricsSettings : AscSettings
{
    /// <summary>Gets or sets the id of a build whose metrics to read; the app's most recent versions when <see langword="null"/>.</summary>
    public string? BuildId { get; set; }

    /// <summary>Gets Apple's metric types to read (<c>LAUNCH</c>, <c>HANG</c>, <c>MEMORY</c>, <c>DISK</c>, <c>BATTERY</c>, …); all when empty.</summary>
    public ISet<string> MetricTypes { get; } = new HashSet<string>(StringComparer.Ordinal);
}
