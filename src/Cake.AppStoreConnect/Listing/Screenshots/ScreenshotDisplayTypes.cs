namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// Apple's screenshot display types by pixel size (portrait; landscape is the transpose): the union of
/// fastlane's <c>deliver/lib/deliver/app_screenshot.rb</c> and Go asc's screenshot catalog, both from Apple's
/// screenshot specifications. 6.9" iPhones go into <c>APP_IPHONE_67</c> and 13" iPads into
/// <c>APP_IPAD_PRO_3GEN_129</c>: Apple's API has no type of their own.
/// </summary>
internal static class ScreenshotDisplayTypes
{
    private static readonly (string Type, int Width, int Height)[] Sizes =
    [
        ("APP_IPHONE_67", 1260, 2736), ("APP_IPHONE_67", 1290, 2796), ("APP_IPHONE_67", 1320, 2868),
        ("APP_IPHONE_65", 1242, 2688), ("APP_IPHONE_65", 1284, 2778),
        ("APP_IPHONE_61", 1179, 2556), ("APP_IPHONE_61", 1206, 2622),
        ("APP_IPHONE_58", 1080, 2340), ("APP_IPHONE_58", 1125, 2436), ("APP_IPHONE_58", 1170, 2532),
        ("APP_IPHONE_55", 1242, 2208),
        ("APP_IPHONE_47", 750, 1334),
        ("APP_IPHONE_40", 640, 1136), ("APP_IPHONE_40", 640, 1096),
        ("APP_IPHONE_35", 640, 960), ("APP_IPHONE_35", 640, 920),
        ("APP_IPAD_PRO_3GEN_129", 2048, 2732), ("APP_IPAD_PRO_3GEN_129", 2064, 2752),
        ("APP_IPAD_PRO_129", 2048, 2732), ("APP_IPAD_PRO_129", 2064, 2752),
        ("APP_IPAD_PRO_3GEN_11", 1488, 2266), ("APP_IPAD_PRO_3GEN_11", 1640, 2360), ("APP_IPAD_PRO_3GEN_11", 1668, 2388), ("APP_IPAD_PRO_3GEN_11", 1668, 2420),
        ("APP_IPAD_105", 1668, 2224),
        ("APP_IPAD_97", 1536, 2048), ("APP_IPAD_97", 768, 1024), ("APP_IPAD_97", 768, 1004), ("APP_IPAD_97", 1536, 2008),
        ("APP_DESKTOP", 1280, 800), ("APP_DESKTOP", 1440, 900), ("APP_DESKTOP", 2560, 1600), ("APP_DESKTOP", 2880, 1800),
        ("APP_WATCH_ULTRA", 410, 502), ("APP_WATCH_ULTRA", 422, 514),
        ("APP_WATCH_SERIES_10", 416, 496),
        ("APP_WATCH_SERIES_7", 396, 484),
        ("APP_WATCH_SERIES_4", 368, 448),
        ("APP_WATCH_SERIES_3", 312, 390),
        ("APP_APPLE_TV", 1920, 1080), ("APP_APPLE_TV", 3840, 2160),
        ("APP_APPLE_VISION_PRO", 3840, 2160),
    ];

    // Where one size belongs to two types, a token in the file name picks one (as fastlane reads its
    // simulator names); without one, the type Apple asks for today wins.
    private static readonly (string Type, string[] Tokens)[] Tiebreaks =
    [
        ("APP_IPAD_PRO_129", ["ipadpro129", "ipadpro(12.9-inch)(2ndgeneration)", "2ndgeneration", "ipad_pro_129"]),
        ("APP_IPAD_PRO_3GEN_129", ["3gen", "3rdgeneration", "4thgeneration", "5thgeneration", "6thgeneration", "13-inch", "ipad_pro_3gen_129"]),
        ("APP_APPLE_VISION_PRO", ["vision"]),
        ("APP_APPLE_TV", ["appletv", "tvos", "apple_tv"]),
    ];

    private static readonly string[] Preferred = ["APP_IPAD_PRO_3GEN_129", "APP_APPLE_TV"];

    /// <summary>The display types with this size (either orientation).</summary>
    public static IReadOnlyList<string> Matching(int width, int height) =>
        [.. Sizes.Where(s => (s.Width == width && s.Height == height) || (s.Width == height && s.Height == width)).Select(s => s.Type).Distinct()];

    /// <summary>The display type of a screenshot: by size, an ambiguous size by a token of the file name; null when no size fits.</summary>
    public static string? Resolve(int width, int height, string fileName, bool iMessage)
    {
        var types = Matching(width, height);
        if (types.Count == 0)
        {
            return null;
        }

        var type = types.Count == 1 ? types[0] : Tiebreak(types, fileName);
        return iMessage ? "IMESSAGE_" + type : type;
    }

    /// <summary>The nearest sizes to one that fits nothing, for the error: "1300x2800 is near APP_IPHONE_67 (1290x2796)".</summary>
    public static IEnumerable<string> Nearest(int width, int height, int count = 3)
    {
        var (w, h) = width <= height ? (width, height) : (height, width);
        return Sizes
            .Select(s => (s.Type, W: Math.Min(s.Width, s.Height), H: Math.Max(s.Width, s.Height)))
            .OrderBy(s => Math.Abs(s.W - w) + Math.Abs(s.H - h))
            .Take(count)
            .Select(s => $"{s.Type} ({s.W}x{s.H})");
    }

    /// <summary>Whether iMessage screenshots exist for the type (iPhone and iPad sizes but 3.5").</summary>
    public static bool HasIMessage(string type) =>
        (type.StartsWith("APP_IPHONE_", StringComparison.Ordinal) && type != "APP_IPHONE_35") || type.StartsWith("APP_IPAD_", StringComparison.Ordinal);

    private static string Tiebreak(IReadOnlyList<string> types, string fileName)
    {
        var name = fileName.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        foreach (var (type, tokens) in Tiebreaks)
        {
            if (types.Contains(type) && tokens.Any(t => name.Contains(t, StringComparison.Ordinal)))
            {
                return type;
            }
        }

        return types.FirstOrDefault(Preferred.Contains) ?? types[0];
    }
}
