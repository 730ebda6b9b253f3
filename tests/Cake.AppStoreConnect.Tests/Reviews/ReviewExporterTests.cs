using System.Text.Json;
using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Reviews;

namespace Cake.AppStoreConnect.Tests.Reviews;

public sealed class ReviewExporterTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly AscCustomerReview[] Sample =
    [
        new("r1", 5, "Great", "Works, \"really\" well\nthanks", "ann", new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero), "USA", new AscCustomerReviewResponse("p1", "Thank you", new DateTimeOffset(2026, 10, 2, 8, 0, 0, TimeSpan.Zero), "PUBLISHED")),
        new("r2", 1, null, "Crashes", "bob", new DateTimeOffset(2026, 10, 3, 8, 0, 0, TimeSpan.Zero), "DEU", null),
    ];

    [Test]
    public void Should_Quote_Csv_Fields_With_Commas_Quotes_And_Line_Breaks()
    {
        var csv = ReviewExporter.ToCsv(Sample);

        Assert.Multiple(() =>
        {
            Assert.That(csv, Does.StartWith("id,rating,title,body,reviewerNickname,createdDate,territory,responseId,responseBody,responseState,responseLastModifiedDate\r\n"));
            Assert.That(csv, Does.Contain("\"Works, \"\"really\"\" well\nthanks\""));
            Assert.That(csv, Does.Contain("r2,1,,Crashes,bob,2026-10-03T08:00:00.0000000+00:00,DEU,,,,\r\n"));
        });
    }

    [TestCase("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [TestCase("+1", "\"'+1\"")]
    [TestCase("-2+3", "\"'-2+3\"")]
    [TestCase("@SUM(A1)", "\"'@SUM(A1)\"")]
    [TestCase("\tx", "\"'\tx\"")]
    [TestCase("\rx", "\"'\rx\"")]
    [TestCase("a=b", "a=b")]
    public void Should_Export_Text_A_Spreadsheet_Would_Run_As_A_Quoted_Text_Cell(string title, string expectedCell)
    {
        AscCustomerReview[] reviews = [new("r3", 1, title, title, title, null, "USA", null)];

        var row = ReviewExporter.ToCsv(reviews).Split("\r\n")[1];

        Assert.That(row, Is.EqualTo($"r3,1,{expectedCell},{expectedCell},{expectedCell},,USA,,,,"));
    }

    [TestCase("reviews.json", AscReviewExportFormat.Json)]
    [TestCase("reviews.CSV", AscReviewExportFormat.Csv)]
    public void Should_Take_The_Format_From_The_Extension(string file, AscReviewExportFormat expected)
    {
        Assert.That(ReviewExporter.FormatFor(file), Is.EqualTo(expected));
    }

    [Test]
    public void Should_Refuse_An_Unknown_Extension()
    {
        Assert.That(() => ReviewExporter.FormatFor("reviews.xlsx"), Throws.ArgumentException.With.Message.Contains(".csv or .json"));
    }

    [Test]
    public void Should_Write_Json_That_Reads_Back_The_Same()
    {
        var json = ReviewExporter.ToJson(Sample);

        var back = JsonSerializer.Deserialize<List<AscCustomerReview>>(json, Web)!;

        Assert.Multiple(() =>
        {
            Assert.That(back, Has.Count.EqualTo(2));
            Assert.That(back[0], Is.EqualTo(Sample[0]));
            Assert.That(back[1].Response, Is.Null);
            Assert.That(json, Does.Contain("\"reviewerNickname\": \"ann\""));
        });
    }
}
