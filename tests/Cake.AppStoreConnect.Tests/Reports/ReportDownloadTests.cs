using System.Globalization;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Reports;
using Cake.AppStoreConnect.Reports;
using Cake.AppStoreConnect.Tests.TestSupport;
using static Cake.AppStoreConnect.Tests.TestSupport.EmulatorFixture;

namespace Cake.AppStoreConnect.Tests.Reports;

/// <summary>Sales and finance reports through the aliases, against the emulator's vendor 80012345.</summary>
public sealed class ReportDownloadTests
{
    private static readonly string[] SalesSummaryColumns =
    [
        "Provider", "Provider Country", "SKU", "Developer", "Title", "Version", "Product Type Identifier", "Units",
        "Developer Proceeds", "Begin Date", "End Date", "Customer Currency", "Country Code", "Currency of Proceeds",
        "Apple Identifier", "Customer Price", "Promo Code", "Parent Identifier", "Subscription", "Period", "Category",
        "CMB", "Device", "Supported Platforms", "Proceeds Reason", "Preserved Pricing", "Client", "Order Type",
    ];

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private EmulatorFixture _emulator = null!;

    // The tests only read, so they share one emulator; each starts with an empty request log.
    [OneTimeSetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(o => o.WithProcessingTime(TimeSpan.FromHours(1)).WithIndividualKey().WithKeyInFile().WithVendorNumber().WithMaxRetries(2));

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [SetUp]
    public async Task ClearRequestsAsync() => await _emulator.ClearRequestsAsync();

    private static IEnumerable<TestCaseData> Frequencies()
    {
        var lastWeek = Today.AddDays(-7);
        var lastMonth = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
        yield return new TestCaseData(AscReportFrequency.Daily, Today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).SetArgDisplayNames("Daily");
        yield return new TestCaseData(AscReportFrequency.Weekly, AscReportDates.WeekOf(lastWeek).ReportDate).SetArgDisplayNames("Weekly");
        yield return new TestCaseData(AscReportFrequency.Monthly, lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)).SetArgDisplayNames("Monthly");
        yield return new TestCaseData(AscReportFrequency.Yearly, (Today.Year - 1).ToString(CultureInfo.InvariantCulture)).SetArgDisplayNames("Yearly");
    }

    [TestCaseSource(nameof(Frequencies))]
    public void Should_Parse_Each_Frequency_With_Apples_Column_Names(AscReportFrequency frequency, string reportDate)
    {
        // Given
        var (context, _) = _emulator.CakeContext();

        // When
        var result = context.AscDownloadSalesReport(frequency, reportDate);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(result.Available, Is.True, result.Message);
            Assert.That(result.ReportDate, Is.EqualTo(reportDate));
            Assert.That(result.Columns, Is.EqualTo(SalesSummaryColumns));
            Assert.That(result.Rows, Is.Not.Empty);
            Assert.That(result.Rows.Select(r => r["Apple Identifier"]).Distinct(), Is.SubsetOf(new[] { VeryCapableAppId, SampleAppId, "6449876540" }));
            Assert.That(result.Rows, Has.All.Matches<AscReportRow>(r => r.GetInt64("Units") > 0 && r.GetDate("Begin Date") is not null && r.GetDecimal("Developer Proceeds") is not null));
            Assert.That(File.Exists(result.TsvFile), Is.True);
            Assert.That(Path.GetFileName(result.TsvFile), Does.StartWith($"S_{ReportsClient.FrequencyName(frequency)[0]}_{VendorNumber}_"));
        });
    }

    [Test]
    public async Task Should_Add_Up_The_Days_Of_A_Week()
    {
        // Given
        var client = _emulator.Client;
        var service = new ReportService(client);
        var (start, _, sunday) = AscReportDates.WeekOf(Today.AddDays(-7));

        // When
        var week = await service.DownloadSalesAsync(new AscSalesReportSettings { Frequency = AscReportFrequency.Weekly, ReportDate = sunday }, VendorNumber, null);
        decimal days = 0;
        for (var day = start; day <= start.AddDays(6); day = day.AddDays(1))
        {
            days += (await service.DownloadSalesAsync(new AscSalesReportSettings { Date = day }, VendorNumber, null)).Report.Sum("Units");
        }

        // Then
        Assert.That(week.Report.Sum("Units"), Is.EqualTo(days));
        Assert.That(week.TsvFile, Is.Null, "no output asked for, nothing written");
    }

    [Test]
    public void Should_Write_The_Tsv_And_Keep_The_Gzip_When_Asked()
    {
        // Given
        var (context, _) = _emulator.CakeContext();
        var date = Today.AddDays(-3);

        // When
        var result = context.AscDownloadSalesReport(s => s.ForDate(date).WriteTo("reports/daily.tsv").SetKeepGzip());

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(result.TsvFile, Is.EqualTo(Path.Combine(_emulator.Directory, "reports", "daily.tsv")));
            Assert.That(AscReport.Parse(File.ReadAllText(result.TsvFile!)).Rows, Has.Count.EqualTo(result.Rows.Count));
            Assert.That(AscReport.FromGzip(File.ReadAllBytes(result.GzipFile!)).Rows, Has.Count.EqualTo(result.Rows.Count));
        });
    }

    [Test]
    public void Should_Read_Financial_Reports_With_Their_Totals()
    {
        // Given
        var (context, _) = _emulator.CakeContext();
        var month = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // When
        var all = context.AscDownloadFinanceReport(month);
        var us = context.AscDownloadFinanceReport(month, s => s.WithRegion("US"));
        var detail = context.AscDownloadFinanceReport(month, new AscFinanceReportSettings { ReportType = AscFinanceReportTypes.FinanceDetail, RegionCode = "Z1" });
#pragma warning disable CS0618 // The old settings-only shape still works, as an [Obsolete] forward.
        var old = context.AscDownloadFinanceReport(s => s.ForPeriod(month).WithRegion("US"));
#pragma warning restore CS0618

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(all.Available, Is.True, all.Message);
            Assert.That(all.Columns, Does.Contain("Extended Partner Share").And.Contain("Country Of Sale").And.Contain("Partner Share Currency"));
            Assert.That(all.Report.Totals["Total_Rows"], Is.EqualTo(all.Rows.Count.ToString(CultureInfo.InvariantCulture)));
            Assert.That(decimal.Parse(all.Report.Totals["Total_Amount"], CultureInfo.InvariantCulture), Is.EqualTo(all.Report.Sum("Extended Partner Share")));
            Assert.That(us.Rows, Is.Not.Empty.And.All.Matches<AscReportRow>(r => r["Country Of Sale"] == "US"));
            Assert.That(old.Rows, Has.Count.EqualTo(us.Rows.Count));
            Assert.That(detail.Columns, Does.Contain("Transaction Date"));
            Assert.That(Path.GetFileName(all.TsvFile), Is.EqualTo($"{VendorNumber}_{month[5..]}{month[2..4]}_ZZ.txt"));
        });
    }

    [Test]
    public void Should_Answer_No_Report_With_Apples_Words()
    {
        // Given a day long before the vendor's first sale
        var (context, log) = _emulator.CakeContext();

        // When
        var result = context.AscDownloadSalesReport(s => s.ForDate(new DateOnly(Today.Year - 3, 3, 10)));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(result.Available, Is.False);
            Assert.That(result.Message, Is.EqualTo("There were no sales for the date specified."));
            Assert.That(result.Rows, Is.Empty);
            Assert.That(result.TsvFile, Is.Null);
            Assert.That(log.Lines.Select(l => l.Text), Has.Some.Contains("There were no sales for the date specified."));
        });
    }

    [Test]
    public async Task Should_Refuse_A_Period_That_Is_Not_Over_Before_Any_Request()
    {
        // Given
        var (context, _) = _emulator.CakeContext();

        // When
        var today = Assert.Throws<ArgumentException>(() => context.AscDownloadSalesReport(s => s.ForDate(Today)));
        var future = Assert.Throws<ArgumentException>(() => context.AscDownloadSalesReport(new AscSalesReportSettings { Frequency = AscReportFrequency.Monthly, Date = Today.AddMonths(2) }));
        var thisMonth = Assert.Throws<ArgumentException>(() => context.AscDownloadFinanceReport(Today.ToString("yyyy-MM", CultureInfo.InvariantCulture)));

        // Then
        Assert.Multiple(async () =>
        {
            Assert.That(today!.Message, Does.Contain("not over yet"));
            Assert.That(future!.Message, Does.Contain("in the future"));
            Assert.That(thisMonth!.Message, Does.Contain("not over yet"));
            Assert.That(await _emulator.RequestsAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task Should_Refuse_A_Missing_Or_Malformed_Vendor_Number_Before_Any_Request()
    {
        var (context, _) = _emulator.CakeContext();

        Assert.Multiple(async () =>
        {
            Assert.That(() => context.AscDownloadSalesReport(s => s.WithVendorNumber("ACME")), Throws.ArgumentException.With.Message.Contains("not a number"));
            Assert.That(() => context.AscDownloadSalesReport(s => s.WithReportType("SALE")), Throws.ArgumentException.With.Message.Contains("SUBSCRIPTION_EVENT"));
            Assert.That(await _emulator.RequestsAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task Should_Refuse_An_Output_Folder_That_Cannot_Be_Made_Before_Any_Request()
    {
        // Given: the output folder's path runs through a file (in a folder of its own: the class shares one emulator)
        using var directory = new TemporaryDirectory();
        var (context, _) = _emulator.CakeContext(workingDirectory: directory.Path);
        File.WriteAllText(Path.Combine(directory.Path, "reports"), "a file");
        await _emulator.ClearRequestsAsync();

        // When
        var error = Assert.Throws<IOException>(() => context.AscDownloadSalesReport(s => s.ForDate(Today.AddDays(-3)).WriteToDirectory("reports/sales")));

        // Then
        Assert.That(error!.Message, Does.Contain("OutputDirectory").And.Contain("is a file").And.Not.Contain("already exists"));
        Assert.That(await _emulator.RequestsAsync(), Is.Empty);
    }

    [Test]
    public void Should_Say_Plainly_That_Individual_Keys_Cannot_Read_Reports()
    {
        // Given
        var (context, _) = _emulator.CakeContext(individualKey: true);

        // When
        var error = Assert.Throws<AscForbiddenException>(() => context.AscDownloadSalesReport(s => s.ForDate(Today.AddDays(-2))));

        // Then
        Assert.That(error!.Message, Does.Contain("403").And.Contain("Individual API keys cannot read Sales and Finance reports").And.Contain("team key").And.Contain("Finance or Sales role"));
    }

    [Test]
    public void Should_Read_The_Latest_Daily_Report_When_No_Date_Is_Given()
    {
        var (context, _) = _emulator.CakeContext();

        var result = context.AscDownloadSalesReport((AscSalesReportSettings?)null);

        Assert.That(result.Available, Is.True, result.Message);
        Assert.That(result.Rows[0].GetDate("Begin Date"), Is.EqualTo(Today.AddDays(-1)));
    }
}
