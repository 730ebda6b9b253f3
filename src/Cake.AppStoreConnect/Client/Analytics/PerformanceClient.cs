using System.Text;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Client.Analytics;

/// <summary>
/// Power and Performance: metrics of an app or a build, sent in Apple's vendor media type (which the
/// request must ask for), and a build's diagnostic signatures with their logs.
/// </summary>
public sealed class PerformanceClient
{
    /// <summary>The media type of <c>perfPowerMetrics</c>.</summary>
    public const string MetricsMediaType = "application/vnd.apple.xcode-metrics+json";

    /// <summary>The media type of diagnostic logs.</summary>
    public const string LogsMediaType = "application/vnd.apple.diagnostic-logs+json";

    private readonly AscConnection _connection;

    internal PerformanceClient(AscConnection connection) => _connection = connection;

    /// <summary>Reads the metrics of an app's most recent versions.</summary>
    /// <param name="appId">The app's Apple id.</param>
    /// <param name="metricTypes">Apple's metric types (<c>LAUNCH</c>, <c>HANG</c>, …); all when empty.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metrics.</returns>
    public Task<AscPerformanceMetrics> GetAppMetricsAsync(string appId, IReadOnlyCollection<string>? metricTypes = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        return GetMetricsAsync($"/v1/apps/{Uri.EscapeDataString(appId)}/perfPowerMetrics", metricTypes, cancellationToken);
    }

    /// <summary>Reads the metrics of one build.</summary>
    /// <param name="buildId">The build's id.</param>
    /// <param name="metricTypes">Apple's metric types; all when empty.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metrics.</returns>
    public Task<AscPerformanceMetrics> GetBuildMetricsAsync(string buildId, IReadOnlyCollection<string>? metricTypes = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(buildId);
        return GetMetricsAsync($"/v1/builds/{Uri.EscapeDataString(buildId)}/perfPowerMetrics", metricTypes, cancellationToken);
    }

    /// <summary>Lists a build's diagnostic signatures, every page.</summary>
    /// <param name="buildId">The build's id.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The signatures, heaviest first.</returns>
    public async Task<IReadOnlyList<AscDiagnosticSignature>> ListSignaturesAsync(string buildId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(buildId);
        var signatures = new List<AscDiagnosticSignature>();
        await foreach (var s in _connection.GetAllAsync<SignatureAttributes>($"/v1/builds/{Uri.EscapeDataString(buildId)}/diagnosticSignatures", null, cancellationToken))
        {
            signatures.Add(new AscDiagnosticSignature(s.Id, s.Attributes?.DiagnosticType ?? string.Empty, s.Attributes?.Signature ?? string.Empty, s.Attributes?.Weight ?? 0, s.Attributes?.Insight?.Direction));
        }

        return [.. signatures.OrderByDescending(s => s.Weight)];
    }

    /// <summary>Reads a signature's logs (Apple's <c>diagnosticLogs</c> JSON) and the blamed frames in them.</summary>
    /// <param name="signatureId">The signature's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The logs.</returns>
    public async Task<AscDiagnosticLogs> GetLogsAsync(string signatureId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signatureId);
        var (body, _) = await _connection.GetBytesAsync($"/v1/diagnosticSignatures/{Uri.EscapeDataString(signatureId)}/logs", LogsMediaType, cancellationToken);
        return AscDiagnosticLogs.Parse(Encoding.UTF8.GetString(body));
    }

    private async Task<AscPerformanceMetrics> GetMetricsAsync(string path, IReadOnlyCollection<string>? metricTypes, CancellationToken cancellationToken)
    {
        var query = new AscQuery().Filter("metricType", metricTypes ?? []);
        var (body, _) = await _connection.GetBytesAsync(query.AppendTo(path), MetricsMediaType, cancellationToken);
        return AscPerformanceMetrics.Parse(Encoding.UTF8.GetString(body));
    }
}

/// <summary>A diagnostic signature of a build.</summary>
/// <param name="Id">The signature's id.</param>
/// <param name="DiagnosticType"><c>DISK_WRITES</c>, <c>HANGS</c> or <c>LAUNCHES</c>.</param>
/// <param name="Signature">The call that the reports point at.</param>
/// <param name="Weight">Its share of the reports.</param>
/// <param name="Trend">Apple's trend insight: <c>UP</c>, <c>DOWN</c> or <c>UNDEFINED</c>, when given.</param>
public sealed record AscDiagnosticSignature(string Id, string DiagnosticType, string Signature, double Weight, string? Trend);

/// <summary>The logs of a signature: each log's metadata and blamed frame, and the raw JSON for everything else.</summary>
/// <param name="Logs">One entry per log.</param>
/// <param name="Json">Apple's document as received.</param>
public sealed record AscDiagnosticLogs(IReadOnlyList<AscDiagnosticLog> Logs, string Json)
{
    internal static AscDiagnosticLogs Parse(string json)
    {
        var logs = new List<AscDiagnosticLog>();
        foreach (var product in (JsonNode.Parse(json)?["productData"] as JsonArray) ?? [])
        {
            foreach (var log in (product?["diagnosticLogs"] as JsonArray) ?? [])
            {
                var meta = log?["diagnosticMetaData"];
                var blamed = Frames(log?["callStackTree"]).FirstOrDefault(f => f["isBlameFrame"]?.GetValue<bool>() == true);
                logs.Add(new AscDiagnosticLog(Text(meta?["appVersion"]), Text(meta?["buildVersion"]), Text(meta?["osVersion"]), Text(meta?["deviceType"]), Text(meta?["event"]), Text(blamed?["symbolName"])));
            }
        }

        return new AscDiagnosticLogs(logs, json);
    }

    private static IEnumerable<JsonNode> Frames(JsonNode? tree)
    {
        var pending = new Stack<JsonNode>();
        foreach (var stack in (tree as JsonArray ?? []).SelectMany(t => (t?["callStacks"] as JsonArray) ?? []))
        {
            foreach (var frame in (stack?["callStackRootFrames"] as JsonArray) ?? [])
            {
                if (frame is not null)
                {
                    pending.Push(frame);
                }
            }
        }

        while (pending.Count > 0)
        {
            var frame = pending.Pop();
            yield return frame;
            foreach (var sub in (frame["subFrames"] as JsonArray) ?? [])
            {
                if (sub is not null)
                {
                    pending.Push(sub);
                }
            }
        }
    }

    private static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
}

/// <summary>One diagnostic log.</summary>
/// <param name="AppVersion">The app version.</param>
/// <param name="BuildVersion">The build number.</param>
/// <param name="OsVersion">The OS version.</param>
/// <param name="DeviceType">The device model.</param>
/// <param name="Event">What happened (hang, disk writes, launch).</param>
/// <param name="BlamedSymbol">The frame Apple blames, when it names one.</param>
public sealed record AscDiagnosticLog(string AppVersion, string BuildVersion, string OsVersion, string DeviceType, string Event, string BlamedSymbol);

internal sealed record SignatureAttributes(string? DiagnosticType, string? Signature, double? Weight, SignatureInsight? Insight);

internal sealed record SignatureInsight(string? InsightType, string? Direction);
