namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>
/// The video sizes App Store Connect takes per app preview type (portrait, the landscape transpose too, except
/// Mac, Apple TV and Vision Pro, which are landscape only), as third-party tools quote Apple's app preview
/// specifications (886x1920 iPhone, 1200x1600 iPad): a guess where no tool confirmed them. <c>IPHONE_35</c> has no
/// known size, so its previews are not checked.
/// </summary>
internal static class PreviewSizes
{
    private static readonly (int Width, int Height)[] TallIphone = [(886, 1920)];
    private static readonly (int Width, int Height)[] LargeIpad = [(1200, 1600), (900, 1200)];

    private static readonly Dictionary<string, (int Width, int Height)[]> Sizes = new(StringComparer.Ordinal)
    {
        ["IPHONE_67"] = TallIphone,
        ["IPHONE_65"] = TallIphone,
        ["IPHONE_61"] = TallIphone,
        ["IPHONE_58"] = TallIphone,
        ["IPHONE_55"] = [(1080, 1920)],
        ["IPHONE_47"] = [(750, 1334)],
        ["IPHONE_40"] = [(1080, 1920)],
        ["IPAD_PRO_3GEN_129"] = LargeIpad,
        ["IPAD_PRO_129"] = LargeIpad,
        ["IPAD_PRO_3GEN_11"] = [(1200, 1600)],
        ["IPAD_105"] = [(1200, 1600)],
        ["IPAD_97"] = LargeIpad,
        ["DESKTOP"] = [(1920, 1080)],
        ["APPLE_TV"] = [(1920, 1080)],
        ["APPLE_VISION_PRO"] = [(3840, 2160)],
    };

    /// <summary>The sizes of a preview type, or <see langword="null"/> when none is known.</summary>
    public static IReadOnlyList<(int Width, int Height)>? Of(string previewType) => Sizes.GetValueOrDefault(previewType);

    public static bool IsLandscapeOnly(string previewType) => previewType is "DESKTOP" or "APPLE_TV" or "APPLE_VISION_PRO";

    public static bool Fits(string previewType, int width, int height) =>
        Of(previewType) is not { } sizes || sizes.Any(s => (s.Width == width && s.Height == height) || (!IsLandscapeOnly(previewType) && s.Width == height && s.Height == width));
}
