using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Reports;

/// <summary>
/// The demo account's vendor <c>80012345</c>, with sales from January 1 of last year: every daily report of
/// the last month (and more), the weekly, monthly and yearly ones they add up to, and the monthly finance
/// reports of the months since. Earlier dates answer Apple's "There were no sales for the date specified."
/// </summary>
internal static class ReportSeeder
{
    public const string VendorNumber = "80012345";

    public static void Seed(StateStore store, DateTimeOffset now) =>
        store.Table<VendorRecord>().Add(new VendorRecord
        {
            Id = VendorNumber,
            SalesSince = new DateOnly(now.UtcDateTime.Year - 1, 1, 1),
        });
}
