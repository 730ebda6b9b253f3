using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>Reads power and performance metrics and diagnostics, and compares a build's metrics with a baseline build's.</summary>
public sealed class PerformanceService
{
    private static readonly Dictionary<string, AscMetric> Types = new(StringComparer.Ordinal)
    {
        ["LAUNCH"] = AscMetric.LaunchTime,
        ["HANG"] = AscMetric.HangRate,
        ["MEMORY"] = AscMetric.Memory,
        ["DISK"] = AscMetric.DiskWrites,
        ["BATTERY"] = AscMetric.Battery,
    };

    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    public PerformanceService(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>Apple's metric type of a metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns><c>LAUNCH</c>, <c>HANG</c>, <c>MEMORY</c>, <c>DISK</c> or <c>BATTERY</c>.</returns>
    public static string MetricType(AscMetric metric) => Types.First(t => t.Value == metric).Key;

    /// <summary>Reads the metrics of an app's recent versions, or of one build.</summary>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">A build, metric types.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The metrics.</returns>
    public async Task<AscPerformanceMetrics> GetMetricsAsync(string app, AscPerformanceMetricsSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.BuildId is { } buildId)
        {
            return await _client.Performance.GetBuildMetricsAsync(buildId, [.. settings.MetricTypes], cancellationToken);
        }

        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var metrics = await _client.Performance.GetAppMetricsAsync(resolved.Id, [.. settings.MetricTypes], cancellationToken);
        if (metrics.Values.Count == 0)
        {
            _client.Connection.Log.Write(AscLogLevel.Warning, $"No performance metrics for {resolved.Name} yet: Apple aggregates them from customers who share analytics, days after a release.");
        }

        return metrics;
    }

    /// <summary>Reads a build's diagnostic signatures, heaviest first, and the logs of the heaviest.</summary>
    /// <param name="buildId">The build's id.</param>
    /// <param name="settings">How many signatures' logs to read.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The signatures with their logs.</returns>
    public async Task<IReadOnlyList<AscDiagnostic>> GetDiagnosticsAsync(string buildId, AscDiagnosticsSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var diagnostics = new List<AscDiagnostic>();
        foreach (var signature in await _client.Performance.ListSignaturesAsync(buildId, cancellationToken))
        {
            var logs = diagnostics.Count < settings.MaxLogs ? await _client.Performance.GetLogsAsync(signature.Id, cancellationToken) : null;
            diagnostics.Add(new AscDiagnostic(signature, logs));
        }

        return diagnostics;
    }

    /// <summary>Compares a build's metrics with the baseline's, and says which thresholds are crossed.</summary>
    /// <param name="buildId">The build's id.</param>
    /// <param name="settings">The baseline and thresholds.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidOperationException">No baseline build could be found, or a build has no metrics yet.</exception>
    public async Task<AscPerformanceComparison> CompareAsync(string buildId, AscPerformanceCheckSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(buildId);
        var thresholds = settings.Thresholds.Count > 0
            ? new Dictionary<AscMetric, AscPercent>(settings.Thresholds)
            : new Dictionary<AscMetric, AscPercent> { [AscMetric.LaunchTime] = new(10), [AscMetric.HangRate] = new(10) };
        var build = await _client.Builds.FindAsync(buildId, cancellationToken) ?? throw new ArgumentException($"There is no build with id '{buildId}'.");
        var baseline = await BaselineAsync(build, settings.Baseline, cancellationToken);
        var types = thresholds.Keys.Select(MetricType).ToList();
        var current = await _client.Performance.GetBuildMetricsAsync(build.Id, types, cancellationToken);
        var before = await _client.Performance.GetBuildMetricsAsync(baseline.Id, types, cancellationToken);
        if (current.Values.Count == 0 || before.Values.Count == 0)
        {
            throw new InvalidOperationException($"No performance metrics for {Name(current.Values.Count == 0 ? build : baseline)} yet: Apple aggregates them days after a release, from customers who share analytics. Run the check later.");
        }

        var rows = new List<AscPerformanceDelta>();
        foreach (var value in current.Values.Where(v => v.Metric is { } m && thresholds.ContainsKey(m) && (settings.Device is null || v.Device == settings.Device) && (settings.Percentile is null || v.Percentile == settings.Percentile)))
        {
            var previous = before.Values.FirstOrDefault(b => b.Identifier == value.Identifier && b.Device == value.Device && b.Percentile == value.Percentile);
            if (previous is not null)
            {
                rows.Add(new AscPerformanceDelta(value.Metric!.Value, value.Device, value.Percentile, value.Unit, previous.Value, value.Value, thresholds[value.Metric.Value]));
            }
        }

        return new AscPerformanceComparison(Name(build), Name(baseline), rows);
    }

    private async Task<AscBuild> BaselineAsync(AscBuild build, string baseline, CancellationToken cancellationToken)
    {
        if (!string.Equals(baseline, AscPerformanceCheckSettings.PreviousVersion, StringComparison.OrdinalIgnoreCase))
        {
            return await _client.Builds.FindAsync(baseline, cancellationToken) ?? throw new ArgumentException($"There is no baseline build with id '{baseline}'; give a build id or \"{AscPerformanceCheckSettings.PreviousVersion}\".");
        }

        var appId = await _client.Builds.GetAppIdAsync(build.Id, cancellationToken);
        var builds = await _client.Builds.ListAsync(new AscBuildFilter { AppId = appId, ProcessingStates = [AscBuildProcessingState.Valid] }, cancellationToken);
        var version = Version(build.ShortVersion);
        return builds
            .Where(b => b.Id != build.Id && Version(b.ShortVersion) < version)
            .OrderByDescending(b => Version(b.ShortVersion))
            .ThenByDescending(b => b.UploadedDate)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{Name(build)} has no earlier version to compare with; give a baseline build with .ComparedTo(buildId).");
    }

    private static System.Version Version(string? text) =>
        System.Version.TryParse(text?.Split('.').Length == 1 ? text + ".0" : text, out var version) ? version : new System.Version(0, 0);

    private static string Name(AscBuild build) => $"{build.ShortVersion ?? "?"} ({build.BuildNumber})";
}

/// <summary>A diagnostic signature and, for the heaviest ones, its logs.</summary>
/// <param name="Signature">The signature.</param>
/// <param name="Logs">Its logs; <see langword="null"/> when not read.</param>
public sealed record AscDiagnostic(AscDiagnosticSignature Signature, AscDiagnosticLogs? Logs);
