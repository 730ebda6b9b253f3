using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Apps;

/// <summary>The demo account's apps (see the seed table in docs/ARCHITECTURE.md). Ids are fixed so scripts can name them.</summary>
internal static class AppSeeder
{
    public const string VeryCapableAppId = "1481192346";
    public const string SampleId = "1530123457";
    public const string RehearsalId = "6449876540";

    public static void Seed(StateStore store)
    {
        var apps = store.Table<AppRecord>();
        apps.Add(new AppRecord
        {
            Id = VeryCapableAppId,
            Name = "Very Capable App",
            BundleId = "org.fastlane.very-capable-app",
            Sku = "VERYCAPABLEAPP",
            Platforms = [Platforms.Ios],
        });
        apps.Add(new AppRecord
        {
            Id = SampleId,
            Name = "Sample",
            BundleId = "com.example.Sample",
            Sku = "SAMPLE",
            Platforms = [Platforms.Ios, Platforms.MacOs],
        });
        apps.Add(new AppRecord
        {
            Id = RehearsalId,
            Name = "Cake Rehearsal",
            BundleId = "org.cakebuild.appstoreconnect.rehearsal",
            Sku = "CAKEREHEARSAL",
            Platforms = [Platforms.Ios],
        });
    }
}
