using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Cake.AppStoreConnect.Emulator.Resources.AnalyticsReports;

/// <summary>
/// The reports every request yields (names and categories from Apple's analytics data dictionary; which
/// dimensions each carries is shortened), and the tab-separated rows of a segment, generated from the ids so a
/// segment's bytes, size and checksum never change.
/// </summary>
internal static class AnalyticsCatalog
{
    public static IReadOnlyList<string> Categories { get; } = ["APP_USAGE", "APP_STORE_ENGAGEMENT", "COMMERCE", "FRAMEWORK_USAGE", "PERFORMANCE"];

    public static IReadOnlyList<ReportKind> Reports { get; } =
    [
        new("App Sessions Standard", "APP_USAGE", ["App Version", "Device", "Platform Version", "Territory"], "Sessions"),
        new("App Installations and Deletions Standard", "APP_USAGE", ["Event", "Download Type", "Device", "Territory"], "Counts"),
        new("App Crashes", "APP_USAGE", ["App Version", "Device", "Platform Version"], "Crashes"),
        new("App Store Discovery and Engagement Standard", "APP_STORE_ENGAGEMENT", ["Event", "Page Type", "Source Type", "Territory"], "Counts"),
        new("App Store Discovery and Engagement Detailed", "APP_STORE_ENGAGEMENT", ["Event", "Page Type", "Source Type", "Source Info", "Territory"], "Counts"),
        new("App Downloads Standard", "COMMERCE", ["Download Type", "App Version", "Device", "Source Type", "Territory"], "Counts"),
        new("App Downloads Detailed", "COMMERCE", ["Download Type", "App Version", "Device", "Source Type", "Source Info", "Territory"], "Counts"),
        new("App Store Purchases Standard", "COMMERCE", ["Purchase Type", "Content Name", "Device", "Territory"], "Purchases"),
        new("Background Task Usage", "FRAMEWORK_USAGE", ["Task Type", "Device", "Platform Version"], "Counts"),
        new("App Clip Usage", "FRAMEWORK_USAGE", ["Invocation Source", "Device", "Territory"], "Sessions"),
        new("App Disk Space Usage", "PERFORMANCE", ["App Version", "Device", "Percentile"], "Megabytes"),
        new("App Launch Performance", "PERFORMANCE", ["App Version", "Device", "Percentile"], "Milliseconds"),
    ];

    private static readonly Dictionary<string, string[]> Values = new(StringComparer.Ordinal)
    {
        ["App Version"] = ["1.0", "1.1"],
        ["Device"] = ["iPhone", "iPad"],
        ["Platform Version"] = ["iOS 18.5", "iOS 26.1"],
        ["Territory"] = ["US", "DE", "JP"],
        ["Event"] = ["Impression", "Page view"],
        ["Download Type"] = ["First-time download", "Redownload"],
        ["Page Type"] = ["Product page", "Search"],
        ["Source Type"] = ["App Store search", "Web referrer"],
        ["Source Info"] = ["com.example.referrer", "(none)"],
        ["Purchase Type"] = ["In-App Purchase", "Subscription"],
        ["Content Name"] = ["Pro upgrade", "Monthly plan"],
        ["Task Type"] = ["BGAppRefreshTask", "BGProcessingTask"],
        ["Invocation Source"] = ["NFC tag", "Safari banner"],
        ["Percentile"] = ["50", "90"],
    };

    /// <summary>The days whose rows an instance carries: a daily instance the day before its processing date
    /// and, restated, the day before that (Apple: an instance "might contain data for that day, full data
    /// for past dates, or both"); a weekly one the seven days before; a monthly one the thirty days before;
    /// a snapshot's instances go back ninety days (a shortened "as far as is available").</summary>
    public static IReadOnlyList<DateOnly> Days(AnalyticsReportInstanceRecord instance)
    {
        var span = instance.Snapshot ? 90 : instance.Granularity switch { "WEEKLY" => 7, "MONTHLY" => 30, _ => 2 };
        return [.. Enumerable.Range(1, span).Select(i => instance.ProcessingDate.AddDays(-i)).Reverse()];
    }

    /// <summary>The whole text of one segment: the header row, then its share of the instance's rows.</summary>
    public static string SegmentText(ReportKind kind, string appName, string appId, AnalyticsReportInstanceRecord instance, AnalyticsReportSegmentRecord segment)
    {
        var text = new StringBuilder();
        text.Append("Date\tApp Name\tApp Apple Identifier\t").AppendJoin('\t', kind.Dimensions).Append('\t').Append(kind.Measure).Append('\n');
        var row = 0;
        foreach (var day in Days(instance))
        {
            foreach (var combination in Combinations(kind.Dimensions))
            {
                if (row++ % segment.Count != segment.Index)
                {
                    continue;
                }

                // A restated day differs from its first publication, so de-duplicating by processing date matters.
                var restated = instance.ProcessingDate.DayNumber - day.DayNumber;
                var value = 1 + (Hash($"{appId}/{kind.Name}/{day:yyyy-MM-dd}/{string.Join('|', combination)}") % 500) + (ulong)(restated == 1 ? 0 : restated);
                text.Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\t').Append(appName).Append('\t').Append(appId).Append('\t')
                    .AppendJoin('\t', combination).Append('\t').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }

    public static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    /// <summary>The segment's <c>checksum</c>: MD5 of the gzip bytes, in lower-case hex, the shape of Apple's documented example (32 hex digits for a 156-byte <c>0.csv.gz</c>); Apple does not name the algorithm.</summary>
    public static string Checksum(byte[] gzip) =>
#pragma warning disable CA5351 // Apple's segment checksum is an integrity check against corruption, not a security measure.
        Convert.ToHexStringLower(MD5.HashData(gzip));
#pragma warning restore CA5351

    public static ReportKind Kind(string name) => Reports.First(r => r.Name == name);

    private static IEnumerable<string[]> Combinations(IReadOnlyList<string> dimensions)
    {
        IEnumerable<string[]> result = [[]];
        foreach (var dimension in dimensions.Take(3))
        {
            var values = Values[dimension];
            result = result.SelectMany(prefix => values.Select(v => (string[])[.. prefix, v]));
        }

        // Dimensions beyond the third keep their first value, which keeps the files small.
        return result.Select(c => (string[])[.. c, .. dimensions.Skip(3).Select(d => Values[d][0])]);
    }

    private static ulong Hash(string text) => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);

    /// <summary>A report of the catalogue: its name, category, dimension columns and measure column.</summary>
    internal sealed record ReportKind(string Name, string Category, IReadOnlyList<string> Dimensions, string Measure);
}
