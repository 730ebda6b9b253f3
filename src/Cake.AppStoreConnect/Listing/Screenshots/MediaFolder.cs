using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Cake.AppStoreConnect.Listing;

/// <summary>One screenshot or preview file to have on App Store Connect: its locale, display (or preview) type, order and MD5.</summary>
internal sealed record LocalMediaFile(string Locale, string DisplayType, string Path, string Shown, long Size, string Md5)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>What differs between the screenshot and the preview folder: file types, the most per set, an optional sub-folder and how a file's set type is found.</summary>
/// <param name="Plural">What the files are, such as <c>screenshots</c>.</param>
/// <param name="Layout">The layout named in errors, such as <c>screenshots/en-US/*.png</c>.</param>
/// <param name="Extensions">The file extensions read (lower case, with the dot).</param>
/// <param name="MaxPerSet">The most files App Store Connect keeps in one set.</param>
/// <param name="SubFolder">A sub-folder of each locale read as well (iMessage screenshots), or <see langword="null"/>.</param>
/// <param name="Classify">Gives a file's set type (shown name, path, in the sub-folder), or <see langword="null"/> after adding the problems to the list.</param>
internal sealed record MediaFolderRules(string Plural, string Layout, string[] Extensions, int MaxPerSet, string? SubFolder, Func<string, string, bool, List<string>, string?> Classify)
{
    /// <summary>Gets the extensions of files App Store Connect does not take that are named as errors rather than skipped (lower case, with the dot).</summary>
    public string[] Refused { get; init; } = [];

    /// <summary>Gets what is said after the limit when it is not confirmed, such as <c> (unverified)</c>.</summary>
    public string MaxPerSetNote { get; init; } = string.Empty;
}

/// <summary>
/// Reads fastlane deliver's folder layout (<c>&lt;locale&gt;/&lt;file&gt;</c>, an optional sub-folder such as
/// <c>&lt;locale&gt;/iMessage/</c>) and checks every file before any request with the kind's rules, and at most
/// <see cref="MediaFolderRules.MaxPerSet"/> per locale and set type. Every problem is reported at once, each naming the file and the fix.
/// </summary>
internal static partial class MediaFolder
{
    public static IReadOnlyList<LocalMediaFile> Read(string folder, MediaFolderRules rules)
    {
        if (!Directory.Exists(folder))
        {
            throw new ArgumentException($"The {rules.Plural} folder '{folder}' does not exist. Give the folder that holds one sub-folder per locale (fastlane's {rules.Layout} layout).");
        }

        var problems = new List<string>();
        var found = new List<LocalMediaFile>();
        foreach (var stray in Files(folder, rules))
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

            var sub = rules.SubFolder is null ? null : Directory.GetDirectories(directory).FirstOrDefault(d => string.Equals(Path.GetFileName(d), rules.SubFolder, StringComparison.OrdinalIgnoreCase));
            foreach (var refused in Directory.GetFiles(directory).Where(f => rules.Refused.Contains(Path.GetExtension(f).ToLowerInvariant())))
            {
                problems.Add($"{Shown(folder, refused)} is a {Path.GetExtension(refused).ToLowerInvariant()} file; App Store Connect takes {rules.Plural} as {string.Join(", ", rules.Extensions)}: export it as one of them.");
            }

            var files = Files(directory, rules).Select(f => (File: f, InSub: false)).Concat(sub is null ? [] : Files(sub, rules).Select(f => (File: f, InSub: true)));
            foreach (var (file, inSub) in files)
            {
                if (rules.Classify(Shown(folder, file), file, inSub, problems) is { } type)
                {
                    found.Add(Describe(locale, type, file, Shown(folder, file)));
                }
            }
        }

        foreach (var set in found.GroupBy(s => (s.Locale, s.DisplayType)).Where(g => g.Count() > rules.MaxPerSet))
        {
            var names = set.Select(s => s.FileName).Order(NaturalFileOrder.Instance).ToList();
            problems.Add($"{Path.GetFileName(folder)}/{set.Key.Locale} has {names.Count} {set.Key.DisplayType} {rules.Plural} ({names[0]} … {names[^1]}); App Store Connect keeps at most {rules.MaxPerSet} per set{rules.MaxPerSetNote}: remove {names.Count - rules.MaxPerSet}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The {rules.Plural} in '{folder}' cannot be uploaded; nothing was sent:{string.Concat(problems.Select(p => Environment.NewLine + "  - " + p))}");
        }

        return [.. found
            .OrderBy(s => s.Locale, StringComparer.Ordinal)
            .ThenBy(s => s.DisplayType, StringComparer.Ordinal)
            .ThenBy(s => s.FileName, NaturalFileOrder.Instance)];
    }

    private static LocalMediaFile Describe(string locale, string type, string file, string shown)
    {
        using var stream = File.OpenRead(file);
#pragma warning disable CA5351 // Apple's sourceFileChecksum is an MD5: an integrity check, not security.
        var md5 = Convert.ToHexStringLower(MD5.HashData(stream));
#pragma warning restore CA5351
        return new LocalMediaFile(locale, type, file, shown, stream.Length, md5);
    }

    private static IEnumerable<string> Files(string directory, MediaFolderRules rules) =>
        Directory.GetFiles(directory).Where(f => rules.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()));

    private static string Shown(string folder, string path) =>
        Path.Combine(Path.GetFileName(folder), Path.GetRelativePath(folder, path)).Replace('\\', '/');

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,4})?(-[A-Za-z]{2})?$")]
    private static partial Regex LocalePattern();
}

/// <summary>
/// fastlane deliver's screenshot folder (<c>screenshots/&lt;locale&gt;/*.png|jpg</c>, iMessage ones under
/// <c>&lt;locale&gt;/iMessage/</c>): a PNG named .png or a JPEG named .jpg/.jpeg, no alpha channel, a size that is an App Store size (else the
/// nearest ones are named), at most 10 per locale and display type.
/// </summary>
internal static class ScreenshotFolder
{
    /// <summary>The most screenshots App Store Connect keeps in one set.</summary>
    public const int MaxPerSet = 10;

    public static MediaFolderRules Rules { get; } = new("screenshots", "screenshots/en-US/*.png", [".png", ".jpg", ".jpeg"], MaxPerSet, "iMessage", Classify);

    public static IReadOnlyList<LocalMediaFile> Read(string folder) => MediaFolder.Read(folder, Rules);

    private static string? Classify(string shown, string file, bool iMessage, List<string> problems)
    {
        var image = ImageInfo.Read(file);
        if (image is null)
        {
            problems.Add($"{shown} is not a PNG or JPEG image: export it as PNG (without alpha) or JPEG.");
            return null;
        }

        var misnamed = !image.Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);
        if (misnamed)
        {
            problems.Add($"{shown} is a {(image.Png ? "PNG" : "JPEG")} image under another format's name, which App Store Connect refuses (IMAGE_BAD_FILE_EXTENSION): rename it to {Path.GetFileNameWithoutExtension(file)}{image.Extensions[0]}.");
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

        return image.Alpha || misnamed ? null : type;
    }
}
