using System.IO.Compression;
using System.Text;
using Cake.AppStoreConnect.Client.Reports;

namespace Cake.AppStoreConnect.Tests.Reports;

public sealed class AscReportTests
{
    internal const string SalesSummary =
        "Provider\tProvider Country\tSKU\tDeveloper\tTitle\tVersion\tProduct Type Identifier\tUnits\tDeveloper Proceeds\tBegin Date\tEnd Date\tCustomer Currency\tCountry Code\tCurrency of Proceeds\tApple Identifier\tCustomer Price\tPromo Code\tParent Identifier\tSubscription\tPeriod\tCategory\tCMB\tDevice\tSupported Platforms\tProceeds Reason\tPreserved Pricing\tClient\tOrder Type\n" +
        "APPLE\tUS\tSAMPLE1\tExample Ltd\tSample\t1.2\t1F\t12\t0.70\t10/20/2026\t10/20/2026\tUSD\tUS\tUSD\t1111111111\t0.99\t\t\t\t\tProductivity\t\tiPhone\tiOS\t\t\t\t\n" +
        "APPLE\tUS\tSAMPLE1\tExample Ltd\tSample\t1.2\t1F\t3\t0.65\t10/20/2026\t10/20/2026\tEUR\tDE\tEUR\t1111111111\t0.99\t\t\t\t\tProductivity\t\tiPad\tiOS\t\t\t\t\n";

    [Test]
    public void Should_Key_Each_Row_By_Apples_Column_Names()
    {
        var report = AscReport.FromGzip(Gzip(SalesSummary));

        Assert.Multiple(() =>
        {
            Assert.That(report.Columns, Has.Count.EqualTo(28));
            Assert.That(report.Columns[0], Is.EqualTo("Provider"));
            Assert.That(report.Columns[^1], Is.EqualTo("Order Type"));
            Assert.That(report.Rows, Has.Count.EqualTo(2));
            Assert.That(report.Rows[0]["Title"], Is.EqualTo("Sample"));
            Assert.That(report.Rows[0]["country code"], Is.EqualTo("US"), "column names match in any case");
            Assert.That(report.Rows[1].GetInt64("Units"), Is.EqualTo(3));
            Assert.That(report.Rows[0].GetDecimal("Developer Proceeds"), Is.EqualTo(0.70m));
            Assert.That(report.Rows[0].GetDate("Begin Date"), Is.EqualTo(new DateOnly(2026, 10, 20)));
            Assert.That(report.Rows[0].GetString("Promo Code"), Is.Null);
            Assert.That(report.Sum("Units"), Is.EqualTo(15m));
        });
    }

    [Test]
    public void Should_Name_The_Columns_When_One_Is_Missing()
    {
        var report = AscReport.Parse(SalesSummary);

        var error = Assert.Throws<KeyNotFoundException>(() => _ = report.Rows[0]["Proceeds"]);

        Assert.That(error!.Message, Does.Contain("Developer Proceeds"));
    }

    [Test]
    public void Should_Read_The_Totals_After_A_Financial_Reports_Rows()
    {
        const string financial =
            "Start Date\tEnd Date\tUPC\tISRC/ISBN\tVendor Identifier\tQuantity\tPartner Share\tExtended Partner Share\tPartner Share Currency\tSales or Return\tApple Identifier\tArtist/Show/Developer/Author\tTitle\tLabel/Studio/Network/Developer/Publisher\tGrid\tProduct Type Identifier\tISAN/Other Identifier\tCountry Of Sale\tPre-order Flag\tPromo Code\tCustomer Price\tCustomer Currency\n" +
            "09/28/2026\t10/25/2026\t\t\tSAMPLE1\t4\t0.70\t2.80\tUSD\tS\t1111111111\tExample Ltd\tSample\t\t\t1F\t\tUS\t\t\t0.99\tUSD\n" +
            "\n" +
            "Total_Rows\t1\n" +
            "Total_Amount\t2.80\n" +
            "Total_Units\t4\n";

        var report = AscReport.Parse(financial);

        Assert.Multiple(() =>
        {
            Assert.That(report.Rows, Has.Count.EqualTo(1));
            Assert.That(report.Rows[0]["Extended Partner Share"], Is.EqualTo("2.80"));
            Assert.That(report.Totals["Total_Rows"], Is.EqualTo("1"));
            Assert.That(report.Totals["Total_Amount"], Is.EqualTo("2.80"));
        });
    }

    [Test]
    public void Should_Read_An_Empty_Body_As_An_Empty_Report()
    {
        Assert.That(AscReport.Parse(string.Empty).Rows, Is.Empty);
    }

    [TestCase("Date\tApp Name\tCounts\n2026-11-01\tVery Capable App\t12\n", TestName = "Tab-separated, as Apple's sales files")]
    [TestCase("Date,App Name,Counts\n2026-11-01,Very Capable App,12\n", TestName = "Comma-separated")]
    [TestCase("Date;App Name;Counts\r\n2026-11-01;Very Capable App;12\r\n", TestName = "Semicolon-separated with CRLF")]
    public void Should_Detect_The_Delimiter_From_The_Header(string text)
    {
        var report = AscReport.Parse(text);

        Assert.That((report.Columns.Count, report.Rows.Single()["App Name"], report.Rows.Single().GetInt64("Counts")), Is.EqualTo((3, "Very Capable App", 12L)));
    }

    [Test]
    public void Should_Check_A_Files_Size_Checksum_And_Format_On_The_One_Report_File_Path()
    {
        var gzip = Gzip("Date\tCounts\n2026-11-01\t12\n");
#pragma warning disable CA5351 // Apple's segment checksum is MD5; the test computes what Apple announces.
        var digest = System.Security.Cryptography.MD5.HashData(gzip);
#pragma warning restore CA5351
        var md5 = Convert.ToHexStringLower(digest);

        Assert.Multiple(() =>
        {
            Assert.That(AscReportFiles.Problem(gzip, gzip.Length, md5), Is.Null);
            Assert.That(AscReportFiles.Problem(gzip, gzip.Length, md5.ToUpperInvariant()), Is.Null);
            Assert.That(AscReportFiles.Problem(gzip, gzip.Length, Convert.ToBase64String(digest)), Is.Null);
            Assert.That(AscReportFiles.Problem(gzip, gzip.Length + 1, md5), Does.Contain("announced"));
            Assert.That(AscReportFiles.Problem([.. gzip[..^1], (byte)(gzip[^1] ^ 1)], gzip.Length, md5), Does.Contain("checksum does not match"));
            Assert.That(AscReportFiles.Problem(Encoding.UTF8.GetBytes("Date\tCounts"), -1, null), Does.Contain("not gzip"));
        });
    }

    internal static byte[] Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return memory.ToArray();
    }

    [Test]
    public async Task Should_Name_The_Root_Cause_When_A_Segment_Download_Loses_Its_Connection()
    {
        // Given a pre-signed segment URL whose host resets every connection
        await using var server = new Cake.AppStoreConnect.Tests.TestSupport.RawLoopbackServer(Cake.AppStoreConnect.Tests.TestSupport.RawFailure.Reset);
        var log = new Cake.AppStoreConnect.Tests.TestSupport.CapturingLog();
        var url = new Uri(server.BaseAddress, "segment.gz?X-Amz-Signature=s3cr3t");

        // When
        var error = Assert.ThrowsAsync<AscReportFileException>(() => AscReportFiles.DownloadAsync(Cake.AppStoreConnect.Client.Http.AscHttp.Shared, url, -1, null, "Segment 1 of App Sessions", log));

        // Then the network's words, not .NET's wrapper, in the warnings and the exception; never the signature
        var warnings = log.Lines.Where(l => l.Level == Cake.Core.Diagnostics.LogLevel.Warning).Select(l => l.Text).ToList();
        Assert.That(error!.Message, Does.StartWith("Segment 1 of App Sessions could not be downloaded intact after 3 attempts").And.Contain("Connection reset by peer [ConnectionReset]"));
        Assert.That(warnings, Has.Count.EqualTo(2).And.All.Contain("[ConnectionReset]"), log.AllText);
        Assert.That(error.Message + log.AllText, Does.Not.Contain("s3cr3t").And.Not.Contain("An error occurred while sending the request"));
    }
}
