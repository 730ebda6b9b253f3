using Cake.AppStoreConnect.Emulator.Resources.AnalyticsReports;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>
/// The demo account's analytics: Very Capable App has had an ONGOING report request for three days, so its
/// reports already have instances and segments; Sample has none, so a first request can be rehearsed.
/// </summary>
internal static class DemoSeedAnalytics
{
    public static void Seed(StateStore store, DateTimeOffset now)
    {
        var created = now.AddDays(-3);
        var request = new AnalyticsReportRequestRecord
        {
            Id = AnalyticsReportsModule.StableId("demo/analytics/ongoing"),
            AppId = AppSeeder.VeryCapableAppId,
            AccessType = AnalyticsReportRequestRecord.Ongoing,
            CreatedDate = created,
            LastActivity = now,
        };
        store.Table<AnalyticsReportRequestRecord>().Add(request);
        foreach (var kind in AnalyticsCatalog.Reports)
        {
            store.Table<AnalyticsReportRecord>().Add(new AnalyticsReportRecord { Id = AnalyticsReportsModule.StableId($"{request.Id}/{kind.Name}"), RequestId = request.Id, Name = kind.Name, Category = kind.Category });
        }
    }
}
