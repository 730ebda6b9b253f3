using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Cake.AppStoreConnect.Listing;

/// <summary>One screenshot file to have on App Store Connect: its locale, display type, order and MD5.</summary>
internal sealed record LocalScreenshot(string Locale, string DisplayType, string Path, string Shown, long Size, string Md5)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>
/// Reads fastlane deliver's screenshot folder (<c>screenshots/&lt;locale&gt;/*.png|jpg</c>, iMessage ones under
/// <c>&lt;locale&gt;/iMessage/</c>) and checks every file before any request: a PNG or JPEG, no alpha channel, a size
/// that is an App Store size (else the nearest ones are named), at most 10 per locale and display type.
/// Every problem is reported at once, each naming the file and the fix.
/// </summary>
internal static partial class ScreenshotFolder
{
    /// <summary>The most screenshots App Store Connect keeps in one set.</summary>
    public const int MaxPerSet = 10;

    private static readonly string[] Extensions = [".png", ".jpg", ".jpeg"];

    public static IReadOnlyList<LocalScreenshot> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ArgumentException($"The screenshots folder '{folder}' does not exist. Give the folder that holds one sub-folder per locale (fastlane's screenshots/en-US/*.png layout).");
        }

        var problems = new List<string>();
        var screenshots = new List<LocalScreenshot>();
        foreach (var stray in Images(folder))
        {
            problems.Add($"{Shown(folder, stray)} is not in a locale folder: move it to {Path.GetFileName(folder)}/<locale>/, such as en-US/.");
        }

        foreach (var directory in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var locale = Path.GetFileName(directory);
            if (!LocalePattern().IsMatch(locale))
            {
                problems.Add($"{Shown(folder, directory)}/ is not a locale folder: name it after an App Store locale, such as en-US, de-DE or zh-Hans.");
                continue;
            }

            var iMessage = Directory.GetDirectories(directory).FirstOrDefault(d => string.Equals(Path.GetFileName(d), "iMessage", StringComparison.OrdinalIgnoreCase));
            var files = Images(directory).Select(f => (File: f, IMessage: false)).Concat(iMessage is null ? [] : Images(iMessage).Select(f => (File: f, IMessage: true)));
            foreach (var (file, isIMessage) in files)
            {
                if (Check(folder, locale, file, isIMessage, problems) is { } screenshot)
                {
                    screenshots.Add(screenshot);
                }
            }
        }

        foreach (var set in screenshots.GroupBy(s => (s.Locale, s.DisplayType)).Where(g => g.Count() > MaxPerSet))
        {
            var names = set.Select(s => s.FileName).Order(NaturalFileOrder.Instance).ToList();
            problems.Add($"{Path.GetFileName(folder)}/{set.Key.Locale} has {names.Count} {set.Key.DisplayType} screenshots ({names[0]} … {names[^1]}); App Store Connect keeps at most {MaxPerSet} per display type: remove {names.Count - MaxPerSet}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The screenshots in '{folder}' cannot be uploaded; nothing was sent:{string.Concat(problems.Select(p => Environment.NewLine + "  - " + p))}");
        }

        return [.. screenshots
            .OrderBy(s => s.Locale, StringComparer.Ordinal)
            .ThenBy(s => s.DisplayType, StringComparer.Ordinal)
            .ThenBy(s => s.FileName, NaturalFileOrder.Instance)];
    }

    private static LocalScreenshot? Check(string folder, string locale, string file, bool iMessage, List<string> problems)
    {
        var shown = Shown(folder, file);
        var image = ImageInfo.Read(file);
        if (image is null)
        {
            problems.Add($"{shown} is not a PNG or JPEG image: export it as PNG (without alpha) or JPEG.");
            return null;
        }

        var type = ScreenshotDisplayTypes.Resolve(image.Width, image.Height, Path.GetFileName(file), iMessage);
        if (type is null)
        {
            problems.Add($"{shown} is {image.Width}x{image.Height}, which is no App Store screenshot size; the nearest are {string.Join(", ", ScreenshotDisplayTypes.Nearest(image.Width, image.Height))}: resize it to one of them.");
        }
        else if (iMessage && !ScreenshotDisplayTypes.HasIMessage(type["IMESSAGE_".Length..]))
        {
            problems.Add($"{shown} is {image.Width}x{image.Height} ({type["IMESSAGE_".Length..]}), a size iMessage apps have no screenshots for: use an iPhone or iPad size.");
            type = null;
        }

        if (image.Alpha)
        {
            problems.Add($"{shown} has an alpha channel, which App Store Connect refuses (\"Images can't contain alpha channels or transparencies\"): export it without alpha (flatten it, or save it as RGB PNG or JPEG).");
        }

        if (type is null || image.Alpha)
        {
            return null;
        }

        using var stream = File.OpenRead(file);
#pragma warning disable CA5351 // Apple's sourceFileChecksum is an MD5: an integrity check, not security.
        var md5 = Convert.ToHexStringLower(MD5.HashData(stream));
#pragma warning restore CA5351
        return new LocalScreenshot(locale, type, file, shown, stream.Length, md5);
    }

    private static IEnumerable<string> Images(string directory) =>
        Directory.GetFiles(directory).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()));

    private static string Shown(string folder, string path) =>
        Path.Combine(Path.GetFileName(folder), Path.GetRelativePath(folder, path)).Replace('\\', '/');

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,4})?(-[A-Za-z]{2})?$")]
    private static partial Regex LocalePattern();
}
