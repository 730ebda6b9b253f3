using System.Globalization;
using System.Text;
using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>One line of a performance comparison: a metric for a device class and percentile in both builds.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Device">The device class.</param>
/// <param name="Percentile">The percentile.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Baseline">The baseline build's value.</param>
/// <param name="Current">The checked build's value.</param>
/// <param name="Threshold">The largest rise allowed; <see langword="null"/> when the metric is only reported.</param>
public sealed record AscPerformanceDelta(AscMetric Metric, string Device, string Percentile, string Unit, double Baseline, double Current, AscPercent? Threshold)
{
    /// <summary>Gets the change in percent of the baseline (positive: slower, larger, more).</summary>
    public double DeltaPercent => Baseline == 0 ? 0 : (Current - Baseline) / Baseline * 100;

    /// <summary>Gets a value indicating whether the rise crosses the threshold.</summary>
    public bool Fails => Threshold is { } threshold && DeltaPercent > threshold.Value;

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Metric} {Percentile} on {Device}: {Baseline:0.##} -> {Current:0.##} {Unit} ({DeltaPercent:+0.0;-0.0;0.0} %{(Threshold is { } t ? $", allowed +{t}" : string.Empty)})");
}

/// <summary>The result of <c>AscCheckPerformance</c>: the comparison table and whether it passed.</summary>
/// <param name="Build">The checked build, as <c>version (number)</c>.</param>
/// <param name="Baseline">The baseline build, as <c>version (number)</c>.</param>
/// <param name="Rows">Every compared value.</param>
public sealed record AscPerformanceComparison(string Build, string Baseline, IReadOnlyList<AscPerformanceDelta> Rows)
{
    /// <summary>Gets the rows over their threshold.</summary>
    public IReadOnlyList<AscPerformanceDelta> Failures => [.. Rows.Where(r => r.Fails)];

    /// <summary>Gets a value indicating whether no threshold was crossed.</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>The comparison as a table, one line per value.</summary>
    /// <returns>The table.</returns>
    public string ToTable()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"metric",-11} {"device",-12} {"percentile",-18} {Baseline,14} {Build,14} {"delta",8}");
        foreach (var row in Rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{row.Metric,-11} {row.Device,-12} {row.Percentile,-18} {row.Baseline,14:0.##} {row.Current,14:0.##} {row.DeltaPercent,7:+0.0;-0.0;0.0}%{(row.Fails ? "  FAIL" : string.Empty)}");
        }

        return table.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Passed
        ? $"Performance of {Build} is within the thresholds compared with {Baseline} ({Rows.Count} values compared)."
        : $"Performance of {Build} regressed compared with {Baseline}: {string.Join("; ", Failures)}.";
}

/// <summary>The performance check failed: a metric rose past its threshold. The message names metric and delta.</summary>
public sealed class AscPerformanceRegressionException : AscException
{
    /// <summary>Creates the exception.</summary>
    public AscPerformanceRegressionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What regressed.</param>
    public AscPerformanceRegressionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What regressed.</param>
    /// <param name="innerException">The cause.</param>
    public AscPerformanceRegressionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failed comparison.</summary>
    /// <param name="comparison">The comparison.</param>
    public AscPerformanceRegressionException(AscPerformanceComparison comparison)
        : base(Describe(comparison))
    {
        Comparison = comparison;
    }

    /// <summary>Gets the comparison, with every row.</summary>
    public AscPerformanceComparison? Comparison { get; }

    private static string Describe(AscPerformanceComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison + Environment.NewLine + comparison.ToTable();
    }
}
