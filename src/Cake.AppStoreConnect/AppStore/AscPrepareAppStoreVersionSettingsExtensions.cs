using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Fluent helpers for <see cref="AscPrepareAppStoreVersionSettings"/>; each returns the same instance.</summary>
public static class AscPrepareAppStoreVersionSettingsExtensions
{
    /// <summary>Prepares the version of this platform.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings ForPlatform(this AscPrepareAppStoreVersionSettings settings, string platform) => SettingsFluent.Apply(settings, s => s.Platform = platform);

    /// <summary>Sets a locale's release notes ("What's New").</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="locale">The locale, such as <c>en-US</c>.</param>
    /// <param name="whatsNew">The release notes (at most 4000 characters).</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings WithReleaseNotes(this AscPrepareAppStoreVersionSettings settings, string locale, string whatsNew) =>
        WithLocalization(settings, locale, m => m.WhatsNew = whatsNew);

    /// <summary>Sets release notes for several locales (fastlane <c>release_notes</c>).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="releaseNotes">Release notes by locale.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings WithReleaseNotes(this AscPrepareAppStoreVersionSettings settings, IDictionary<string, string> releaseNotes)
    {
        ArgumentNullException.ThrowIfNull(releaseNotes);
        foreach (var (locale, text) in releaseNotes)
        {
            WithReleaseNotes(settings, locale, text);
        }

        return settings;
    }

    /// <summary>Sets a locale's texts (release notes, description, keywords, promotional text, URLs).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="locale">The locale.</param>
    /// <param name="configure">Sets the texts.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings WithLocalization(this AscPrepareAppStoreVersionSettings settings, string locale, Action<AscLocalizedMetadata> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);
        ArgumentNullException.ThrowIfNull(configure);
        return SettingsFluent.Apply(settings, s =>
        {
            if (!s.Localizations.TryGetValue(locale, out var metadata))
            {
                metadata = new AscLocalizedMetadata();
                s.Localizations[locale] = metadata;
            }

            configure(metadata);
        });
    }

    /// <summary>Sets the copyright line.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="copyright">Such as <c>2026 Example Ltd</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings WithCopyright(this AscPrepareAppStoreVersionSettings settings, string copyright) => SettingsFluent.Apply(settings, s => s.Copyright = copyright);

    /// <summary>Releases the version only when <c>AscReleaseVersion</c> is called (fastlane <c>automatic_release: false</c>).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings UseManualRelease(this AscPrepareAppStoreVersionSettings settings) =>
        SettingsFluent.Apply(settings, s => (s.ReleaseType, s.EarliestReleaseDate) = (AscReleaseType.Manual, null));

    /// <summary>Releases the version as soon as it is approved (fastlane <c>automatic_release: true</c>).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings UseAutomaticRelease(this AscPrepareAppStoreVersionSettings settings) =>
        SettingsFluent.Apply(settings, s => (s.ReleaseType, s.EarliestReleaseDate) = (AscReleaseType.AfterApproval, null));

    /// <summary>Releases the version once approved, not before a date (fastlane <c>auto_release_date</c>).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="earliestReleaseDate">The earliest release; Apple rounds it to the hour.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings UseScheduledRelease(this AscPrepareAppStoreVersionSettings settings, DateTimeOffset earliestReleaseDate) =>
        SettingsFluent.Apply(settings, s => (s.ReleaseType, s.EarliestReleaseDate) = (AscReleaseType.Scheduled, earliestReleaseDate));

    /// <summary>Attaches the build with this build number (CFBundleVersion) of the version.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="buildNumber">The build number.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings WithBuildNumber(this AscPrepareAppStoreVersionSettings settings, string buildNumber) => SettingsFluent.Apply(settings, s => s.BuildNumber = buildNumber);

    /// <summary>Attaches the build with this id.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="buildId">The build id.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings WithBuildId(this AscPrepareAppStoreVersionSettings settings, string buildId) => SettingsFluent.Apply(settings, s => s.BuildId = buildId);

    /// <summary>Says whether the newest VALID build is attached when no build is named.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="attach">Whether to attach it.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings SetAttachLatestBuild(this AscPrepareAppStoreVersionSettings settings, bool attach) => SettingsFluent.Apply(settings, s => s.AttachLatestBuild = attach);

    /// <summary>Says whether an editable version with another version string is renamed.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="rename">Whether to rename it.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings SetRenameEditableVersion(this AscPrepareAppStoreVersionSettings settings, bool rename) => SettingsFluent.Apply(settings, s => s.RenameEditableVersion = rename);

    /// <summary>Answers the build's export compliance question.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="usesNonExemptEncryption">Whether the app uses non-exempt encryption.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings SetUsesNonExemptEncryption(this AscPrepareAppStoreVersionSettings settings, bool usesNonExemptEncryption) => SettingsFluent.Apply(settings, s => s.UsesNonExemptEncryption = usesNonExemptEncryption);

    /// <summary>Answers the app's content rights question.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="containsThirdPartyContent">Whether the app contains, shows or accesses third-party content.</param>
    /// <returns>The same settings.</returns>
    public static AscPrepareAppStoreVersionSettings SetContainsThirdPartyContent(this AscPrepareAppStoreVersionSettings settings, bool containsThirdPartyContent) => SettingsFluent.Apply(settings, s => s.ContainsThirdPartyContent = containsThirdPartyContent);
}
