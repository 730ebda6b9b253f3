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

    /// <summary>
    /// Reads power and performance metrics of the app, or of one build, with settings: <c>ForBuild(app, versionString,
    /// buildNumber)</c> by the numbers in the app's Info.plist, <c>ForBuildId(buildId)</c> by Apple's id.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">A build, metric types, credentials.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any metrics are read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var settings = new AscPerformanceMetricsSettings().ForBuild("com.example.app", "1.4.0", "57").MetricType("LAUNCH");
    /// var metrics = AscGetPerformanceMetrics("com.example.app", settings);
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
        PerformanceService.Validate(app, settings);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new PerformanceService(client).GetMetricsAsync(app, s, ct));
    }

    /// <summary>Reads power and performance metrics of the app, or of one build, configured with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Chooses a build (<c>ForBuild(app, versionString, buildNumber)</c> or <c>ForBuildId(buildId)</c>) and metric types.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any metrics are read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var metrics = AscGetPerformanceMetrics("com.example.app", s => s.ForBuildId(upload.BuildId).MetricType("LAUNCH", "HANG"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceMetrics AscGetPerformanceMetrics(this ICakeContext context, string app, Action<AscPerformanceMetricsSettings> configure) =>
        AscGetPerformanceMetrics(context, app, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Reads the power and performance metrics of the app's build with this version and build number (the numbers in
    /// its Info.plist), per device class and percentile.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The build number (CFBundleVersion).</param>
    /// <returns>The build's metrics.</returns>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any metrics are read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var metrics = AscGetPerformanceMetrics("com.example.app", "1.4.0", EnvironmentVariable("BUILD_NUMBER"));
    /// Information("{0} launch time values", metrics.Of(AscMetric.LaunchTime).Count);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceMetrics AscGetPerformanceMetrics(this ICakeContext context, string app, string versionString, string buildNumber) =>
        AscGetPerformanceMetrics(context, app, versionString, buildNumber, (AscPerformanceMetricsSettings?)null);

    /// <summary>Reads the performance metrics of the app's build with this version and build number, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The build number (CFBundleVersion).</param>
    /// <param name="settings">The platform, metric types, credentials (the build given here replaces the settings' build).</param>
    /// <returns>The build's metrics.</returns>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any metrics are read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var metrics = AscGetPerformanceMetrics("com.example.app", "1.4.0", "57", new AscPerformanceMetricsSettings().MetricType("MEMORY"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceMetrics AscGetPerformanceMetrics(this ICakeContext context, string app, string versionString, string buildNumber, AscPerformanceMetricsSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(buildNumber);
        return AscGetPerformanceMetrics(context, app, (settings ?? new AscPerformanceMetricsSettings()).ForBuild(app, versionString, buildNumber));
    }

    /// <summary>Reads the performance metrics of the app's build with this version and build number, configured with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The build number (CFBundleVersion).</param>
    /// <param name="configure">Chooses the platform (<c>ForPlatform</c>, when the numbers exist on two platforms) and metric types.</param>
    /// <returns>The build's metrics.</returns>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any metrics are read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var metrics = AscGetPerformanceMetrics("com.example.app", "1.4.0", "57", s => s.MetricType("LAUNCH", "HANG"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceMetrics AscGetPerformanceMetrics(this ICakeContext context, string app, string versionString, string buildNumber, Action<AscPerformanceMetricsSettings> configure) =>
        AscGetPerformanceMetrics(context, app, versionString, buildNumber, AscAliasRunner.Configure(configure));

    /// <summary>Reads a build's diagnostic signatures (hangs, disk writes, launches), heaviest first, with the logs of the heaviest; the build by Apple's id.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's Apple id (such as <c>AscUploadBuildResult.BuildId</c>).</param>
    /// <returns>The signatures and logs.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var diagnostic in AscGetDiagnostics(upload.BuildId))
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

    /// <summary>Reads a build's diagnostic signatures and logs, with settings; the build by Apple's id.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's Apple id.</param>
    /// <param name="settings">How many signatures' logs to read, credentials.</param>
    /// <returns>The signatures and logs.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var diagnostics = AscGetDiagnostics(upload.BuildId, new AscDiagnosticsSettings { MaxLogs = 3 });
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
        PerformanceService.Validate(settings);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new PerformanceService(client).GetDiagnosticsAsync(buildId, s, ct));
    }

    /// <summary>Reads a build's diagnostic signatures and logs, configured with a callback; the build by Apple's id.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's Apple id.</param>
    /// <param name="configure">Sets how many logs to read.</param>
    /// <returns>The signatures and logs.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var diagnostics = AscGetDiagnostics(upload.BuildId, s => s.WithMaxLogs(3));
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
    /// Reads the diagnostic signatures (hangs, disk writes, launches) of the app's build with this version and build
    /// number, heaviest first, with the logs of the heaviest.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The build number (CFBundleVersion).</param>
    /// <returns>The signatures and logs.</returns>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any diagnostics are read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var diagnostic in AscGetDiagnostics("com.example.app", "1.4.0", EnvironmentVariable("BUILD_NUMBER")))
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
    public static IReadOnlyList<AscDiagnostic> AscGetDiagnostics(this ICakeContext context, string app, string versionString, string buildNumber) =>
        AscGetDiagnostics(context, app, versionString, buildNumber, (AscDiagnosticsSettings?)null);

    /// <summary>Reads the diagnostic signatures and logs of the app's build with this version and build number, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The build number (CFBundleVersion).</param>
    /// <param name="settings">The platform, how many signatures' logs to read, credentials.</param>
    /// <returns>The signatures and logs.</returns>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any diagnostics are read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var diagnostics = AscGetDiagnostics("com.example.app", "1.4.0", "57", new AscDiagnosticsSettings { MaxLogs = 3 });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static IReadOnlyList<AscDiagnostic> AscGetDiagnostics(this ICakeContext context, string app, string versionString, string buildNumber, AscDiagnosticsSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(buildNumber);
        settings ??= new AscDiagnosticsSettings();
        PerformanceService.Validate(settings);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new PerformanceService(client).GetDiagnosticsAsync(app, versionString, buildNumber, s, ct));
    }

    /// <summary>Reads the diagnostic signatures and logs of the app's build with this version and build number, configured with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The build number (CFBundleVersion).</param>
    /// <param name="configure">Sets the platform (<c>ForPlatform</c>, when the numbers exist on two platforms) and how many logs to read.</param>
    /// <returns>The signatures and logs.</returns>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any diagnostics are read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var diagnostics = AscGetDiagnostics("com.example.app", "1.4.0", "57", s => s.ForPlatform("MAC_OS").WithMaxLogs(3));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static IReadOnlyList<AscDiagnostic> AscGetDiagnostics(this ICakeContext context, string app, string versionString, string buildNumber, Action<AscDiagnosticsSettings> configure) =>
        AscGetDiagnostics(context, app, versionString, buildNumber, AscAliasRunner.Configure(configure));

    /// <summary>
    /// A performance gate: compares the metrics of the build with this Apple id with the newest build of the previous
    /// version and fails when launch time or hang rate rose by more than 10 %, naming metric and delta. Returns the
    /// comparison table.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's Apple id (such as <c>AscUploadBuildResult.BuildId</c>).</param>
    /// <returns>The comparison, when it passed.</returns>
    /// <exception cref="Cake.AppStoreConnect.Analytics.AscPerformanceRegressionException">A metric rose past its threshold; the message names metric and delta and has the table.</exception>
    /// <exception cref="System.ArgumentException">Bad input, or no such build; found before any metrics are read.</exception>
    /// <exception cref="System.InvalidOperationException">No baseline build exists, or Apple has no metrics for a build yet.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var comparison = AscCheckPerformance(upload.BuildId);
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

    /// <summary>A performance gate with settings (the baseline build and the thresholds); the build by Apple's id.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's Apple id.</param>
    /// <param name="settings">Baseline, thresholds, device and percentile.</param>
    /// <returns>The comparison, when it passed.</returns>
    /// <exception cref="Cake.AppStoreConnect.Analytics.AscPerformanceRegressionException">A metric rose past its threshold; the message names metric and delta and has the table.</exception>
    /// <exception cref="System.ArgumentException">Bad input, or no such build; found before any metrics are read.</exception>
    /// <exception cref="System.InvalidOperationException">No baseline build exists, or Apple has no metrics for a build yet.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCheckPerformance(upload.BuildId, new AscPerformanceCheckSettings().ComparedTo("1.3.0", "41").FailWhen(AscMetric.Memory, increasesBy: 5.Percent()));
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
        PerformanceService.Validate(settings);
        return PerformanceGate(context, AscAliasRunner.Run(context, settings, (client, s, ct) => new PerformanceService(client).CompareAsync(buildId, s, ct)));
    }

    /// <summary>A performance gate configured with a callback; the build by Apple's id.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's Apple id.</param>
    /// <param name="configure">Sets baseline and thresholds.</param>
    /// <returns>The comparison, when it passed.</returns>
    /// <exception cref="Cake.AppStoreConnect.Analytics.AscPerformanceRegressionException">A metric rose past its threshold; the message names metric and delta and has the table.</exception>
    /// <exception cref="System.ArgumentException">Bad input, or no such build; found before any metrics are read.</exception>
    /// <exception cref="System.InvalidOperationException">No baseline build exists, or Apple has no metrics for a build yet.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCheckPerformance(upload.BuildId, s => s
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

    /// <summary>
    /// A performance gate for the app's build with this version and build number (the numbers in its Info.plist):
    /// compares its metrics with the newest build of the previous version and fails when launch time or hang rate
    /// rose by more than 10 %, naming metric and delta. Returns the comparison table.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The build number (CFBundleVersion).</param>
    /// <returns>The comparison, when it passed.</returns>
    /// <exception cref="Cake.AppStoreConnect.Analytics.AscPerformanceRegressionException">A metric rose past its threshold; the message names metric and delta and has the table.</exception>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any metrics are read.</exception>
    /// <exception cref="System.InvalidOperationException">No baseline build exists, or Apple has no metrics for a build yet.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var comparison = AscCheckPerformance("com.example.app", "1.4.0", EnvironmentVariable("BUILD_NUMBER"));
    /// Information(comparison.ToTable());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceComparison AscCheckPerformance(this ICakeContext context, string app, string versionString, string buildNumber) =>
        AscCheckPerformance(context, app, versionString, buildNumber, (AscPerformanceCheckSettings?)null);

    /// <summary>A performance gate for the app's build with this version and build number, with settings (the baseline build and the thresholds).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The build number (CFBundleVersion).</param>
    /// <param name="settings">The platform, baseline, thresholds, device and percentile.</param>
    /// <returns>The comparison, when it passed.</returns>
    /// <exception cref="Cake.AppStoreConnect.Analytics.AscPerformanceRegressionException">A metric rose past its threshold; the message names metric and delta and has the table.</exception>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any metrics are read.</exception>
    /// <exception cref="System.InvalidOperationException">No baseline build exists, or Apple has no metrics for a build yet.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCheckPerformance("com.example.app", "1.4.0", "57", new AscPerformanceCheckSettings().ComparedTo("1.3.0", "41").FailWhen(AscMetric.Memory, increasesBy: 5.Percent()));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Analytics")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Analytics")]
    public static AscPerformanceComparison AscCheckPerformance(this ICakeContext context, string app, string versionString, string buildNumber, AscPerformanceCheckSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(buildNumber);
        settings ??= new AscPerformanceCheckSettings();
        PerformanceService.Validate(settings);
        return PerformanceGate(context, AscAliasRunner.Run(context, settings, (client, s, ct) => new PerformanceService(client).CompareAsync(app, versionString, buildNumber, s, ct)));
    }

    /// <summary>
    /// A performance gate for the app's build with this version and build number, configured with a callback:
    /// <c>s => s.ComparedTo("previous-version").FailWhen(AscMetric.LaunchTime, increasesBy: 10.Percent())</c>.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">The build number (CFBundleVersion).</param>
    /// <param name="configure">Sets baseline (<c>ComparedTo("previous-version")</c> or <c>ComparedTo(versionString, buildNumber)</c>) and thresholds, and the platform (<c>ForPlatform</c>, when the numbers exist on two platforms).</param>
    /// <returns>The comparison, when it passed.</returns>
    /// <exception cref="Cake.AppStoreConnect.Analytics.AscPerformanceRegressionException">A metric rose past its threshold; the message names metric and delta and has the table.</exception>
    /// <exception cref="System.ArgumentException">Bad input, or the app has no such build (the message lists its builds), or the numbers match builds on two platforms and no <c>ForPlatform</c> names one; found before any metrics are read.</exception>
    /// <exception cref="System.InvalidOperationException">No baseline build exists, or Apple has no metrics for a build yet.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCheckPerformance("com.example.app", "1.4.0", EnvironmentVariable("BUILD_NUMBER"), s => s
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
    public static AscPerformanceComparison AscCheckPerformance(this ICakeContext context, string app, string versionString, string buildNumber, Action<AscPerformanceCheckSettings> configure) =>
        AscCheckPerformance(context, app, versionString, buildNumber, AscAliasRunner.Configure(configure));

    // The table is printed whether the gate passes or not, so a failed pipeline shows every delta, not only the failures.
    private static AscPerformanceComparison PerformanceGate(ICakeContext context, AscPerformanceComparison comparison)
    {
        context.Log.Write(Verbosity.Normal, LogLevel.Information, "{0}", comparison.ToTable());
        return comparison.Passed ? comparison : throw new AscPerformanceRegressionException(comparison);
    }
}
