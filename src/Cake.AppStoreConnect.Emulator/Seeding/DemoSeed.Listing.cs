using Cake.AppStoreConnect.Emulator.Resources.AgeRatingDeclarations;
using Cake.AppStoreConnect.Emulator.Resources.AppCategories;
using Cake.AppStoreConnect.Emulator.Resources.AppInfoLocalizations;
using Cake.AppStoreConnect.Emulator.Resources.AppInfos;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <content>The App Store listing of the demo account: Apple's categories, and per app an app info with its name in the primary locale, a category and an unanswered age rating declaration.</content>
internal static partial class DemoSeed
{
    private static void SeedListing(StateStore store)
    {
        AppCategoryCatalog.Seed(store);
        foreach (var app in store.Table<AppRecord>().All)
        {
            var info = new AppInfoRecord { Id = Ids.NewUuid(), AppId = app.Id, PrimaryCategoryId = "DEVELOPER_TOOLS" };
            store.Table<AppInfoRecord>().Add(info);
            store.Table<AppInfoLocalizationRecord>().Add(new AppInfoLocalizationRecord { Id = Ids.NewUuid(), AppInfoId = info.Id, Locale = app.PrimaryLocale, Name = app.Name });
            store.Table<AgeRatingDeclarationRecord>().Add(new AgeRatingDeclarationRecord { Id = Ids.NewUuid(), AppInfoId = info.Id });
        }
    }
}
