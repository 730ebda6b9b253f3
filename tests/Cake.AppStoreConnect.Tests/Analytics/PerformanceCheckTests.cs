using System.Net.Http.Json;
using Cake.AppStoreConnect.Analytics;
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
        var build = context.AscGetPerformanceMetrics(Sample, s => s.ForBuild(_previous).MetricType("MEMORY"));
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
}
