using Cake.AppStoreConnect.Client.Reports;
using Cake.AppStoreConnect.Reports;

namespace Cake.AppStoreConnect.Tests.Reports;

public sealed class AscReportDatesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24); // a Tuesday

    public sealed class TheForSalesMethod
    {
        [TestCase(AscReportFrequency.Daily, "2026-11-20", "2026-11-20")]
        [TestCase(AscReportFrequency.Weekly, "2026-11-11", "2026-11-15")]
        [TestCase(AscReportFrequency.Weekly, "2026-11-16", "2026-11-22")]
        [TestCase(AscReportFrequency.Monthly, "2026-10-31", "2026-10")]
        [TestCase(AscReportFrequency.Yearly, "2025-06-01", "2025")]
        public void Should_Format_The_Date_As_Apple_Expects_For_The_Frequency(AscReportFrequency frequency, string day, string expected)
        {
            var result = AscReportDates.ForSales(frequency, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), null, Today);

            Assert.That(result, Is.EqualTo(expected));
        }

        [TestCase(AscReportFrequency.Daily, "2026-11-23", "2026-11-23")]
        [TestCase(AscReportFrequency.Monthly, "2026-10", "2026-10")]
        [TestCase(AscReportFrequency.Yearly, "2025", "2025")]
        public void Should_Accept_Apples_Form_Directly(AscReportFrequency frequency, string reportDate, string expected)
        {
            Assert.That(AscReportDates.ForSales(frequency, null, reportDate, Today), Is.EqualTo(expected));
        }

        [TestCase(AscReportFrequency.Daily, "2026-11-24", "not over yet")]
        [TestCase(AscReportFrequency.Daily, "2026-12-01", "in the future")]
        [TestCase(AscReportFrequency.Weekly, "2026-11-23", "not over yet")]
        [TestCase(AscReportFrequency.Monthly, "2026-11-01", "not over yet")]
        [TestCase(AscReportFrequency.Yearly, "2026-01-01", "not over yet")]
        [TestCase(AscReportFrequency.Yearly, "2027-01-01", "in the future")]
        public void Should_Refuse_A_Period_That_Is_Not_Over(AscReportFrequency frequency, string day, string reason)
        {
            var error = Assert.Throws<ArgumentException>(() => AscReportDates.ForSales(frequency, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), null, Today));

            Assert.That(error!.Message, Does.Contain(reason).And.Contain("Nothing was requested"));
        }

        [TestCase(AscReportFrequency.Daily, "2026-11")]
        [TestCase(AscReportFrequency.Monthly, "2026-11-01")]
        [TestCase(AscReportFrequency.Yearly, "26")]
        [TestCase(AscReportFrequency.Daily, "2026-02-30")]
        public void Should_Refuse_A_Date_In_The_Wrong_Form(AscReportFrequency frequency, string reportDate)
        {
            var error = Assert.Throws<ArgumentException>(() => AscReportDates.ForSales(frequency, null, reportDate, Today));

            Assert.That(error!.Message, Does.Contain(AscReportDates.FormatOf(frequency)));
        }

        [Test]
        public void Should_Ask_For_The_Latest_When_No_Date_Is_Given()
        {
            Assert.That(AscReportDates.ForSales(AscReportFrequency.Daily, null, null, Today), Is.Null);
        }
    }

    public sealed class TheForFinanceMethod
    {
        [Test]
        public void Should_Use_The_Fiscal_Month()
        {
            Assert.Multiple(() =>
            {
                Assert.That(AscReportDates.ForFinance(new DateOnly(2026, 9, 12), null, Today), Is.EqualTo("2026-09"));
                Assert.That(AscReportDates.ForFinance(null, "2026-10", Today), Is.EqualTo("2026-10"));
            });
        }

        [Test]
        public void Should_Refuse_The_Current_Month_And_A_Missing_One()
        {
            Assert.Multiple(() =>
            {
                Assert.That(() => AscReportDates.ForFinance(null, "2026-11", Today), Throws.ArgumentException.With.Message.Contains("not over yet"));
                Assert.That(() => AscReportDates.ForFinance(null, null, Today), Throws.ArgumentException.With.Message.Contains("fiscal month"));
            });
        }
    }
}
