using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Cake.AppStoreConnect.Emulator.Resources.Apps;

namespace Cake.AppStoreConnect.Emulator.Resources.Reports;

/// <summary>
/// Generates Apple-shaped report files: the header rows Apple writes (column names verbatim), then one
/// row per app and storefront. Units are derived from a hash of vendor, day, app and country, so every
/// run and every frequency agree (a month's units are the sum of its days).
/// </summary>
internal static class ReportData
{
    /// <summary>The columns of the SALES SUMMARY report, as Apple writes them.</summary>
    public static readonly string[] SalesSummaryColumns =
    [
        "Provider", "Provider Country", "SKU", "Developer", "Title", "Version", "Product Type Identifier", "Units",
        "Developer Proceeds", "Begin Date", "End Date", "Customer Currency", "Country Code", "Currency of Proceeds",
        "Apple Identifier", "Customer Price", "Promo Code", "Parent Identifier", "Subscription", "Period", "Category",
        "CMB", "Device", "Supported Platforms", "Proceeds Reason", "Preserved Pricing", "Client", "Order Type",
    ];

    /// <summary>The columns of the FINANCIAL report, as Apple writes them; totals follow the rows.</summary>
    public static readonly string[] FinancialColumns =
    [
        "Start Date", "End Date", "UPC", "ISRC/ISBN", "Vendor Identifier", "Quantity", "Partner Share",
        "Extended Partner Share", "Partner Share Currency", "Sales or Return", "Apple Identifier",
        "Artist/Show/Developer/Author", "Title", "Label/Studio/Network/Developer/Publisher", "Grid",
        "Product Type Identifier", "ISAN/Other Identifier", "Country Of Sale", "Pre-order Flag", "Promo Code",
        "Customer Price", "Customer Currency",
    ];

    /// <summary>The columns of the FINANCE_DETAIL report (region Z1).</summary>
    public static readonly string[] FinanceDetailColumns =
    [
        "Transaction Date", "Settlement Date", "Apple Identifier", "SKU", "Title", "Developer Name",
        "Product Type Identifier", "Country of Sale", "Quantity", "Partner Share", "Extended Partner Share",
        "Partner Share Currency", "Customer Price", "Customer Currency", "Sale or Return", "Promo Code",
        "Order Type", "Region",
    ];

    /// <summary>The storefronts sold in: country, currency, customer price, proceeds per unit, finance region.</summary>
    private static readonly Storefront[] Storefronts =
    [
        new("US", "USD", 0.99m, 0.70m, "US"),
        new("CA", "CAD", 1.39m, 0.97m, "CA"),
        new("GB", "GBP", 0.99m, 0.69m, "GB"),
        new("DE", "EUR", 0.99m, 0.70m, "EU"),
        new("FR", "EUR", 0.99m, 0.70m, "EU"),
        new("JP", "JPY", 160m, 112m, "JP"),
        new("AU", "AUD", 1.49m, 1.04m, "AU"),
    ];

    /// <summary>The finance regions that have reports, plus <c>ZZ</c> (all) and <c>Z1</c> (finance detail).</summary>
    public static readonly string[] Regions = ["ZZ", "Z1", "US", "CA", "GB", "EU", "JP", "AU"];

    public const string Developer = "Cake Contrib Demo Ltd";

    /// <summary>One app's sales in one storefront over a period.</summary>
    public sealed record Sale(AppRecord App, Storefront Store, long Units);

    public sealed record Storefront(string Country, string Currency, decimal CustomerPrice, decimal Proceeds, string Region);

    /// <summary>Sums the generated daily units of each app and storefront over [first, last].</summary>
    public static List<Sale> Sales(string vendor, IReadOnlyList<AppRecord> apps, DateOnly first, DateOnly last)
    {
        var sales = new List<Sale>();
        foreach (var app in apps)
        {
            foreach (var store in Storefronts)
            {
                long units = 0;
                for (var day = first; day <= last; day = day.AddDays(1))
                {
                    units += UnitsOn(vendor, app.Id, store.Country, day);
                }

                if (units > 0)
                {
                    sales.Add(new Sale(app, store, units));
                }
            }
        }

        return sales;
    }

    /// <summary>The SALES SUMMARY file of a period.</summary>
    public static string SalesSummary(IEnumerable<Sale> sales, DateOnly begin, DateOnly end)
    {
        var text = new StringBuilder().AppendJoin('\t', SalesSummaryColumns).Append('\n');
        foreach (var sale in sales)
        {
            text.AppendJoin('\t',
            [
                "APPLE", "US", sale.App.Sku, Developer, sale.App.Name, "1.0", "1F", Number(sale.Units),
                Money(sale.Store.Proceeds), Date(begin), Date(end), sale.Store.Currency, sale.Store.Country, sale.Store.Currency,
                sale.App.Id, Money(sale.Store.CustomerPrice), " ", " ", " ", " ", "Productivity",
                " ", "iPhone", "iOS", " ", " ", " ", " ",
            ]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The FINANCIAL file of a fiscal month and region, with Apple's totals after a blank line.</summary>
    public static string Financial(IEnumerable<Sale> sales, DateOnly start, DateOnly end)
    {
        var text = new StringBuilder().AppendJoin('\t', FinancialColumns).Append('\n');
        var rows = 0;
        long units = 0;
        decimal amount = 0;
        foreach (var sale in sales)
        {
            var extended = sale.Units * sale.Store.Proceeds;
            text.AppendJoin('\t',
            [
                Date(start), Date(end), string.Empty, string.Empty, sale.App.Sku, Number(sale.Units), Money(sale.Store.Proceeds),
                Money(extended), sale.Store.Currency, "S", sale.App.Id, Developer, sale.App.Name, string.Empty, string.Empty,
                "1F", string.Empty, sale.Store.Country, string.Empty, string.Empty, Money(sale.Store.CustomerPrice), sale.Store.Currency,
            ]).Append('\n');
            rows++;
            units += sale.Units;
            amount += extended;
        }

        return text.Append('\n')
            .Append("Total_Rows\t").Append(Number(rows)).Append('\n')
            .Append("Total_Amount\t").Append(Money(amount)).Append('\n')
            .Append("Total_Units\t").Append(Number(units)).Append('\n')
            .ToString();
    }

    /// <summary>The FINANCE_DETAIL file of a fiscal month.</summary>
    public static string FinanceDetail(IEnumerable<Sale> sales, DateOnly start, DateOnly end)
    {
        var text = new StringBuilder().AppendJoin('\t', FinanceDetailColumns).Append('\n');
        foreach (var sale in sales)
        {
            text.AppendJoin('\t',
            [
                Date(start), Date(end.AddDays(33)), sale.App.Id, sale.App.Sku, sale.App.Name, Developer, "1F", sale.Store.Country,
                Number(sale.Units), Money(sale.Store.Proceeds), Money(sale.Units * sale.Store.Proceeds), sale.Store.Currency,
                Money(sale.Store.CustomerPrice), sale.Store.Currency, "S", string.Empty, string.Empty, sale.Store.Region,
            ]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Keeps the sales of a finance region (<c>ZZ</c> and <c>Z1</c> cover all).</summary>
    public static IEnumerable<Sale> InRegion(IEnumerable<Sale> sales, string region) =>
        region is "ZZ" or "Z1" ? sales : sales.Where(s => s.Store.Region == region);

    public static byte[] Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return memory.ToArray();
    }

    /// <summary>The units sold on a day: 0 to 19, stable for a vendor, app, country and day.</summary>
    private static long UnitsOn(string vendor, string appId, string country, DateOnly day)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{vendor}/{appId}/{country}/{day:yyyy-MM-dd}"));
        return hash[0] % 20;
    }

    private static string Date(DateOnly value) => value.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
