using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.BetaTesters;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaGroups;

/// <summary>The demo account's TestFlight: per app, "Internal QA" (internal) and "Public Beta" (external, public link), and a few testers.</summary>
internal static class TestFlightSeeder
{
    public const string InternalGroupName = "Internal QA";
    public const string ExternalGroupName = "Public Beta";

    public static void Seed(StateStore store)
    {
        var created = new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.Zero);
        foreach (var app in store.Table<AppRecord>().All)
        {
            var qa = new BetaGroupRecord { Id = Ids.NewUuid(), AppId = app.Id, Name = InternalGroupName, IsInternal = true, HasAccessToAllBuilds = false, CreatedDate = created };
            var beta = new BetaGroupRecord
            {
                Id = Ids.NewUuid(),
                AppId = app.Id,
                Name = ExternalGroupName,
                PublicLinkEnabled = true,
                PublicLinkId = Ids.NewToken()[..8],
                PublicLinkLimitEnabled = true,
                PublicLinkLimit = 1000,
                CreatedDate = created,
            };
            store.Table<BetaGroupRecord>().Add(qa);
            store.Table<BetaGroupRecord>().Add(beta);
            var slug = app.BundleId.Split('.')[^1];
            Tester(store, qa, $"qa.lead+{slug}@example.com", "Quinn", "Lead", "ACCEPTED");
            Tester(store, beta, $"early.bird+{slug}@example.com", "Erin", "Bird", "INSTALLED");
            Tester(store, beta, $"curious.cat+{slug}@example.com", "Casey", "Cat", "INVITED");
        }
    }

    private static void Tester(StateStore store, BetaGroupRecord group, string email, string first, string last, string state)
    {
        var tester = new BetaTesterRecord { Id = Ids.NewUuid(), Email = email, FirstName = first, LastName = last, State = state, AppIds = [group.AppId] };
        store.Table<BetaTesterRecord>().Add(tester);
        group.TesterIds.Add(tester.Id);
    }
}
