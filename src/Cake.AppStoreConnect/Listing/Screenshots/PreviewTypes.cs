using System.Text.RegularExpressions;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// Apple's app preview types (<c>PreviewType</c> in the spec) and the video sizes each takes (portrait; landscape
/// is the transpose, except Mac, Apple TV and Vision Pro, which are landscape only). The sizes are Apple's app
/// preview specifications as third-party tools quote them (886x1920 iPhone, 1200x1600 iPad); they could not be read
/// at Apple here, so they are a guess where a tool did not confirm them. A token naming the type in the file name
/// (<c>IPHONE_65_intro.mp4</c>) picks the type; without one, a size used by several types goes to the type Apple asks
/// for today (the largest device), and a size a Mac, Apple TV or Vision Pro type shares (1920x1080) needs the token.
/// </summary>
internal static partial class PreviewTypes
{
    private static readonly (string Type, int Width, int Height)[] Sizes =
    [
        ("IPHONE_67", 886, 1920), ("IPHONE_65", 886, 1920), ("IPHONE_61", 886, 1920), ("IPHONE_58", 886, 1920),
        ("IPHONE_55", 1080, 1920), ("IPHONE_40", 1080, 1920),
        ("IPHONE_47", 750, 1334),
        ("IPAD_PRO_3GEN_129", 1200, 1600), ("IPAD_PRO_3GEN_129", 900, 1200),
        ("IPAD_PRO_129", 1200, 1600), ("IPAD_PRO_129", 900, 1200),
        ("IPAD_PRO_3GEN_11", 1200, 1600),
        ("IPAD_105", 1200, 1600),
        ("IPAD_97", 900, 1200), ("IPAD_97", 1200, 1600),
        ("DESKTOP", 1920, 1080),
        ("APPLE_TV", 1920, 1080),
        ("APPLE_VISION_PRO", 3840, 2160),
    ];

    private static readonly string[] LandscapeOnly = ["DESKTOP", "APPLE_TV", "APPLE_VISION_PRO"];

    // The type a shared iPhone or iPad size goes to without a token: the one Apple asks for today.
    private static readonly Dictionary<(int, int), string> Defaults = new()
    {
        [(886, 1920)] = "IPHONE_67",
        [(1080, 1920)] = "IPHONE_55",
        [(1200, 1600)] = "IPAD_PRO_3GEN_129",
        [(900, 1200)] = "IPAD_PRO_3GEN_129",
    };

    /// <summary>Gives the preview type of a video, or <see langword="null"/> and the reason with the fix.</summary>
    public static string? Resolve(int width, int height, string fileName, out string? problem)
    {
        problem = null;
        var fits = Sizes.Where(s => Fits(s, width, height)).Select(s => s.Type).ToList();
        var token = TokenPattern().Match(Path.GetFileNameWithoutExtension(fileName)) is { Success: true } m ? m.Groups[1].Value.ToUpperInvariant() : null;
        if (token is not null)
        {
            if (fits.Contains(token))
            {
                return token;
            }

            problem = $"is {width}x{height}, which is no {token} preview size ({string.Join(", ", Sizes.Where(s => s.Type == token).Select(s => $"{s.Width}x{s.Height}"))}, or landscape): re-export it at one of them or rename it for the right type.";
            return null;
        }

        var portrait = (Math.Min(width, height), Math.Max(width, height));
        if (fits.Count == 1)
        {
            return fits[0];
        }

        if (fits.Count > 1 && !fits.Any(LandscapeOnly.Contains) && Defaults.TryGetValue(portrait, out var preferred) && fits.Contains(preferred))
        {
            return preferred;
        }

        problem = fits.Count > 1
            ? $"is {width}x{height}, a size of several preview types ({string.Join(", ", fits)}): put the type in the file name, such as {fits[0]}_{fileName}."
            : $"is {width}x{height}, which is no App Store preview size; the nearest are {string.Join(", ", Nearest(width, height))}: re-export it at one of them (portrait or landscape; Mac, Apple TV and Vision Pro landscape only).";
        return null;
    }

    /// <summary>The preview sizes nearest to one that fits no type, each with the types that take it: "886x1920 (IPHONE_67, IPHONE_65, …)".</summary>
    public static IEnumerable<string> Nearest(int width, int height, int count = 3)
    {
        var (shortSide, longSide) = (Math.Min(width, height), Math.Max(width, height));
        return Sizes
            .GroupBy(s => (s.Width, s.Height))
            .OrderBy(g => LandscapeOnly.Contains(g.First().Type)
                ? Math.Abs(g.Key.Width - width) + Math.Abs(g.Key.Height - height)
                : Math.Abs(g.Key.Width - shortSide) + Math.Abs(g.Key.Height - longSide))
            .Take(count)
            .Select(g => $"{g.Key.Width}x{g.Key.Height} ({string.Join(", ", g.Select(s => s.Type).Distinct())})");
    }

    private static bool Fits((string Type, int Width, int Height) size, int width, int height) =>
        (size.Width == width && size.Height == height) || (!LandscapeOnly.Contains(size.Type) && size.Width == height && size.Height == width);

    // Longest names first, so IPAD_PRO_3GEN_129 is not read as IPAD_PRO_129's prefix.
    [GeneratedRegex("(?<![A-Za-z0-9])(IPAD_PRO_3GEN_129|IPAD_PRO_3GEN_11|APPLE_VISION_PRO|IPAD_PRO_129|IPHONE_67|IPHONE_65|IPHONE_61|IPHONE_58|IPHONE_55|IPHONE_47|IPHONE_40|IPHONE_35|APPLE_TV|IPAD_105|IPAD_97|DESKTOP)(?![A-Za-z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex TokenPattern();
}
