using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionLocalizations;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

/// <summary>Per app and platform, a version 1.0 in PREPARE_FOR_SUBMISSION with an en-US localization.</summary>
internal static class AppStoreVersionSeeder
{
    public static readonly DateTimeOffset SeededAt = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static void Seed(StateStore store)
    {
        var versions = store.Table<AppStoreVersionRecord>();
        var localizations = store.Table<AppStoreVersionLocalizationRecord>();
        foreach (var app in store.Table<AppRecord>().All)
        {
            foreach (var platform in app.Platforms)
            {
                var version = new AppStoreVersionRecord
                {
                    Id = Ids.NewUuid(),
                    AppId = app.Id,
                    Platform = platform,
                    VersionString = "1.0",
                    Copyright = $"2026 {app.Name}",
                    CreatedDate = SeededAt,
                };
                versions.Add(version);
                localizations.Add(new AppStoreVersionLocalizationRecord
                {
                    Id = Ids.NewUuid(),
                    AppStoreVersionId = version.Id,
                    Locale = app.PrimaryLocale,
                    Description = $"{app.Name}: the app the emulator seeds for rehearsals.",
                    Keywords = "rehearsal,emulator",
                    SupportUrl = "https://example.com/support",
                });
            }
        }
    }
}
