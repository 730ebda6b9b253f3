using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Resources.BetaGroups;
using Cake.AppStoreConnect.Emulator.Resources.CustomerReviews;
using Cake.AppStoreConnect.Emulator.Resources.Reports;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>
/// The <c>--seed demo</c> account, built resource by resource. A new resource adds its seeder call here,
/// after the seeders of the resources it refers to.
/// </summary>
internal static partial class DemoSeed
{
    public const string Name = "demo";

    public static void Apply(StateStore store) => store.Write(s =>
    {
        AppSeeder.Seed(s);
        AppStoreVersionSeeder.Seed(s);
        SeedListing(s);
        TestFlightSeeder.Seed(s);

        // Reviews and sales are dated back from the moment the account is created.
        CustomerReviewSeeder.Seed(s, DateTimeOffset.UtcNow);
        ReportSeeder.Seed(s, DateTimeOffset.UtcNow);
        SigningSeeder.Seed(s, DateTimeOffset.UtcNow);
        DemoSeedAnalytics.Seed(s, DateTimeOffset.UtcNow);
        Resources.Users.UserSeeder.Seed(s, DateTimeOffset.UtcNow);
    });
}
