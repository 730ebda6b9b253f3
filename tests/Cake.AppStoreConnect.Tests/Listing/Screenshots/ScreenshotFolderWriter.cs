using Cake.AppStoreConnect.SampleIpa;

namespace Cake.AppStoreConnect.Tests.Listing.Screenshots;

/// <summary>Writes fastlane-layout screenshot folders of real PNGs at App Store sizes, made in code.</summary>
internal static class ScreenshotFolderWriter
{
    public const int IphoneWidth = 1290;
    public const int IphoneHeight = 2796;
    public const int IpadWidth = 2064;
    public const int IpadHeight = 2752;

    /// <summary>Writes <c>locale/name</c> as a PNG of the size, different for every seed.</summary>
    public static string Png(string folder, string locale, string name, int width, int height, int seed, bool alpha = false)
    {
        var directory = Directory.CreateDirectory(Path.Combine(folder, locale)).FullName;
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, SamplePng.Create(width, height, seed, alpha));
        return path;
    }

    /// <summary>Two locales, each with three iPhone 6.9" and two iPad 13" screenshots (names sort naturally: 2 before 10).</summary>
    public static string TwoLocalesTwoTypes(string root)
    {
        var folder = Path.Combine(root, "screenshots");
        var seed = 1;
        foreach (var locale in new[] { "en-US", "de-DE" })
        {
            foreach (var name in new[] { "iphone_2.png", "iphone_10.png", "iphone_1.png" })
            {
                Png(folder, locale, name, IphoneWidth, IphoneHeight, seed++);
            }

            foreach (var name in new[] { "ipad_1.png", "ipad_2.png" })
            {
                Png(folder, locale, name, IpadWidth, IpadHeight, seed++);
            }
        }

        return folder;
    }
}
