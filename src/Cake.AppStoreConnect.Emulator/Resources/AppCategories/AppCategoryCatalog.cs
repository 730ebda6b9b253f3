using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppCategories;

/// <summary>
/// Apple's category ids, as fastlane's <c>spaceship/lib/spaceship/connect_api/models/app_category.rb</c> and the
/// Go <c>asc categories</c> list them. Which platforms each is offered on is a guess: stickers on iOS only (they
/// live in iMessage), the rest on iOS and macOS.
/// </summary>
internal static class AppCategoryCatalog
{
    private static readonly string[] TopLevel =
    [
        "BOOKS", "BUSINESS", "DEVELOPER_TOOLS", "EDUCATION", "ENTERTAINMENT", "FINANCE", "FOOD_AND_DRINK", "GAMES", "GRAPHICS_AND_DESIGN",
        "HEALTH_AND_FITNESS", "LIFESTYLE", "MAGAZINES_AND_NEWSPAPERS", "MEDICAL", "MUSIC", "NAVIGATION", "NEWS", "PHOTO_AND_VIDEO", "PRODUCTIVITY",
        "REFERENCE", "SHOPPING", "SOCIAL_NETWORKING", "SPORTS", "STICKERS", "TRAVEL", "UTILITIES", "WEATHER",
    ];

    private static readonly string[] Games =
    [
        "ACTION", "ADVENTURE", "BOARD", "CARD", "CASINO", "CASUAL", "FAMILY", "MUSIC", "PUZZLE", "RACING", "ROLE_PLAYING", "SIMULATION",
        "SPORTS", "STRATEGY", "TRIVIA", "WORD",
    ];

    private static readonly string[] Stickers =
    [
        "ANIMALS", "ART", "CELEBRATIONS", "CELEBRITIES", "CHARACTERS", "EATING_AND_DRINKING", "EMOJI_AND_EXPRESSIONS", "FASHION", "GAMING",
        "KIDS_AND_FAMILY", "MOVIES_AND_TV", "MUSIC", "PEOPLE", "PLACES_AND_OBJECTS", "SPORTS_AND_ACTIVITIES",
    ];

    public static void Seed(StateStore store)
    {
        var table = store.Table<AppCategoryRecord>();
        foreach (var id in TopLevel)
        {
            table.Add(new AppCategoryRecord { Id = id, Platforms = PlatformsOf(id) });
        }

        foreach (var (parent, children) in new[] { ("GAMES", Games), ("STICKERS", Stickers) })
        {
            foreach (var child in children)
            {
                table.Add(new AppCategoryRecord { Id = $"{parent}_{child}", ParentId = parent, Platforms = PlatformsOf(parent) });
            }
        }
    }

    private static List<string> PlatformsOf(string id) => id == "STICKERS" ? [Resources.Platforms.Ios] : [Resources.Platforms.Ios, Resources.Platforms.MacOs];
}
