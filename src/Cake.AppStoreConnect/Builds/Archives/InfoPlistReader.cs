using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// Reads the upload-relevant keys of an app's Info.plist. Failures name the key, the plist's path in the
/// archive and the Xcode build setting that fills it, because that is where the fix is made.
/// </summary>
internal sealed class InfoPlistReader
{
    private const string EncryptionKey = "ITSAppUsesNonExemptEncryption";

    private readonly PlistDictionary _plist;
    private readonly string _entryName;
    private readonly string _archivePath;

    public InfoPlistReader(PlistDictionary plist, string entryName, string archivePath)
    {
        _plist = plist;
        _entryName = entryName;
        _archivePath = archivePath;
    }

    /// <summary>Describes the IPA whose outer app this Info.plist belongs to.</summary>
    /// <exception cref="AppArchiveException">A required key is missing, a key has the wrong type, or the platform cannot be uploaded.</exception>
    public AppArchiveInfo ToArchiveInfo(long fileSize) => new(
        _archivePath,
        AppArchiveKind.Ipa,
        fileSize,
        Formatted("CFBundleIdentifier", "PRODUCT_BUNDLE_IDENTIFIER", AppleFormats.IsBundleId, AppleFormats.BundleIdRule),
        Formatted("CFBundleShortVersionString", "MARKETING_VERSION", AppleFormats.IsShortVersion, AppleFormats.VersionRule),
        Formatted("CFBundleVersion", "CURRENT_PROJECT_VERSION", AppleFormats.IsBuildVersion, AppleFormats.VersionRule),
        Platform(),
        Optional("CFBundleDisplayName") ?? Optional("CFBundleName"),
        Optional("MinimumOSVersion"),
        UsesNonExemptEncryption());

    /// <summary>
    /// <c>CFBundleSupportedPlatforms</c> is what Apple's validation reads; <c>DTPlatformName</c> is the
    /// fallback, and either naming a simulator rejects the build. A plist with neither predates both
    /// keys, which only iOS apps do.
    /// </summary>
    private string Platform()
    {
        var names = new List<string>();
        if (_plist.TryGetValue("CFBundleSupportedPlatforms", out var supported))
        {
            names.AddRange(supported switch
            {
                IReadOnlyList<object> list => list.OfType<string>().Take(1),
                string single => [single],
                _ => throw Invalid("CFBundleSupportedPlatforms", "is not an array of strings"),
            });
        }

        if (Optional("DTPlatformName") is { } platformName)
        {
            names.Add(platformName);
        }

        if (names.Count == 0)
        {
            return AppArchivePlatform.Ios;
        }

        var matches = names.Select(ApplePlatformNames.Map).ToList();
        if (matches.FirstOrDefault(m => m.Platform is null) is { } rejected)
        {
            throw new AppArchiveException($"The app archive '{_archivePath}' cannot be uploaded: {rejected.Reason}. (Read from '{_entryName}'.)", _archivePath);
        }

        return matches[0].Platform!;
    }

    /// <summary>Xcode writes a boolean; hand-edited plists sometimes a YES/NO string, which Apple also accepts.</summary>
    private bool? UsesNonExemptEncryption()
    {
        if (!_plist.TryGetValue(EncryptionKey, out var value))
        {
            return null;
        }

        return value switch
        {
            bool flag => flag,
            long number when number is 0 or 1 => number == 1,
            string text when text.Equals("YES", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
            string text when text.Equals("NO", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
            string text => throw Invalid(EncryptionKey, $"is '{text}', not a boolean (<true/> or <false/>)"),
            _ => throw Invalid(EncryptionKey, $"is {WithArticle(value)}, not a boolean (<true/> or <false/>)"),
        };
    }

    private string Required(string key, string buildSetting)
    {
        if (!_plist.TryGetValue(key, out var value))
        {
            throw new AppArchiveException(
                $"The Info.plist '{_entryName}' in '{_archivePath}' has no {key}. Set {buildSetting} in the Xcode target and archive again.",
                _archivePath);
        }

        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(key, value is string ? "is empty" : $"is {WithArticle(value)}, not a string");
        }

        return text.Trim();
    }

    /// <summary>A required key in Apple's format, which App Store Connect would otherwise refuse only after the upload is created.</summary>
    private string Formatted(string key, string buildSetting, Func<string, bool> isValid, string rule)
    {
        var value = Required(key, buildSetting);
        return isValid(value)
            ? value
            : throw new AppArchiveException(
                $"The Info.plist '{_entryName}' in '{_archivePath}' has a {key} of '{AscText.Echo(value)}', which App Store Connect refuses: use {rule}. Set {buildSetting} in the Xcode target and archive again.",
                _archivePath);
    }

    private string? Optional(string key)
    {
        if (!_plist.TryGetValue(key, out var value))
        {
            return null;
        }

        return value as string ?? throw Invalid(key, $"is {WithArticle(value)}, not a string");
    }

    private AppArchiveException Invalid(string key, string problem) =>
        new($"The Info.plist '{_entryName}' in '{_archivePath}' has a {key} that {problem}.", _archivePath);

    private static string WithArticle(object value) => value switch
    {
        string => "a string",
        bool => "a boolean",
        long or ulong => "an integer",
        double => "a real",
        DateTimeOffset => "a date",
        byte[] => "data",
        PlistDictionary => "a dictionary",
        IReadOnlyList<object> => "an array",
        _ => value.GetType().Name,
    };
}
