using Cake.AppStoreConnect.Analytics;
using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Core;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;
using Cake.Core.IO;

namespace Cake.AppStoreConnect;

/// <content>
/// Analytics reports and power and performance. Requesting reports needs the Admin role; reading reports,
/// metrics and diagnostics needs Admin, Finance, Sales or Access to Reports.
/// </content>
public static partial class AppStoreConnectAliases
{
    /// <summary>
    /// Makes sure the app has an active ONGOING analytics report request: reuses the active one, makes a new one
    /// when there is none or Apple stopped the last for inactivity, and resolves a 409 by reading. Needs the Admin
    /// role. Apple makes the first reports one to two days after a new request.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>The request, and whether one was made.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var request = AscRequestAnalyticsReports("com.example.app");
    /// Information(request);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscChangeResult<AscAnalyticsReportRequest> AscRequestAnalyticsReports(this ICakeContext context, string app) =>
        AscRequestAnalyticsReports(context, app, (AscAnalyticsRequestSettings?)null);

    /// <summary>Makes sure the app has an active analytics report request of the access type in the settings (dry run possible).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The access type, dry run and credentials.</param>
    /// <returns>The request, and whether one was made (in a dry run: the plan).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var plan = AscRequestAnalyticsReports("com.example.app", new AscAnalyticsRequestSettings { DryRun = true }.Snapshot());
    /// Information(plan);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscChangeResult<AscAnalyticsReportRequest> AscRequestAnalyticsReports(this ICakeContext context, string app, AscAnalyticsRequestSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        settings ??= new AscAnalyticsRequestSettings();
        AnalyticsRequestService.Validate(settings);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new AnalyticsRequestService(client).EnsureAsync(app, s, ct));
    }

    /// <summary>Makes sure the app has an active analytics report request, configured with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Chooses <c>.Ongoing()</c> or <c>.Snapshot()</c>.</param>
    /// <returns>The request, and whether one was made.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRequestAnalyticsReports("com.example.app", s => s.Snapshot());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscChangeResult<AscAnalyticsReportRequest> AscRequestAnalyticsReports(this ICakeContext context, string app, Action<AscAnalyticsRequestSettings> configure) =>
        AscRequestAnalyticsReports(context, app, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Downloads the app's analytics reports into a folder, only what is new since the last run: every page of
    /// reports, instances and segments; each segment from its pre-signed URL without the API token, its size and
    /// checksum checked (a damaged one is fetched again) and decompressed. A manifest in the folder records each
    /// complete instance, so a scheduled pipeline can run this daily and an interrupted run is finished by the next.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="folder">The download folder (created when missing).</param>
    /// <returns>The instances downloaded by this run with their rows.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Reports.AscReportFileException">A segment arrived damaged every time; re-running downloads it again.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var result = AscDownloadAnalyticsReports("com.example.app", "./artifacts/analytics");
    /// Information(result);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscAnalyticsDownloadResult AscDownloadAnalyticsReports(this ICakeContext context, string app, DirectoryPath folder) =>
        AscDownloadAnalyticsReports(context, app, folder, (AscAnalyticsDownloadSettings?)null);

    /// <summary>Downloads the app's new analytics report instances matching the settings into a folder.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="folder">The download folder (created when missing).</param>
    /// <param name="settings">Categories, reports, granularities, first processing date, de-duplication.</param>
    /// <returns>The instances downloaded by this run with their rows.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Reports.AscReportFileException">A segment arrived damaged every time; re-running downloads it again.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var settings = new AscAnalyticsDownloadSettings { Deduplicate = true }.Category(AscAnalyticsCategories.Commerce);
    /// var result = AscDownloadAnalyticsReports("com.example.app", "./artifacts/analytics", settings);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscAnalyticsDownloadResult AscDownloadAnalyticsReports(this ICakeContext context, string app, DirectoryPath folder, AscAnalyticsDownloadSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentNullException.ThrowIfNull(folder);
        settings ??= new AscAnalyticsDownloadSettings();
        AnalyticsDownloadService.Validate(settings);
        var path = folder.MakeAbsolute(context.Environment).FullPath;
        if (File.Exists(path))
        {
            throw new ArgumentException($"The analytics folder '{path}' is a file; give a folder.", nameof(folder));
        }

        return AscAliasRunner.Run(context, settings, (client, s, ct) => new AnalyticsDownloadService(client).DownloadAsync(app, path, s, ct));
    }

    /// <summary>Downloads the app's new analytics report instances, choosing reports with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="folder">The download folder (created when missing).</param>
    /// <param name="configure">Chooses categories, reports, granularities, a first processing date, de-duplication.</param>
    /// <returns>The instances downloaded by this run with their rows.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Reports.AscReportFileException">A segment arrived damaged every time; re-running downloads it again.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDownloadAnalyticsReports("com.example.app", "./artifacts/analytics", s => s
    ///     .Category(AscAnalyticsCategories.Commerce)
    ///     .Report("App Downloads Standard")
    ///     .Granularity(AscAnalyticsGranularities.Daily)
    ///     .Since(new DateOnly(2026, 1, 1)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscAnalyticsDownloadResult AscDownloadAnalyticsReports(this ICakeContext context, string app, DirectoryPath folder, Action<AscAnalyticsDownloadSettings> configure) =>
        AscDownloadAnalyticsReports(context, app, folder, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Reads power and performance metrics (launch time, hang rate, memory, disk writes, battery) of the app's most
    /// recent versions, per device class and percentile, in Apple's vendor JSON read leniently.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>The metrics; empty before Apple has aggregated any.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var metrics = AscGetPerformanceMetrics("com.example.app");
    /// foreach (var value in metrics.Of(AscMetric.LaunchTime))
    /// {
    ///     Information("{0} {1}: {2} {3}", value.DeviceName, value.Percentile, value.Value, value.Unit);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceMetrics AscGetPerformanceMetrics(this ICakeContext context, string app) =>
        AscGetPerformanceMetrics(context, app, (AscPerformanceMetricsSettings?)null);

    /// <summary>Reads power and performance metrics of the app, or of one build, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">A build, metric types, credentials.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var metrics = AscGetPerformanceMetrics("com.example.app", new AscPerformanceMetricsSettings { BuildId = buildId }.MetricType("LAUNCH"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceMetrics AscGetPerformanceMetrics(this ICakeContext context, string app, AscPerformanceMetricsSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        settings ??= new AscPerformanceMetricsSettings();
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new PerformanceService(client).GetMetricsAsync(app, s, ct));
    }

    /// <summary>Reads power and performance metrics of the app, or of one build, configured with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Chooses a build and metric types.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var metrics = AscGetPerformanceMetrics("com.example.app", s => s.ForBuild(buildId).MetricType("LAUNCH", "HANG"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceMetrics AscGetPerformanceMetrics(this ICakeContext context, string app, Action<AscPerformanceMetricsSettings> configure) =>
        AscGetPerformanceMetrics(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Reads a build's diagnostic signatures (hangs, disk writes, launches), heaviest first, with the logs of the heaviest.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id.</param>
    /// <returns>The signatures and logs.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var diagnostic in AscGetDiagnostics(buildId))
    /// {
    ///     Information("{0} {1:0.#}%: {2}", diagnostic.Signature.DiagnosticType, diagnostic.Signature.Weight, diagnostic.Signature.Signature);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static IReadOnlyList<AscDiagnostic> AscGetDiagnostics(this ICakeContext context, string buildId) =>
        AscGetDiagnostics(context, buildId, (AscDiagnosticsSettings?)null);

    /// <summary>Reads a build's diagnostic signatures and logs, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id.</param>
    /// <param name="settings">How many signatures' logs to read, credentials.</param>
    /// <returns>The signatures and logs.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var diagnostics = AscGetDiagnostics(buildId, new AscDiagnosticsSettings { MaxLogs = 3 });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static IReadOnlyList<AscDiagnostic> AscGetDiagnostics(this ICakeContext context, string buildId, AscDiagnosticsSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(buildId);
        settings ??= new AscDiagnosticsSettings();
        if (settings.MaxLogs < 0)
        {
            throw new ArgumentException($"MaxLogs is {settings.MaxLogs}; give 0 or more.");
        }

        return AscAliasRunner.Run(context, settings, (client, s, ct) => new PerformanceService(client).GetDiagnosticsAsync(buildId, s, ct));
    }

    /// <summary>Reads a build's diagnostic signatures and logs, configured with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id.</param>
    /// <param name="configure">Sets how many logs to read.</param>
    /// <returns>The signatures and logs.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var diagnostics = AscGetDiagnostics(buildId, s => s.WithMaxLogs(3));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static IReadOnlyList<AscDiagnostic> AscGetDiagnostics(this ICakeContext context, string buildId, Action<AscDiagnosticsSettings> configure) =>
        AscGetDiagnostics(context, buildId, AscAliasRunner.Configure(configure));

    /// <summary>
    /// A performance gate: compares a build's metrics with the newest build of the previous version and fails
    /// when launch time or hang rate rose by more than 10 %, naming metric and delta. Returns the comparison table.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id.</param>
    /// <returns>The comparison, when it passed.</returns>
    /// <exception cref="Cake.AppStoreConnect.Analytics.AscPerformanceRegressionException">A metric rose past its threshold; the message names metric and delta and has the table.</exception>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="System.InvalidOperationException">No baseline build exists, or Apple has no metrics for a build yet.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var comparison = AscCheckPerformance(buildId);
    /// Information(comparison.ToTable());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceComparison AscCheckPerformance(this ICakeContext context, string buildId) =>
        AscCheckPerformance(context, buildId, (AscPerformanceCheckSettings?)null);

    /// <summary>A performance gate with settings: the baseline build and the thresholds.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id.</param>
    /// <param name="settings">Baseline, thresholds, device and percentile.</param>
    /// <returns>The comparison, when it passed.</returns>
    /// <exception cref="Cake.AppStoreConnect.Analytics.AscPerformanceRegressionException">A metric rose past its threshold; the message names metric and delta and has the table.</exception>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="System.InvalidOperationException">No baseline build exists, or Apple has no metrics for a build yet.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCheckPerformance(buildId, new AscPerformanceCheckSettings { Baseline = previousBuildId }.FailWhen(AscMetric.Memory, increasesBy: 5.Percent()));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceComparison AscCheckPerformance(this ICakeContext context, string buildId, AscPerformanceCheckSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(buildId);
        settings ??= new AscPerformanceCheckSettings();
        foreach (var (metric, threshold) in settings.Thresholds.Where(t => t.Value.Value < 0))
        {
            throw new ArgumentException($"The threshold of {metric} is {threshold}; give a rise of 0 % or more.");
        }

        var comparison = AscAliasRunner.Run(context, settings, (client, s, ct) => new PerformanceService(client).CompareAsync(buildId, s, ct));
        context.Log.Write(Verbosity.Normal, LogLevel.Information, "{0}", comparison.ToTable());
        return comparison.Passed ? comparison : throw new AscPerformanceRegressionException(comparison);
    }

    /// <summary>A performance gate configured with a callback: <c>s => s.ComparedTo("previous-version").FailWhen(AscMetric.LaunchTime, increasesBy: 10.Percent())</c>.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id.</param>
    /// <param name="configure">Sets baseline and thresholds.</param>
    /// <returns>The comparison, when it passed.</returns>
    /// <exception cref="Cake.AppStoreConnect.Analytics.AscPerformanceRegressionException">A metric rose past its threshold; the message names metric and delta and has the table.</exception>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="System.InvalidOperationException">No baseline build exists, or Apple has no metrics for a build yet.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCheckPerformance(buildId, s => s
    ///     .ComparedTo("previous-version")
    ///     .FailWhen(AscMetric.LaunchTime, increasesBy: 10.Percent())
    ///     .FailWhen(AscMetric.HangRate, increasesBy: 20.Percent()));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceComparison AscCheckPerformance(this ICakeContext context, string buildId, Action<AscPerformanceCheckSettings> configure) =>
        AscCheckPerformance(context, buildId, AscAliasRunner.Configure(configure));
}
