using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Client.Analytics;

/// <summary>The metrics a performance gate can name; each maps to Apple's metric identifiers.</summary>
public enum AscMetric
{
    /// <summary>Time to first frame after launch (<c>launchTime</c>, category LAUNCH).</summary>
    LaunchTime,

    /// <summary>Seconds of hang per hour of use (<c>hangRate</c>, category HANG).</summary>
    HangRate,

    /// <summary>Peak memory (<c>peakMemory</c>, category MEMORY).</summary>
    Memory,

    /// <summary>Logical disk writes (<c>logicalWrites</c>, category DISK).</summary>
    DiskWrites,

    /// <summary>Battery use on screen (<c>onScreenBatteryUsage</c>, category BATTERY).</summary>
    Battery,
}

/// <summary>One value of a metric: for a device class, percentile and app version.</summary>
/// <param name="Metric">The metric, when it is one the add-in names; <see langword="null"/> for others.</param>
/// <param name="Identifier">Apple's metric identifier, such as <c>launchTime</c>.</param>
/// <param name="Category">Apple's category, such as <c>LAUNCH</c>.</param>
/// <param name="Unit">The unit, such as <c>ms</c>.</param>
/// <param name="Device">The device class, such as <c>all_iphones</c>.</param>
/// <param name="DeviceName">Its marketing name.</param>
/// <param name="Percentile">The percentile, such as <c>percentile.fifty</c>.</param>
/// <param name="Version">The app version the value is for.</param>
/// <param name="Value">The value.</param>
/// <param name="ErrorMargin">The margin of error, when given.</param>
public sealed record AscMetricValue(AscMetric? Metric, string Identifier, string Category, string Unit, string Device, string DeviceName, string Percentile, string Version, double Value, double? ErrorMargin);

/// <summary>A regression or trend Apple points out.</summary>
/// <param name="Category">The metric category.</param>
/// <param name="Metric">The metric identifier.</param>
/// <param name="LatestVersion">The version that regressed.</param>
/// <param name="ReferenceVersions">The versions it is compared with.</param>
/// <param name="Summary">Apple's sentence.</param>
public sealed record AscMetricInsight(string Category, string Metric, string LatestVersion, IReadOnlyList<string> ReferenceVersions, string Summary);

/// <summary>
/// Power and performance metrics, read from Apple's <c>xcodeMetrics</c> JSON leniently: unknown fields are
/// ignored, and where Apple's answers and its spec disagree (<c>referenceVersions</c> an array or a string,
/// <c>percentageBreakdown</c> an array or an object) both are read.
/// </summary>
public sealed class AscPerformanceMetrics
{
    private static readonly Dictionary<string, AscMetric> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["launchTime"] = AscMetric.LaunchTime,
        ["hangRate"] = AscMetric.HangRate,
        ["peakMemory"] = AscMetric.Memory,
        ["memoryAtSuspension"] = AscMetric.Memory,
        ["logicalWrites"] = AscMetric.DiskWrites,
        ["onScreenBatteryUsage"] = AscMetric.Battery,
    };

    private AscPerformanceMetrics(IReadOnlyList<AscMetricValue> values, IReadOnlyList<AscMetricInsight> regressions)
    {
        Values = values;
        Regressions = regressions;
    }

    /// <summary>Gets every value, per metric, device class, percentile and version.</summary>
    public IReadOnlyList<AscMetricValue> Values { get; }

    /// <summary>Gets the regressions Apple's insights name.</summary>
    public IReadOnlyList<AscMetricInsight> Regressions { get; }

    /// <summary>Gets the app versions the values are for, in Apple's order.</summary>
    public IReadOnlyList<string> Versions => [.. Values.Select(v => v.Version).Distinct(StringComparer.Ordinal)];

    /// <summary>Reads Apple's <c>xcodeMetrics</c> document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The metrics; empty when the document holds none (data not aggregated yet).</returns>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static AscPerformanceMetrics Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? new JsonObject();
        var values = new List<AscMetricValue>();
        foreach (var product in Array(root["productData"]))
        {
            foreach (var category in Array(product?["metricCategories"]))
            {
                var categoryName = Text(category?["identifier"]);
                foreach (var metric in Array(category?["metrics"]))
                {
                    var identifier = Text(metric?["identifier"]);
                    var unit = Text(metric?["unit"]?["identifier"]);
                    AscMetric? known = Known.TryGetValue(identifier, out var m) ? m : null;
                    foreach (var dataset in Array(metric?["datasets"]))
                    {
                        var criteria = dataset?["filterCriteria"];
                        foreach (var point in Array(dataset?["points"]))
                        {
                            if (Number(point?["value"]) is not { } value)
                            {
                                continue;
                            }

                            values.Add(new AscMetricValue(known, identifier, categoryName, unit, Text(criteria?["device"]), Text(criteria?["deviceMarketingName"]), Text(criteria?["percentile"]), Text(point?["version"]), value, Number(point?["errorMargin"])));
                        }
                    }
                }
            }
        }

        var regressions = Array(root["insights"]?["regressions"]).Select(i => new AscMetricInsight(
            Text(i?["metricCategory"]),
            Text(i?["metric"]),
            Text(i?["latestVersion"]),
            i?["referenceVersions"] switch
            {
                JsonArray versions => [.. versions.Select(v => v is JsonObject o ? Text(o["version"]) : Text(v))],
                JsonValue single => [Text(single)],
                _ => [],
            },
            Text(i?["summaryString"]))).ToList();
        return new AscPerformanceMetrics(values, regressions);
    }

    /// <summary>The values of one metric for one version.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="version">The app version; the latest when <see langword="null"/>.</param>
    /// <returns>The values, per device and percentile.</returns>
    public IReadOnlyList<AscMetricValue> Of(AscMetric metric, string? version = null)
    {
        var versions = Versions;
        version ??= versions.Count == 0 ? null : versions[^1];
        return [.. Values.Where(v => v.Metric == metric && v.Version == version)];
    }

    private static IEnumerable<JsonNode?> Array(JsonNode? node) => node as JsonArray ?? (IEnumerable<JsonNode?>)[];

    private static string Text(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue<string>(out var text) ? text : value.ToJsonString()
        : string.Empty;

    private static double? Number(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue<double>(out var number) ? number
        : value.TryGetValue<string>(out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null
        : null;
}
