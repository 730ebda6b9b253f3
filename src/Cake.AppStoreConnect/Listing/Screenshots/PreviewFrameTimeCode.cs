using System.Globalization;
using System.Text.RegularExpressions;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// An app preview's poster frame, Apple's <c>previewFrameTimeCode</c>: <c>HH:MM:SS:FF</c> (hours, minutes, seconds,
/// frame). fastlane deliver's default is <see cref="Default"/>. The frame number is taken below 60, the highest
/// frame rate App Store previews have; Apple's exact bound is not documented (a guess).
/// </summary>
internal static partial class PreviewFrameTimeCode
{
    /// <summary>fastlane deliver's poster frame: 5 seconds in.</summary>
    public const string Default = "00:00:05:00";

    /// <summary>Gives the time code's whole seconds, or throws naming the setting and the form.</summary>
    /// <param name="code">The time code.</param>
    /// <param name="setting">The setting named in the error.</param>
    public static int Seconds(string code, string setting)
    {
        var match = Pattern().Match(code ?? string.Empty);
        int Part(int i) => int.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        if (!match.Success || Part(2) >= 60 || Part(3) >= 60 || Part(4) >= 60)
        {
            throw new ArgumentException($"{setting} '{code}' is not a time code HH:MM:SS:FF (hours, minutes, seconds, frame; minutes, seconds and frame below 60): write it like {Default} (5 seconds in, fastlane's default).", setting);
        }

        return (Part(1) * 3600) + (Part(2) * 60) + Part(3);
    }

    [GeneratedRegex("^([0-9]{2}):([0-9]{2}):([0-9]{2}):([0-9]{2})$")]
    private static partial Regex Pattern();
}
