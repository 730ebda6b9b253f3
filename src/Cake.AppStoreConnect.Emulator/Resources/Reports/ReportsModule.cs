using System.Globalization;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;

namespace Cake.AppStoreConnect.Emulator.Resources.Reports;

/// <summary>
/// <c>GET /v1/salesReports</c> and <c>GET /v1/financeReports</c>: Apple's required filters and enums
/// (400 otherwise), 403 for individual keys (Apple never lets them read Sales and Finance), a gzip TSV
/// (<c>application/a-gzip</c>) for a period with data, and Apple's 404 "There were no sales for the date
/// specified." for one without.
/// </summary>
internal sealed class ReportsModule : IResourceModule
{
    public const string NoSalesDetail = "There were no sales for the date specified.";

    private static readonly string[] Frequencies = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
    private static readonly string[] SalesTypes = ["SALES", "PRE_ORDER", "NEWSSTAND", "SUBSCRIPTION", "SUBSCRIPTION_EVENT", "SUBSCRIBER", "SUBSCRIPTION_OFFER_CODE_REDEMPTION", "INSTALLS", "FIRST_ANNUAL", "WIN_BACK_ELIGIBILITY"];
    private static readonly string[] SalesSubTypes = ["SUMMARY", "DETAILED", "SUMMARY_INSTALL_TYPE", "SUMMARY_TERRITORY", "SUMMARY_CHANNEL"];
    private static readonly string[] FinanceTypes = ["FINANCIAL", "FINANCE_DETAIL"];

    public void Register(EmulatorContext context) =>
        context.Store.Register<VendorRecord>("vendors");

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/salesReports", (HttpContext http) => Sales(http, context));
        routes.MapGet("/v1/financeReports", (HttpContext http) => Finance(http, context));
    }

    private static IResult Sales(HttpContext http, EmulatorContext context)
    {
        var query = Parameters.Read(http.Request.Query, ["vendorNumber", "reportType", "reportSubType", "frequency", "reportDate", "version"]);
        var vendorNumber = query.Required("vendorNumber");
        var reportType = query.RequiredEnum("reportType", SalesTypes);
        var subType = query.RequiredEnum("reportSubType", SalesSubTypes);
        var frequency = query.RequiredEnum("frequency", Frequencies);
        var version = query.Optional("version");
        if (version is not null && !(version.Length == 3 && char.IsAsciiDigit(version[0]) && version[1] == '_' && char.IsAsciiDigit(version[2])))
        {
            throw Errors.ParameterInvalid("filter[version]", $"'{version}' is not a valid report version, such as 1_0.");
        }

        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var (begin, end) = SalesPeriod(frequency, query.Optional("reportDate"), today);
        return Api.Read(http, context, c =>
        {
            var vendor = FindVendor(c, vendorNumber);
            if (reportType != "SALES" || subType != "SUMMARY" || end < vendor.SalesSince)
            {
                throw NoSales();
            }

            var from = begin < vendor.SalesSince ? vendor.SalesSince : begin;
            var sales = ReportData.Sales(vendor.Id, c.Table<AppRecord>().All, from, end);
            return sales.Count == 0 ? throw NoSales() : Gzip(ReportData.SalesSummary(sales, begin, end));
        });
    }

    private static IResult Finance(HttpContext http, EmulatorContext context)
    {
        var query = Parameters.Read(http.Request.Query, ["vendorNumber", "reportType", "regionCode", "reportDate"]);
        var vendorNumber = query.Required("vendorNumber");
        var reportType = query.RequiredEnum("reportType", FinanceTypes);
        var region = query.Required("regionCode");
        if (!ReportData.Regions.Contains(region))
        {
            throw Errors.ParameterInvalid("filter[regionCode]", $"'{region}' is not a valid region code. Valid values: {string.Join(", ", ReportData.Regions)}.");
        }

        if ((reportType == "FINANCE_DETAIL") != (region == "Z1"))
        {
            throw Errors.ParameterInvalid("filter[regionCode]", "FINANCE_DETAIL reports are available for region code Z1 only, and Z1 only has FINANCE_DETAIL reports.");
        }

        var month = ParseDate(query.Required("reportDate"), "yyyy-MM", "YYYY-MM");
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var end = month.AddMonths(1).AddDays(-1);
        RefuseUnfinished(month, end, today);
        return Api.Read(http, context, c =>
        {
            var vendor = FindVendor(c, vendorNumber);
            if (end < vendor.SalesSince)
            {
                throw NoSales();
            }

            var from = month < vendor.SalesSince ? vendor.SalesSince : month;
            var sales = ReportData.InRegion(ReportData.Sales(vendor.Id, c.Table<AppRecord>().All, from, end), region).ToList();
            if (sales.Count == 0)
            {
                throw NoSales();
            }

            return Gzip(reportType == "FINANCIAL" ? ReportData.Financial(sales, month, end) : ReportData.FinanceDetail(sales, month, end));
        });
    }

    /// <summary>The first and last day of the report asked for; without a date, Apple's latest.</summary>
    private static (DateOnly Begin, DateOnly End) SalesPeriod(string frequency, string? reportDate, DateOnly today)
    {
        DateOnly begin, end;
        switch (frequency)
        {
            case "DAILY":
                begin = end = reportDate is null ? today.AddDays(-1) : ParseDate(reportDate, "yyyy-MM-dd", "YYYY-MM-DD");
                break;
            case "WEEKLY":
                // Weeks run Monday to Sunday; the date names any day of the week, Apple's files name its Sunday.
                var day = reportDate is null ? today.AddDays(-7) : ParseDate(reportDate, "yyyy-MM-dd", "YYYY-MM-DD");
                begin = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                end = begin.AddDays(6);
                break;
            case "MONTHLY":
                begin = reportDate is null ? new DateOnly(today.Year, today.Month, 1).AddMonths(-1) : ParseDate(reportDate, "yyyy-MM", "YYYY-MM");
                end = begin.AddMonths(1).AddDays(-1);
                break;
            default:
                begin = reportDate is null ? new DateOnly(today.Year - 1, 1, 1) : ParseDate(reportDate, "yyyy", "YYYY");
                end = begin.AddYears(1).AddDays(-1);
                break;
        }

        RefuseUnfinished(begin, end, today);
        return (begin, end);
    }

    private static void RefuseUnfinished(DateOnly begin, DateOnly end, DateOnly today)
    {
        if (end >= today)
        {
            throw Errors.ParameterInvalid(
                "filter[reportDate]",
                begin > today
                    ? "Invalid date. The date specified is in the future."
                    : "Invalid date. The report for the date specified is not available yet; reports are available after the period ends.");
        }
    }

    private static DateOnly ParseDate(string value, string format, string shown)
    {
        var padded = format switch
        {
            "yyyy-MM" => value + "-01",
            "yyyy" => value + "-01-01",
            _ => value,
        };
        return value.Length == format.Length && DateOnly.TryParseExact(padded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Errors.ParameterInvalid("filter[reportDate]", $"'{value}' is not a valid report date for this frequency; use {shown}.");
    }

    private static VendorRecord FindVendor(ResourceContext context, string vendorNumber) =>
        context.Table<VendorRecord>().Find(vendorNumber)
        ?? throw Errors.Forbidden($"The vendor number '{vendorNumber}' is not associated with this account, or the key's role may not read its reports.");

    private static ApiException NoSales() => new(new ApiError(404, "NOT_FOUND", "The specified resource does not exist", NoSalesDetail));

    private static IResult Gzip(string tsv) => Results.Bytes(ReportData.Gzip(tsv), "application/a-gzip");

    /// <summary>The report endpoints' query: only <c>filter[…]</c> of the given names, each with one value.</summary>
    private sealed class Parameters
    {
        private readonly Dictionary<string, string> _values;

        private Parameters(Dictionary<string, string> values) => _values = values;

        public static Parameters Read(IQueryCollection query, string[] names)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, raw) in query)
            {
                var name = key.StartsWith("filter[", StringComparison.Ordinal) && key.EndsWith(']') ? key[7..^1] : null;
                if (name is null || !names.Contains(name))
                {
                    throw Errors.ParameterIllegal(key);
                }

                var value = raw.ToString().Trim();
                if (value.Length == 0 || value.Contains(',', StringComparison.Ordinal))
                {
                    throw Errors.ParameterInvalid(key, $"The parameter '{key}' needs exactly one value.");
                }

                values[name] = value;
            }

            return new Parameters(values);
        }

        public string Required(string name) => _values.TryGetValue(name, out var value)
            ? value
            : throw new ApiException(new ApiError(400, "PARAMETER_ERROR.REQUIRED", "A required parameter is missing", $"The parameter 'filter[{name}]' is required.", Parameter: $"filter[{name}]"));

        public string RequiredEnum(string name, string[] allowed)
        {
            var value = Required(name);
            return allowed.Contains(value)
                ? value
                : throw Errors.ParameterInvalid($"filter[{name}]", $"'{value}' is not a valid value for the parameter 'filter[{name}]'. Allowed values: {string.Join(", ", allowed)}.");
        }

        public string? Optional(string name) => _values.GetValueOrDefault(name);
    }
}
