using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Client.Apps;
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

    /// <summary>Checks which build the metrics settings name, before any request.</summary>
    /// <param name="app">The app whose metrics are read (bundle id or Apple id).</param>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentException">The build is named half, or twice.</exception>
    public static void Validate(string app, AscPerformanceMetricsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        AscInput.OptionalPlatform(settings.Platform);
        if (settings.VersionString is null && settings.BuildNumber is null && settings.App is null)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(settings.BuildId))
        {
            throw new ArgumentException("The settings name the build twice: give BuildId (ForBuildId) or App with VersionString and BuildNumber (ForBuild), not both. Nothing was read.");
        }

        BuildLocator.Validate(null, settings.App ?? app, settings.VersionString, settings.BuildNumber, latestAllowed: false);
    }

    /// <summary>Checks the baseline and thresholds of the performance gate, before any request.</summary>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentException">A threshold is negative, or the baseline is named half.</exception>
    public static void Validate(AscPerformanceCheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        AscInput.OptionalPlatform(settings.Platform);
        foreach (var (metric, threshold) in settings.Thresholds.Where(t => t.Value.Value < 0))
        {
            throw new ArgumentException($"The threshold of {metric} is {threshold}; give a rise of 0 % or more.");
        }

        if ((settings.BaselineVersionString is not null || settings.BaselineBuildNumber is not null)
            && (string.IsNullOrWhiteSpace(settings.BaselineVersionString) || string.IsNullOrWhiteSpace(settings.BaselineBuildNumber)))
        {
            throw new ArgumentException("A baseline build needs both BaselineVersionString and BaselineBuildNumber: .ComparedTo(versionString, buildNumber). Build numbers repeat across versions.");
        }
    }

    /// <summary>Checks the diagnostics settings, before any request.</summary>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentException">A negative number of logs, or a platform App Store Connect does not know.</exception>
    public static void Validate(AscDiagnosticsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        AscInput.OptionalPlatform(settings.Platform);
        if (settings.MaxLogs < 0)
        {
            throw new ArgumentException($"MaxLogs is {settings.MaxLogs}; give 0 or more.");
        }
    }

    /// <summary>Reads the metrics of an app's recent versions, or of one build (by Apple id, or by version and build number).</summary>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">A build, metric types.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The metrics.</returns>
    public async Task<AscPerformanceMetrics> GetMetricsAsync(string app, AscPerformanceMetricsSettings settings, CancellationToken cancellationToken = default)
    {
        Validate(app, settings);
        if (settings.BuildId is { } buildId)
        {
            return await _client.Performance.GetBuildMetricsAsync(buildId, [.. settings.MetricTypes], cancellationToken);
        }

        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        if (settings.BuildNumber is { } buildNumber)
        {
            if (settings.App is { } named && !BuildLocator.Names(named, resolved))
            {
                throw new ArgumentException($"ForBuild names the app '{named}', but the metrics are read for {resolved}; name the same app in both. Nothing was read.");
            }

            var build = await BuildLocator.FindAsync(_client, resolved, settings.VersionString, buildNumber, settings.Platform, cancellationToken);
            return await _client.Performance.GetBuildMetricsAsync(build.Id, [.. settings.MetricTypes], cancellationToken);
        }

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

    /// <summary>Reads the diagnostic signatures of an app's build given by version and build number, heaviest first, and the logs of the heaviest.</summary>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <param name="settings">How many signatures' logs to read.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The signatures with their logs.</returns>
    /// <exception cref="ArgumentException">The app has no such build; the message lists its builds.</exception>
    public async Task<IReadOnlyList<AscDiagnostic>> GetDiagnosticsAsync(string app, string versionString, string buildNumber, AscDiagnosticsSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var build = await BuildLocator.FindAsync(_client, resolved, versionString, buildNumber, settings.Platform, cancellationToken);
        return await GetDiagnosticsAsync(build.Id, settings, cancellationToken);
    }

    /// <summary>Compares a build's metrics with the baseline's, and says which thresholds are crossed.</summary>
    /// <param name="buildId">The build's Apple id.</param>
    /// <param name="settings">The baseline and thresholds.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidOperationException">No baseline build could be found, or a build has no metrics yet.</exception>
    public async Task<AscPerformanceComparison> CompareAsync(string buildId, AscPerformanceCheckSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(buildId);
        Validate(settings);
        var (app, build) = await BuildLocator.FindWithAppAsync(_client, buildId, null, cancellationToken);
        return await CompareAsync(app, build, settings, cancellationToken);
    }

    /// <summary>Compares the metrics of an app's build, given by version and build number, with the baseline's.</summary>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <param name="settings">The baseline and thresholds.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The app has no such build; the message lists its builds.</exception>
    /// <exception cref="InvalidOperationException">No baseline build could be found, or a build has no metrics yet.</exception>
    public async Task<AscPerformanceComparison> CompareAsync(string app, string versionString, string buildNumber, AscPerformanceCheckSettings settings, CancellationToken cancellationToken = default)
    {
        Validate(settings);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var build = await BuildLocator.FindAsync(_client, resolved, versionString, buildNumber, settings.Platform, cancellationToken);
        return await CompareAsync(resolved, build, settings, cancellationToken);
    }

    private async Task<AscPerformanceComparison> CompareAsync(AscApp app, AscBuild build, AscPerformanceCheckSettings settings, CancellationToken cancellationToken)
    {
        var thresholds = settings.Thresholds.Count > 0
            ? new Dictionary<AscMetric, AscPercent>(settings.Thresholds)
            : new Dictionary<AscMetric, AscPercent> { [AscMetric.LaunchTime] = new(10), [AscMetric.HangRate] = new(10) };
        var baseline = await BaselineAsync(app, build, settings, cancellationToken);
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

    private async Task<AscBuild> BaselineAsync(AscApp app, AscBuild build, AscPerformanceCheckSettings settings, CancellationToken cancellationToken)
    {
        if (settings.BaselineBuildNumber is { } baselineNumber)
        {
            return await BuildLocator.FindAsync(_client, app, settings.BaselineVersionString, baselineNumber, settings.Platform, cancellationToken);
        }

        var baseline = settings.Baseline;
        if (!string.Equals(baseline, AscPerformanceCheckSettings.PreviousVersion, StringComparison.OrdinalIgnoreCase))
        {
            return await _client.Builds.FindAsync(baseline, cancellationToken) ?? throw new ArgumentException($"There is no baseline build with id '{baseline}'; give a build id, \"{AscPerformanceCheckSettings.PreviousVersion}\", or the version and build number: .ComparedTo(versionString, buildNumber).");
        }

        var builds = await _client.Builds.ListAsync(new AscBuildFilter { AppId = app.Id, ProcessingStates = [AscBuildProcessingState.Valid] }, cancellationToken);
        var version = Version(build.ShortVersion);
        return builds
            .Where(b => b.Id != build.Id && Version(b.ShortVersion) < version)
            .OrderByDescending(b => Version(b.ShortVersion))
            .ThenByDescending(b => b.UploadedDate)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{Name(build)} has no earlier version to compare with; give a baseline build with .ComparedTo(versionString, buildNumber).");
    }

    private static System.Version Version(string? text) =>
        System.Version.TryParse(text?.Split('.').Length == 1 ? text + ".0" : text, out var version) ? version : new System.Version(0, 0);

    private static string Name(AscBuild build) => $"{build.ShortVersion ?? "?"} ({build.BuildNumber})";
}

/// <summary>A diagnostic signature and, for the heaviest ones, its logs.</summary>
/// <param name="Signature">The signature.</param>
/// <param name="Logs">Its logs; <see langword="null"/> when not read.</param>
public sealed record AscDiagnostic(AscDiagnosticSignature Signature, AscDiagnosticLogs? Logs);
