using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.RateLimits;

namespace Cake.AppStoreConnect.Tests.Client.Http;

public sealed class AscQueryTests
{
    [Test]
    public void Should_Write_Apples_Comma_Separated_Parameters()
    {
        var query = new AscQuery()
            .Filter("bundleId", "com.example.app")
            .Filter("processingState", "PROCESSING", "VALID")
            .Include("app", "buildBetaDetail")
            .Fields("builds", "version", "processingState")
            .Sort("-uploadedDate")
            .Limit(200);

        Assert.That(query.AppendTo("/v1/builds"), Is.EqualTo("/v1/builds?filter[bundleId]=com.example.app&filter[processingState]=PROCESSING,VALID&include=app,buildBetaDetail&fields[builds]=version,processingState&sort=-uploadedDate&limit=200"));
    }

    [Test]
    public void Should_Escape_Values_And_Skip_Empty_Ones()
    {
        var query = new AscQuery().Filter("name", "Q&A Team").Filter("version", null, string.Empty);

        Assert.That(query.ToString(), Is.EqualTo("?filter[name]=Q%26A%20Team"));
    }

    [Test]
    public void Should_Replace_A_Parameter_Set_Twice()
    {
        var query = new AscQuery().Limit(10).Limit(200);

        Assert.That(query.ToString(), Is.EqualTo("?limit=200"));
    }

    [TestCase("user-hour-lim:3500;user-hour-rem:500;", 3500, 500, null, null)]
    [TestCase("user-hour-lim:3600;user-hour-rem:12;user-minute-lim:100;user-minute-rem:99;", 3600, 12, 100, 99)]
    [TestCase("user-hour-lim:3500,user-hour-rem:7", 3500, 7, null, null)]
    public void Should_Parse_The_Rate_Limit_Header(string header, int? hourLimit, int? hourRemaining, int? minuteLimit, int? minuteRemaining)
    {
        Assert.That(AscRateLimit.Parse(header), Is.EqualTo(new AscRateLimit(hourLimit, hourRemaining, minuteLimit, minuteRemaining)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("nonsense")]
    public void Should_Ignore_A_Missing_Or_Unknown_Rate_Limit_Header(string? header)
    {
        Assert.That(AscRateLimit.Parse(header), Is.Null);
    }
}
