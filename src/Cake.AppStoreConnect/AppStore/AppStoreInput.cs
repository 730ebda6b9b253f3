using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Checks of user input, made before any request, so bad input changes nothing.</summary>
internal static partial class AppStoreInput
{
    public static void VersionString(string? versionString, bool required)
    {
        if (versionString is null && !required)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(versionString) || !AppleFormats.IsShortVersion(versionString))
        {
            throw new ArgumentException($"Version '{AscText.Echo(versionString)}' is not a valid App Store version: use one to three period-separated integers, such as 1.4 or 1.4.2 (CFBundleShortVersionString).");
        }
    }

    public static void Prepare(string versionString, AscPrepareAppStoreVersionSettings settings)
    {
        settings.Platform = AscInput.Platform(settings.Platform);
        VersionString(versionString, required: true);
        if (settings.ReleaseType is { } type && !AscReleaseType.All.Contains(type))
        {
            throw new ArgumentException($"Release type '{type}' is not valid; use {string.Join(", ", AscReleaseType.All)}.");
        }

        if (settings.ReleaseType == AscReleaseType.Scheduled && settings.EarliestReleaseDate is null)
        {
            throw new ArgumentException("A SCHEDULED release needs EarliestReleaseDate (fastlane auto_release_date); set it, or use MANUAL or AFTER_APPROVAL.");
        }

        if (settings.EarliestReleaseDate is not null && settings.ReleaseType is not null && settings.ReleaseType != AscReleaseType.Scheduled)
        {
            throw new ArgumentException($"EarliestReleaseDate only applies to a SCHEDULED release, not {settings.ReleaseType}.");
        }

        if (settings.BuildId is not null && settings.BuildNumber is not null)
        {
            throw new ArgumentException("Give the build by BuildId or by BuildNumber, not both.");
        }

        foreach (var (locale, metadata) in settings.Localizations)
        {
            if (string.IsNullOrWhiteSpace(locale) || metadata is null)
            {
                throw new ArgumentException("Every localization needs a locale, such as en-US, and its texts.");
            }

            if (metadata.WhatsNew is { Length: > AscLocalizedMetadata.MaxWhatsNewLength } notes)
            {
                throw new ArgumentException($"The release notes for {locale} are {notes.Length} characters; App Store Connect accepts at most {AscLocalizedMetadata.MaxWhatsNewLength}. Shorten them.");
            }

            foreach (var (name, url) in new[] { ("MarketingUrl", metadata.MarketingUrl), ("SupportUrl", metadata.SupportUrl) })
            {
                if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
                {
                    throw new ArgumentException($"{name} of {locale} ('{url}') is not an absolute URL.");
                }
            }
        }
    }
}
