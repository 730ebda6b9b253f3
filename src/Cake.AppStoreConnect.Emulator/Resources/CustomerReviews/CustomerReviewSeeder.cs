using System.Security.Cryptography;
using System.Text;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.CustomerReviews;

/// <summary>
/// The demo account's reviews: 260 for Very Capable App (so listing pages past Apple's 200 limit),
/// 30 for each other app; ratings, territories and dates vary deterministically, every fourth review
/// has a published response. Ids are derived from the app and index, so they are the same every run.
/// </summary>
internal static class CustomerReviewSeeder
{
    public const int VeryCapableAppReviewCount = 260;
    public const int OtherAppReviewCount = 30;

    private static readonly string[] Territories = ["USA", "GBR", "DEU", "FRA", "JPN", "CAN", "AUS"];
    private static readonly string[] Nicknames = ["appfan42", "Kate M.", "dev_dad", "Jürgen", "sakura", "nightowl", "Pat", "mobile_mo"];

    private static readonly (string Title, string Body)[] ByRating =
    [
        ("Crashes on launch", "Since the last update the app closes right after the splash screen."),
        ("Needs work", "Useful idea, but sync loses my changes now and then."),
        ("It's okay", "Does the job. Dark mode would be nice."),
        ("Very handy", "I use it every day; the widgets are great."),
        ("Love it", "Exactly what I needed, fast and simple. Thank you!"),
    ];

    public static void Seed(StateStore store, DateTimeOffset now)
    {
        var reviews = store.Table<CustomerReviewRecord>();
        var responses = store.Table<CustomerReviewResponseRecord>();
        foreach (var app in store.Table<AppRecord>().All)
        {
            var count = app.Id == AppSeeder.VeryCapableAppId ? VeryCapableAppReviewCount : OtherAppReviewCount;
            for (var i = 0; i < count; i++)
            {
                // Newest first, as Apple lists reviews without a sort; a few hours apart.
                var created = now.AddHours(-(6 + (i * 7) + (i % 5)));
                var rating = 1 + (int)(Hash(app.Id, i, "rating") % 5);
                var (title, body) = ByRating[rating - 1];
                var review = new CustomerReviewRecord
                {
                    Id = StableId(app.Id, i, "review"),
                    AppId = app.Id,
                    Rating = rating,
                    Title = title,
                    Body = body,
                    ReviewerNickname = Nicknames[Hash(app.Id, i, "nick") % (ulong)Nicknames.Length],
                    CreatedDate = new DateTimeOffset(created.Year, created.Month, created.Day, created.Hour, created.Minute, 0, TimeSpan.Zero),
                    Territory = Territories[Hash(app.Id, i, "territory") % (ulong)Territories.Length],
                };
                reviews.Add(review);
                if (i % 4 == 1)
                {
                    responses.Add(new CustomerReviewResponseRecord
                    {
                        Id = StableId(app.Id, i, "response"),
                        ReviewId = review.Id,
                        ResponseBody = rating >= 4 ? "Thank you for the kind words!" : "Sorry about that. Please write to support@example.com so we can help.",
                        LastModifiedDate = review.CreatedDate.AddHours(3),
                    });
                }
            }
        }
    }

    private static ulong Hash(string appId, int index, string purpose) =>
        BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{appId}/{index}/{purpose}")), 0);

    private static string StableId(string appId, int index, string purpose) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{appId}/{index}/{purpose}"))[..16]).ToString();
}
