using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>
/// The pixel sizes Apple accepts per screenshot display type (portrait; the landscape transpose is accepted
/// too) and processing's check of a committed screenshot: a PNG or JPEG named as such, of one of its set's sizes, without alpha.
/// Sizes: the union of fastlane's <c>deliver/lib/deliver/app_screenshot.rb</c> and Go asc's screenshot catalog,
/// both citing Apple's screenshot specifications (research next-wave.md §2.3).
/// </summary>
internal static class ScreenshotSizes
{
    private static readonly Dictionary<string, (int Width, int Height)[]> Portrait = new(StringComparer.Ordinal)
    {
        ["APP_IPHONE_67"] = [(1260, 2736), (1290, 2796), (1320, 2868)],
        ["APP_IPHONE_65"] = [(1242, 2688), (1284, 2778)],
        ["APP_IPHONE_61"] = [(1179, 2556), (1206, 2622)],
        ["APP_IPHONE_58"] = [(1080, 2340), (1125, 2436), (1170, 2532)],
        ["APP_IPHONE_55"] = [(1242, 2208)],
        ["APP_IPHONE_47"] = [(750, 1334)],
        ["APP_IPHONE_40"] = [(640, 1136), (640, 1096)],
        ["APP_IPHONE_35"] = [(640, 960), (640, 920)],
        ["APP_IPAD_PRO_3GEN_129"] = [(2048, 2732), (2064, 2752)],
        ["APP_IPAD_PRO_3GEN_11"] = [(1488, 2266), (1640, 2360), (1668, 2388), (1668, 2420)],
        ["APP_IPAD_PRO_129"] = [(2048, 2732), (2064, 2752)],
        ["APP_IPAD_105"] = [(1668, 2224)],
        ["APP_IPAD_97"] = [(1536, 2048), (768, 1024), (768, 1004), (1536, 2008)],
        ["APP_DESKTOP"] = [(1280, 800), (1440, 900), (2560, 1600), (2880, 1800)],
        ["APP_WATCH_ULTRA"] = [(410, 502), (422, 514)],
        ["APP_WATCH_SERIES_10"] = [(416, 496)],
        ["APP_WATCH_SERIES_7"] = [(396, 484)],
        ["APP_WATCH_SERIES_4"] = [(368, 448)],
        ["APP_WATCH_SERIES_3"] = [(312, 390)],
        ["APP_APPLE_TV"] = [(1920, 1080), (3840, 2160)],
        ["APP_APPLE_VISION_PRO"] = [(3840, 2160)],
    };

    /// <summary>The file name extensions of each image format (fastlane's <c>app_screenshot_validator.rb</c>: png; jpg, jpeg).</summary>
    private static readonly Dictionary<string, string[]> Extensions = new(StringComparer.Ordinal)
    {
        ["PNG"] = [".png"],
        ["JPEG"] = [".jpg", ".jpeg"],
    };

    /// <summary>Apple's <c>ScreenshotDisplayType</c> values.</summary>
    public static IReadOnlyList<string> DisplayTypes { get; } =
    [
        .. Portrait.Keys,
        .. Portrait.Keys.Where(k => k.StartsWith("APP_IPHONE_", StringComparison.Ordinal) && k != "APP_IPHONE_35").Select(k => "IMESSAGE_" + k),
        .. Portrait.Keys.Where(k => k.StartsWith("APP_IPAD_", StringComparison.Ordinal)).Select(k => "IMESSAGE_" + k),
    ];

    /// <summary>The sizes of a display type; an iMessage type has its app counterpart's.</summary>
    public static IReadOnlyList<(int Width, int Height)> Of(string displayType) =>
        Portrait[displayType.StartsWith("IMESSAGE_", StringComparison.Ordinal) ? displayType["IMESSAGE_".Length..] : displayType];

    /// <summary>
    /// Processing's verdict on a committed screenshot. Apple's <c>description</c> repeats the code (fastlane issue
    /// 16945: "IMAGE_BAD_FILE_EXTENSION - IMAGE_BAD_FILE_EXTENSION", spaceship printing code, then description), so
    /// the emulator answers the same way; what a code means is the client's to explain.
    /// </summary>
    public static MediaInspection Inspect(Stream file, string displayType, string fileName)
    {
        if (ImageHeader.Read(file) is not { } image || !Extensions[image.Format].Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase))
        {
            return new(null, null, [Failure("IMAGE_BAD_FILE_EXTENSION")]);
        }

        var errors = new List<StateDetail>();
        var sizes = Of(displayType);
        if (!sizes.Any(s => (s.Width == image.Width && s.Height == image.Height) || (s.Width == image.Height && s.Height == image.Width)))
        {
            errors.Add(Failure("IMAGE_INCORRECT_DIMENSIONS"));
        }

        if (image.Alpha)
        {
            errors.Add(Failure("IMAGE_ALPHA_NOT_ALLOWED"));
        }

        return new(image.Width, image.Height, errors);
    }

    private static StateDetail Failure(string code) => new(code, code);
}
