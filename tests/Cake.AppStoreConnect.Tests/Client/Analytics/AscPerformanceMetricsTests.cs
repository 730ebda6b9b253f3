using Cake.AppStoreConnect.Client.Analytics;

namespace Cake.AppStoreConnect.Tests.Client.Analytics;

/// <summary>Apple's <c>xcodeMetrics</c> read leniently: the spec's shapes and the answers' shapes alike.</summary>
public sealed class AscPerformanceMetricsTests
{
    private const string Document = """
        {
          "version": "1.0.0",
          "insights": { "regressions": [
            { "metricCategory": "LAUNCH", "metric": "launchTime", "latestVersion": "2.0", "referenceVersions": REFERENCE, "summaryString": "Launch time regressed" }
          ] },
          "productData": [ { "platform": "IOS", "metricCategories": [ { "identifier": "LAUNCH", "metrics": [ {
            "identifier": "launchTime", "unit": { "identifier": "ms" }, "somethingNew": true,
            "datasets": [ { "filterCriteria": { "percentile": "percentile.fifty", "device": "all_iphones", "deviceMarketingName": "All iPhones" },
              "points": [
                { "version": "1.9", "value": 410.5, "errorMargin": 12, "percentageBreakdown": BREAKDOWN },
                { "version": "2.0", "value": "455.25" },
                { "version": "2.1" }
              ] } ]
          } ] } ] } ]
        }
        """;

    [TestCase("\"1.9\"", "{\"value\": 100, \"subSystemLabel\": \"app\"}", TestName = "As the spec says (a string and an object)")]
    [TestCase("[\"1.9\"]", "[{\"value\": 100, \"subSystemLabel\": \"app\"}]", TestName = "As Apple answers (arrays)")]
    [TestCase("[{\"version\": \"1.9\", \"value\": 410.5}]", "[]", TestName = "With version objects")]
    public void Should_Read_Values_And_Insights_Whatever_Shape_Apple_Sends(string referenceVersions, string breakdown)
    {
        // When
        var metrics = AscPerformanceMetrics.Parse(Document.Replace("REFERENCE", referenceVersions, StringComparison.Ordinal).Replace("BREAKDOWN", breakdown, StringComparison.Ordinal));

        // Then a point without a value is skipped, a number in a string is read
        Assert.Multiple(() =>
        {
            Assert.That(metrics.Versions, Is.EqualTo(new[] { "1.9", "2.0" }));
            Assert.That(metrics.Of(AscMetric.LaunchTime).Single().Value, Is.EqualTo(455.25));
            Assert.That(metrics.Of(AscMetric.LaunchTime, "1.9").Single(), Is.EqualTo(new AscMetricValue(AscMetric.LaunchTime, "launchTime", "LAUNCH", "ms", "all_iphones", "All iPhones", "percentile.fifty", "1.9", 410.5, 12)));
            Assert.That(metrics.Regressions.Single().ReferenceVersions, Is.EqualTo(new[] { "1.9" }));
        });
    }

    [Test]
    public void Should_Read_An_Empty_Answer_As_No_Metrics()
    {
        var metrics = AscPerformanceMetrics.Parse("{\"version\":\"1.0.0\",\"productData\":[]}");

        Assert.That((metrics.Values.Count, metrics.Regressions.Count, metrics.Of(AscMetric.Memory).Count), Is.EqualTo((0, 0, 0)));
    }
}
