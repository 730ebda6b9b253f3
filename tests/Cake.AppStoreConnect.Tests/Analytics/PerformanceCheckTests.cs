using System.Net.Http.Json;
using Cake.AppStoreConnect.Analytics;
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Tests.TestSupport;
using static Cake.AppStoreConnect.Tests.TestSupport.EmulatorFixture;

namespace Cake.AppStoreConnect.Tests.Analytics;

/// <summary>Performance metrics, diagnostics and the gate, on two builds of Sample uploaded to the emulator.</summary>
public sealed class PerformanceCheckTests
{
    private EmulatorFixture _emulator = null!;
    private string _previous = null!;
    private string _current = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _emulator = await EmulatorFixture.StartAsync(o => o.WithProcessingTime(TimeSpan.Zero).WithContractCheck());
        _previous = await _emulator.UploadBuildAsync(Sample, "1.0", "1");
        _current = await _emulator.UploadBuildAsync(Sample, "1.1", "2");
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _emulator.AssertContractKeptAsync();
        await _emulator.DisposeAsync();
    }

    [Test]
    public void Should_Pass_The_Gate_On_A_Healthy_Build()
    {
        // Given
        var (context, log) = _emulator.CakeContext();

        // When
        var comparison = context.AscCheckPerformance(_current, s => s.ComparedTo("previous-version").FailWhen(AscMetric.LaunchTime, increasesBy: 10.Percent()));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(comparison.Passed, Is.True, comparison.ToTable());
            Assert.That(comparison.Baseline, Is.EqualTo("1.0 (1)"));
            Assert.That(comparison.Rows, Has.Count.EqualTo(6), "three device classes, two percentiles");
            Assert.That(comparison.Rows, Has.All.Matches<AscPerformanceDelta>(r => r.Metric == AscMetric.LaunchTime && Math.Abs(r.DeltaPercent) < 10));
            Assert.That(log.AllText, Does.Contain("LaunchTime"));
        });
    }

    [Test]
    public async Task Should_Fail_The_Gate_Naming_Metric_And_Delta_On_A_Regressed_Build()
    {
        // Given build 1.1 (2) staged 30 % slower to launch
        (await _emulator.Control.PostAsJsonAsync("/_emulator/performance/regressions", new { buildId = _current, metricType = "LAUNCH", percent = 30 })).EnsureSuccessStatusCode();
        var (context, _) = _emulator.CakeContext();

        // When
        var error = Assert.Throws<AscPerformanceRegressionException>(() => context.AscCheckPerformance(_current, s => s.ComparedTo(_previous).FailWhen(AscMetric.LaunchTime, increasesBy: 10.Percent())));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith("Performance of 1.1 (2) regressed compared with 1.0 (1): LaunchTime percentile.fifty on all_iphones"));
            Assert.That(error.Message, Does.Match(@"\(\+2\d\.\d %, allowed \+10 %\)"));
            Assert.That(error.Comparison!.Failures, Has.Count.EqualTo(6));
        });
    }

    [Test]
    public async Task Should_Read_Metrics_Leniently_And_Diagnostics_With_Their_Logs()
    {
        // Given a regression, so that Apple's insight (with its array-typed referenceVersions) is present
        (await _emulator.Control.PostAsJsonAsync("/_emulator/performance/regressions", new { buildId = _current, metricType = "HANG", percent = 50 })).EnsureSuccessStatusCode();
        var (context, _) = _emulator.CakeContext();

        // When
        var app = context.AscGetPerformanceMetrics(Sample);
        var build = context.AscGetPerformanceMetrics(Sample, s => s.ForBuildId(_previous).MetricType("MEMORY"));
        var diagnostics = context.AscGetDiagnostics(_current, s => s.WithMaxLogs(1));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(app.Versions, Is.EqualTo(new[] { "1.0", "1.1" }));
            Assert.That(app.Values.Select(v => v.Metric).Distinct(), Is.EquivalentTo(Enum.GetValues<AscMetric>().Cast<AscMetric?>()));
            Assert.That(app.Of(AscMetric.LaunchTime), Has.Count.EqualTo(6));
            Assert.That(app.Regressions.Single().ReferenceVersions, Is.EqualTo(new[] { "1.0" }));
            Assert.That(build.Values, Has.All.Matches<AscMetricValue>(v => v.Metric == AscMetric.Memory && v.Version == "1.0" && v.Unit == "MB"));
            Assert.That(diagnostics.Select(d => d.Signature.DiagnosticType), Is.EquivalentTo(new[] { "DISK_WRITES", "HANGS", "LAUNCHES" }));
            Assert.That(diagnostics.Single(d => d.Signature.DiagnosticType == "HANGS").Signature.Trend, Is.EqualTo("UP"));
            Assert.That(diagnostics[0].Logs!.Logs.Single().BlamedSymbol, Is.EqualTo(diagnostics[0].Signature.Signature));
            Assert.That(diagnostics.Skip(1).Select(d => d.Logs), Has.All.Null);
        });
    }

    [Test]
    public async Task Should_Gate_The_Build_Named_By_Version_And_Build_Number_Against_A_Baseline_Named_The_Same_Way()
    {
        // Given 1.1 (2) staged 30 % slower to launch, and a third build 1.1 (1) whose number 1.0 also has
        (await _emulator.Control.PostAsJsonAsync("/_emulator/performance/regressions", new { buildId = _current, metricType = "LAUNCH", percent = 30 })).EnsureSuccessStatusCode();
        await _emulator.UploadBuildAsync(Sample, "1.1", "1");
        var (context, _) = _emulator.CakeContext();

        // When
        var error = Assert.Throws<AscPerformanceRegressionException>(() => context.AscCheckPerformance(Sample, "1.1", "2", s => s.ComparedTo("1.0", "1").FailWhen(AscMetric.LaunchTime, increasesBy: 10.Percent())));
        var healthy = context.AscCheckPerformance(Sample, "1.0", "1", s => s.ComparedTo("1.1", "1").FailWhen(AscMetric.LaunchTime, increasesBy: 10.Percent()));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith("Performance of 1.1 (2) regressed compared with 1.0 (1): LaunchTime"));
            Assert.That(healthy.Build, Is.EqualTo("1.0 (1)"));
            Assert.That(healthy.Baseline, Is.EqualTo("1.1 (1)"));
            Assert.That(healthy.Passed, Is.True, healthy.ToTable());
        });
    }

    [Test]
    public void Should_Read_Metrics_And_Diagnostics_Of_The_Build_Named_By_Version_And_Build_Number()
    {
        // Given
        var (context, _) = _emulator.CakeContext();

        // When
        var byNumbers = context.AscGetPerformanceMetrics(Sample, "1.0", "1", s => s.MetricType("MEMORY"));
        var bySettings = context.AscGetPerformanceMetrics(Sample, s => s.ForBuild(SampleAppId, "1.1", "2").MetricType("MEMORY"));
        var byId = context.AscGetPerformanceMetrics(Sample, s => s.ForBuildId(_current).MetricType("MEMORY"));
        var diagnostics = context.AscGetDiagnostics(Sample, "1.1", "2", s => s.WithMaxLogs(0));
        var diagnosticsById = context.AscGetDiagnostics(_current, s => s.WithMaxLogs(0));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(byNumbers.Values, Is.Not.Empty);
            Assert.That(byNumbers.Values, Has.All.Matches<AscMetricValue>(v => v.Version == "1.0"));
            Assert.That(bySettings.Values, Is.Not.Empty);
            Assert.That(bySettings.Values, Has.All.Matches<AscMetricValue>(v => v.Version == "1.1"));
            Assert.That(bySettings.Values.Select(v => v.Value), Is.EqualTo(byId.Values.Select(v => v.Value)));
            Assert.That(diagnostics.Select(d => d.Signature.Id), Is.EqualTo(diagnosticsById.Select(d => d.Signature.Id)).And.Not.Empty);
        });
    }

    [Test]
    public async Task Should_Refuse_Numbers_Found_On_Two_Platforms_Until_ForPlatform_Names_One()
    {
        // Given Sample 1.0 (1.0) both as an iOS build and as the macOS package
        var ios = await _emulator.UploadBuildAsync(Sample, "1.0", "1.0");
        var mac = await UploadMacPackageAsync();
        var (context, _) = _emulator.CakeContext();
        var before = (await _emulator.RequestsAsync()).Count;

        // When no platform is given
        var metrics = Assert.Throws<ArgumentException>(() => context.AscGetPerformanceMetrics(Sample, "1.0", "1.0"));
        var diagnostics = Assert.Throws<ArgumentException>(() => context.AscGetDiagnostics(Sample, "1.0", "1.0"));
        var gate = Assert.Throws<ArgumentException>(() => context.AscCheckPerformance(Sample, "1.0", "1.0", s => s.ComparedTo(_previous)));
        var refused = (await _emulator.RequestsAsync()).Skip(before).ToList();

        // And when it is
        var macMetrics = context.AscGetPerformanceMetrics(Sample, "1.0", "1.0", s => s.ForPlatform("MAC_OS").MetricType("MEMORY"));
        var macById = context.AscGetPerformanceMetrics(Sample, s => s.ForBuildId(mac).MetricType("MEMORY"));
        var iosDiagnostics = context.AscGetDiagnostics(Sample, "1.0", "1.0", s => s.ForPlatform("IOS").WithMaxLogs(0));
        var iosDiagnosticsById = context.AscGetDiagnostics(ios, s => s.WithMaxLogs(0));
        var iosGate = context.AscCheckPerformance(Sample, "1.0", "1.0", s => s.ForPlatform(AscPlatform.Ios).ComparedTo("1.1", "2").FailWhen(AscMetric.LaunchTime, increasesBy: 50.Percent()));
        var unknown = Assert.Throws<ArgumentException>(() => context.AscGetDiagnostics(Sample, "1.0", "1.0", s => s.ForPlatform("WATCH_OS")));

        // Then
        Assert.Multiple(() =>
        {
            foreach (var error in new[] { metrics, diagnostics, gate })
            {
                Assert.That(error!.Message, Does.StartWith($"{Sample} has build 1.0 (1.0) on IOS and MAC_OS").And.Contain(".ForPlatform(").And.Contain("Nothing was changed"));
            }

            Assert.That(refused.Select(r => r.Method), Has.All.EqualTo("GET"));
            Assert.That(refused.Select(r => r.Path), Has.None.Contains("perfPowerMetrics").And.None.Contains("diagnosticSignatures"));
            Assert.That(macMetrics.Values, Is.Not.Empty);
            Assert.That(macMetrics.Values.Select(v => v.Value), Is.EqualTo(macById.Values.Select(v => v.Value)));
            Assert.That(iosDiagnostics.Select(d => d.Signature.Id), Is.EqualTo(iosDiagnosticsById.Select(d => d.Signature.Id)).And.Not.Empty);
            Assert.That(iosGate.Build, Is.EqualTo("1.0 (1.0)"));
            Assert.That(iosGate.Baseline, Is.EqualTo("1.1 (2)"));
            Assert.That(unknown!.Message, Does.Contain("WATCH_OS").And.Contain("Nothing was changed"));
        });
    }

    [Test]
    public async Task Should_Refuse_An_Unknown_Build_Number_Listing_The_Builds_That_Exist_Before_Reading_Any_Metrics()
    {
        // Given
        var (context, _) = _emulator.CakeContext();
        var before = (await _emulator.RequestsAsync()).Count;

        // When
        var gate = Assert.Throws<ArgumentException>(() => context.AscCheckPerformance(Sample, "1.1", "9", s => s.ComparedTo("previous-version")));
        var baseline = Assert.Throws<ArgumentException>(() => context.AscCheckPerformance(Sample, "1.1", "2", s => s.ComparedTo("1.0", "7")));
        var metrics = Assert.Throws<ArgumentException>(() => context.AscGetPerformanceMetrics(Sample, "2.0", "1"));
        var diagnostics = Assert.Throws<ArgumentException>(() => context.AscGetDiagnostics(Sample, "1.0", "2"));
        var requests = (await _emulator.RequestsAsync()).Skip(before).ToList();

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(gate!.Message, Does.StartWith($"{Sample} has no build 1.1 (9). Its builds, newest first: ").And.Contain("1.1 (2)").And.Contain("1.0 (1)"));
            Assert.That(baseline!.Message, Does.StartWith($"{Sample} has no build 1.0 (7). Its builds"));
            Assert.That(metrics!.Message, Does.StartWith($"{Sample} has no build 2.0 (1). Its builds"));
            Assert.That(diagnostics!.Message, Does.StartWith($"{Sample} has no build 1.0 (2). Its builds").And.Contain("Nothing was changed"));
            Assert.That(requests, Is.Not.Empty);
            Assert.That(requests.Select(r => r.Method), Has.All.EqualTo("GET"));
            Assert.That(requests.Select(r => r.Path), Has.None.Contains("perfPowerMetrics").And.None.Contains("diagnosticSignatures"));
        });
    }

    [Test]
    public void Should_Refuse_A_Build_Named_Half_Or_Twice_Or_Of_Another_App()
    {
        // Given
        var (context, _) = _emulator.CakeContext();

        // When
        var twice = Assert.Throws<ArgumentException>(() => context.AscGetPerformanceMetrics(Sample, new AscPerformanceMetricsSettings { BuildId = _current, VersionString = "1.1", BuildNumber = "2" }));
        var half = Assert.Throws<ArgumentException>(() => context.AscGetPerformanceMetrics(Sample, new AscPerformanceMetricsSettings { BuildNumber = "2" }));
        var baseline = Assert.Throws<ArgumentException>(() => context.AscCheckPerformance(Sample, "1.1", "2", new AscPerformanceCheckSettings { BaselineBuildNumber = "1" }));
        var otherApp = Assert.Throws<ArgumentException>(() => context.AscGetPerformanceMetrics(Sample, s => s.ForBuild(VeryCapableApp, "1.1", "2")));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(twice!.Message, Does.StartWith("The settings name the build twice"));
            Assert.That(half!.Message, Does.StartWith("Say which build: BuildId, or App with VersionString and BuildNumber"));
            Assert.That(baseline!.Message, Does.StartWith("A baseline build needs both BaselineVersionString and BaselineBuildNumber"));
            Assert.That(otherApp!.Message, Does.StartWith($"ForBuild names the app '{VeryCapableApp}', but the metrics are read for"));
        });
    }

    private async Task<string> UploadMacPackageAsync()
    {
        var result = await new BuildUploadService(_emulator.Client).UploadAsync(SharedFixtures.App("MacAppOnly.pkg"), new AscUploadBuildSettings
        {
            PollInterval = TimeSpan.FromMilliseconds(20),
            MaxPollInterval = TimeSpan.FromMilliseconds(100),
        });
        return result.BuildId ?? throw new InvalidOperationException("The macOS package made no build.");
    }
}
