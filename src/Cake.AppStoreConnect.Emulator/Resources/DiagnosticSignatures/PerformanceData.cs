using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;

namespace Cake.AppStoreConnect.Emulator.Resources.DiagnosticSignatures;

/// <summary>
/// Power and performance figures of processed builds in Apple's <c>xcodeMetrics</c> shape. Values are
/// derived from the app, marketing version and build number, so the same build always measures the same;
/// a regression staged through <c>/_emulator/performance/regressions</c> makes one build slower.
/// </summary>
internal static class PerformanceData
{
    public static IReadOnlyList<string> MetricTypes { get; } = ["DISK", "HANG", "BATTERY", "LAUNCH", "MEMORY", "ANIMATION", "TERMINATION", "STORAGE"];

    private static readonly ConditionalWeakTable<EmulatorContext, ConcurrentDictionary<(string BuildId, string MetricType), double>> Regressions = [];

    // Category, metric identifier, unit, and the range of a healthy app's median (the 90th percentile is 1.8 times it).
    private static readonly (string Category, string Metric, string Unit, string UnitName, double Low, double High)[] Metrics =
    [
        ("LAUNCH", "launchTime", "ms", "Milliseconds", 350, 900),
        ("HANG", "hangRate", "s/hr", "Seconds per Hour", 0.4, 3),
        ("MEMORY", "peakMemory", "MB", "Megabytes", 150, 400),
        ("DISK", "logicalWrites", "MB", "Megabytes", 20, 120),
        ("BATTERY", "onScreenBatteryUsage", "%/hr", "Percent per Hour", 3, 8),
    ];

    private static readonly (string Device, string Name)[] Devices =
    [
        ("all_iphones", "All iPhones"),
        ("iPhone15,2", "iPhone 14 Pro"),
        ("iPad13,1", "iPad Air (4th generation)"),
    ];

    private static readonly (string Key, double Factor)[] Percentiles = [("percentile.fifty", 1.0), ("percentile.ninety", 1.8)];

    /// <summary>Makes a build's metric of a type slower (or larger) by a percentage; 0 removes the regression.</summary>
    public static void Stage(EmulatorContext emulator, string buildId, string metricType, double percent) =>
        Regressions.GetValue(emulator, _ => new())[(buildId, metricType)] = percent;

    public static double Regression(EmulatorContext emulator, string buildId, string metricType) =>
        Regressions.TryGetValue(emulator, out var staged) && staged.TryGetValue((buildId, metricType), out var percent) ? percent : 0;

    public static string MetricTypeOf(string diagnosticType) => diagnosticType switch
    {
        "DISK_WRITES" => "DISK",
        "HANGS" => "HANG",
        _ => "LAUNCH",
    };

    /// <summary>The <c>xcodeMetrics</c> document of some builds, one point per build (its marketing version), oldest first.</summary>
    public static JsonObject Document(ResourceContext context, IReadOnlyList<BuildRecord> builds, IReadOnlyCollection<string>? metricTypes, IReadOnlyCollection<string>? deviceTypes)
    {
        var categories = new JsonArray();
        var regressions = new JsonArray();
        foreach (var group in Metrics.Where(m => metricTypes is null || metricTypes.Contains(m.Category)).GroupBy(m => m.Category))
        {
            var metrics = new JsonArray();
            foreach (var metric in group)
            {
                var datasets = new JsonArray();
                foreach (var (device, name) in Devices.Where(d => deviceTypes is null || deviceTypes.Contains(d.Device)))
                {
                    foreach (var (percentile, factor) in Percentiles)
                    {
                        var points = new JsonArray();
                        foreach (var build in builds)
                        {
                            var value = Value(context, build, metric.Category, metric.Metric, metric.Low, metric.High, device) * factor;
                            points.Add(new JsonObject
                            {
                                ["version"] = VersionOf(context, build),
                                ["value"] = Math.Round(value, 2),
                                ["errorMargin"] = Math.Round(value * 0.03, 2),
                                ["goal"] = value < metric.High * factor ? "good" : "poor",

                                // Apple's answers carry an array here although the spec says an object (AvdLee/appstoreconnect-swift-sdk#256).
                                ["percentageBreakdown"] = new JsonArray(new JsonObject { ["value"] = 100, ["subSystemLabel"] = "app" }),
                            });
                        }

                        datasets.Add(new JsonObject
                        {
                            ["filterCriteria"] = new JsonObject { ["percentile"] = percentile, ["device"] = device, ["deviceMarketingName"] = name },
                            ["points"] = points,
                        });
                    }
                }

                metrics.Add(new JsonObject
                {
                    ["identifier"] = metric.Metric,
                    ["goalKeys"] = new JsonArray(),
                    ["unit"] = new JsonObject { ["identifier"] = metric.Unit, ["displayName"] = metric.UnitName },
                    ["datasets"] = datasets,
                });
                if (builds.Count >= 2 && Regression(context.Emulator, builds[^1].Id, metric.Category) > 0)
                {
                    regressions.Add(new JsonObject
                    {
                        ["metricCategory"] = metric.Category,
                        ["latestVersion"] = VersionOf(context, builds[^1]),
                        ["metric"] = metric.Metric,
                        ["summaryString"] = $"{metric.Metric} regressed in {VersionOf(context, builds[^1])}",

                        // An array in Apple's answers, a string in its spec (AvdLee/appstoreconnect-swift-sdk#256).
                        ["referenceVersions"] = new JsonArray(VersionOf(context, builds[^2])),
                        ["highImpact"] = true,
                    });
                }
            }

            categories.Add(new JsonObject { ["identifier"] = group.Key, ["metrics"] = metrics });
        }

        return new JsonObject
        {
            ["version"] = "1.0.0",
            ["insights"] = new JsonObject { ["trendingUp"] = new JsonArray(), ["regressions"] = regressions },
            ["productData"] = new JsonArray(new JsonObject { ["platform"] = "IOS", ["metricCategories"] = categories }),
        };
    }

    /// <summary>The <c>diagnosticLogs</c> document of one signature: one log with a short call stack and its metadata.</summary>
    public static JsonObject Logs(ResourceContext context, DiagnosticSignatureRecord signature)
    {
        var build = context.Table<BuildRecord>().Find(signature.BuildId);
        var app = build is null ? null : context.Table<AppRecord>().Find(build.AppId);
        var frame = new JsonObject
        {
            ["sampleCount"] = 12,
            ["isBlameFrame"] = true,
            ["symbolName"] = signature.Signature,
            ["binaryName"] = app?.Name ?? "App",
            ["offsetIntoSymbol"] = "148",
            ["address"] = "0x0000000100a3c1f4",
        };
        return new JsonObject
        {
            ["version"] = "1.0.0",
            ["productData"] = new JsonArray(new JsonObject
            {
                ["signatureId"] = signature.Id,
                ["diagnosticInsights"] = new JsonArray(),
                ["diagnosticLogs"] = new JsonArray(new JsonObject
                {
                    ["callStackTree"] = new JsonArray(new JsonObject
                    {
                        ["callStackPerThread"] = true,
                        ["callStacks"] = new JsonArray(new JsonObject { ["callStackRootFrames"] = new JsonArray(frame) }),
                    }),
                    ["diagnosticMetaData"] = new JsonObject
                    {
                        ["bundleId"] = app?.BundleId,
                        ["event"] = signature.DiagnosticType,
                        ["osVersion"] = "iOS 26.1",
                        ["appVersion"] = build is null ? null : VersionOf(context, build),
                        ["buildVersion"] = build?.Version,
                        ["deviceType"] = "iPhone15,2",
                        ["platformArchitecture"] = "arm64e",
                        ["writesCaused"] = signature.DiagnosticType == "DISK_WRITES" ? "1.2 GB" : null,
                    },
                }),
            }),
        };
    }

    public static string SignatureText(string diagnosticType, string buildId) => diagnosticType switch
    {
        "DISK_WRITES" => "-[CacheStore flushToDisk:]",
        "HANGS" => "-[FeedViewController reloadData]",
        _ => "-[AppDelegate application:didFinishLaunchingWithOptions:]",
    } + $" ({Stable(buildId, diagnosticType) % 90 + 10}% of reports)";

    public static ulong Stable(string a, string b) => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{a}/{b}")), 0);

    public static string VersionOf(ResourceContext context, BuildRecord build) =>
        context.Table<PreReleaseVersionRecord>().Find(build.PreReleaseVersionId)?.Version ?? "1.0";

    private static double Value(ResourceContext context, BuildRecord build, string category, string metric, double low, double high, string device)
    {
        // The app sets the level, the build adds up to ±2 %: builds of a healthy app differ a little, never by a gate's threshold.
        var level = low + ((Stable(build.AppId, metric + device) % 1000) / 1000.0 * (high - low) * 0.5);
        var jitter = 1 + ((((double)(Stable($"{build.AppId}/{VersionOf(context, build)}/{build.Version}", metric + device) % 401)) - 200) / 10_000);
        return level * jitter * (1 + (Regression(context.Emulator, build.Id, category) / 100));
    }
}
