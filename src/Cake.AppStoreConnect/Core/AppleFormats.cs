using System.Text.RegularExpressions;

namespace Cake.AppStoreConnect.Core;

/// <summary>
/// Apple's formats for the strings that identify a build, checked before any request so a bad value is
/// named with its source (archive key or setting) instead of coming back as a 422 or 414 after a POST.
/// </summary>
internal static partial class AppleFormats
{
    /// <summary>
    /// The longest bundle id accepted. Apple's documentation gives no limit; this is a guess generous to
    /// every real id that keeps an absurd value (a pasted file) out of request URLs and log lines.
    /// </summary>
    public const int MaxBundleIdLength = 255;

    /// <summary>
    /// CFBundleIdentifier: "only alphanumeric characters (A–Z, a–z, and 0–9), hyphens (-), and periods (.)",
    /// https://developer.apple.com/documentation/bundleresources/information-property-list/cfbundleidentifier
    /// and https://developer.apple.com/help/glossary/bundle-id.
    /// </summary>
    public static bool IsBundleId(string? value) =>
        value is { Length: > 0 and <= MaxBundleIdLength } && BundleIdPattern().IsMatch(value);

    /// <summary>
    /// CFBundleShortVersionString: period-separated non-negative integers, "the string can only contain
    /// numeric characters (0-9) and periods"; Apple asks for three and Xcode and App Store Connect accept
    /// one to three (1, 1.4, 1.4.2).
    /// https://developer.apple.com/documentation/bundleresources/information-property-list/cfbundleshortversionstring
    /// </summary>
    public static bool IsShortVersion(string? value) => value is not null && VersionPattern().IsMatch(value);

    /// <summary>
    /// CFBundleVersion: "one to three period-separated integers, such as 10.14.1. The string can only
    /// contain numeric characters (0-9) and periods."
    /// https://developer.apple.com/documentation/bundleresources/information-property-list/cfbundleversion
    /// </summary>
    public static bool IsBuildVersion(string? value) => value is not null && VersionPattern().IsMatch(value);

    /// <summary>What a bundle id may hold, for messages.</summary>
    public const string BundleIdRule = "letters A-Z and a-z, digits, hyphens and periods only, such as com.example.app";

    /// <summary>What a version string may hold, for messages.</summary>
    public const string VersionRule = "one to three period-separated non-negative integers, such as 1.4 or 1.4.2";

    // \z, not $: $ also matches before a final line break, which would let "1.0\n" through.
    // Each integer at most 18 digits, so it fits a 64-bit number (timestamp build numbers have 12 to 14).
    [GeneratedRegex(@"^[0-9]{1,18}(\.[0-9]{1,18}){0,2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^[A-Za-z0-9.-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex BundleIdPattern();
}
