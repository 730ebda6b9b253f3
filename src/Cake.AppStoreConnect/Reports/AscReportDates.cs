using System.Globalization;
using Cake.AppStoreConnect.Client.Reports;

namespace Cake.AppStoreConnect.Reports;

/// <summary>
/// Turns a date into Apple's <c>reportDate</c> for a frequency, and refuses periods that cannot have a
/// report yet (in the future, or not over: a daily report for today, this week, this month) before any request.
/// </summary>
public static class AscReportDates
{
    /// <summary>Apple's form of the report date for a frequency.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns><c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>.</returns>
    public static string FormatOf(AscReportFrequency frequency) => frequency switch
    {
        AscReportFrequency.Monthly => "YYYY-MM",
        AscReportFrequency.Yearly => "YYYY",
        _ => "YYYY-MM-DD",
    };

    /// <summary>Works out a sales report's <c>reportDate</c>.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <param name="date">A day inside the wanted period (for weekly: the week Monday to Sunday containing it).</param>
    /// <param name="reportDate">Or Apple's form directly (<c>2026-10-05</c>, <c>2026-10</c>, <c>2026</c>).</param>
    /// <param name="today">Today's date (UTC).</param>
    /// <returns>The report date, or <see langword="null"/> for Apple's latest report.</returns>
    /// <exception cref="ArgumentException">The date is malformed for the frequency, or its period is not over yet.</exception>
    public static string? ForSales(AscReportFrequency frequency, DateOnly? date, string? reportDate, DateOnly today)
    {
        if (date is not null && !string.IsNullOrWhiteSpace(reportDate))
        {
            throw new ArgumentException($"Both Date ({date:yyyy-MM-dd}) and ReportDate ('{reportDate}') are set; set one.");
        }

        if (!string.IsNullOrWhiteSpace(reportDate))
        {
            date = Parse(frequency, reportDate.Trim());
        }

        if (date is not { } day)
        {
            return null;
        }

        var (start, end, text) = frequency switch
        {
            AscReportFrequency.Weekly => WeekOf(day),
            AscReportFrequency.Monthly => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1), day.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            AscReportFrequency.Yearly => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31), day.ToString("yyyy", CultureInfo.InvariantCulture)),
            _ => (day, day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
        RefuseUnfinished($"the {ReportsName(frequency)} sales report for {text}", start, end, today);
        return text;
    }

    /// <summary>Works out a finance report's <c>reportDate</c>: Apple's fiscal month, <c>YYYY-MM</c>.</summary>
    /// <param name="date">A day in the fiscal month.</param>
    /// <param name="reportDate">Or Apple's form directly (<c>2026-10</c>).</param>
    /// <param name="today">Today's date (UTC).</param>
    /// <returns>The report date.</returns>
    /// <exception cref="ArgumentException">No month given, a malformed one, or one not over yet.</exception>
    public static string ForFinance(DateOnly? date, string? reportDate, DateOnly today)
    {
        if (date is null && string.IsNullOrWhiteSpace(reportDate))
        {
            throw new ArgumentException("Finance reports need a fiscal month: set Date (any day in it) or ReportDate ('YYYY-MM').");
        }

        if (date is not null && !string.IsNullOrWhiteSpace(reportDate))
        {
            throw new ArgumentException($"Both Date ({date:yyyy-MM-dd}) and ReportDate ('{reportDate}') are set; set one.");
        }

        var day = date ?? Parse(AscReportFrequency.Monthly, reportDate!.Trim());
        var start = new DateOnly(day.Year, day.Month, 1);
        var text = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        RefuseUnfinished($"the finance report for fiscal month {text}", start, start.AddMonths(1).AddDays(-1), today);
        return text;
    }

    /// <summary>The Monday-to-Sunday week containing a day, and Apple's date for it (the Sunday).</summary>
    /// <param name="day">The day.</param>
    /// <returns>The week's first and last day and its report date.</returns>
    public static (DateOnly Start, DateOnly End, string ReportDate) WeekOf(DateOnly day)
    {
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        var start = day.AddDays(-sinceMonday);
        var end = start.AddDays(6);
        return (start, end, end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static void RefuseUnfinished(string what, DateOnly start, DateOnly end, DateOnly today)
    {
        if (start > today)
        {
            throw new ArgumentException($"Cannot download {what}: it is in the future (today is {today:yyyy-MM-dd} UTC). Nothing was requested.");
        }

        if (end >= today)
        {
            throw new ArgumentException($"Cannot download {what}: the period ends {end:yyyy-MM-dd} and is not over yet (today is {today:yyyy-MM-dd} UTC); Apple publishes a report only after its period closes. Nothing was requested.");
        }
    }

    private static DateOnly Parse(AscReportFrequency frequency, string text)
    {
        var (format, padded) = frequency switch
        {
            AscReportFrequency.Monthly => ("yyyy-MM", text + "-01"),
            AscReportFrequency.Yearly => ("yyyy", text + "-01-01"),
            _ => ("yyyy-MM-dd", text),
        };
        if (text.Length != format.Length || !DateOnly.TryParseExact(padded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new ArgumentException($"Report date '{text}' is not in the form {FormatOf(frequency)} that {ReportsName(frequency)} reports use.");
        }

        return value;
    }

    private static string ReportsName(AscReportFrequency frequency) => ReportsClient.FrequencyName(frequency).ToLowerInvariant();
}
