using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Listing;

/// <summary>Fluent helpers for <see cref="AscSyncMetadataSettings"/>; each returns the same instance.</summary>
public static class AscSyncMetadataSettingsExtensions
{
    /// <summary>Sets texts of a locale in code.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="locale">The locale, such as <c>en-US</c>.</param>
    /// <param name="configure">Sets the texts (name, subtitle, description, keywords, …).</param>
    /// <returns>The same settings.</returns>
    public static AscSyncMetadataSettings WithLocale(this AscSyncMetadataSettings settings, string locale, Action<AscMetadataLocale> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SettingsFluent.Apply(settings, s => configure(s.Metadata.Locale(locale)));
    }

    /// <summary>Sets the version's copyright line.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="copyright">The line, such as <c>2026 Example Ltd</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscSyncMetadataSettings WithCopyright(this AscSyncMetadataSettings settings, string copyright) =>
        SettingsFluent.Apply(settings, s => s.Metadata.Copyright = copyright);

    /// <summary>Sets the primary and, optionally, the secondary category (Apple's ids, such as <c>PRODUCTIVITY</c>).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="primary">The primary category.</param>
    /// <param name="secondary">The secondary category, or <see langword="null"/> to leave it.</param>
    /// <returns>The same settings.</returns>
    public static AscSyncMetadataSettings WithCategories(this AscSyncMetadataSettings settings, string primary, string? secondary = null) =>
        SettingsFluent.Apply(settings, s =>
        {
            s.Metadata.PrimaryCategory = primary;
            s.Metadata.SecondaryCategory = secondary ?? s.Metadata.SecondaryCategory;
        });

    /// <summary>Sets the App Review information in code.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="configure">Sets contact, demo account and notes.</param>
    /// <returns>The same settings.</returns>
    public static AscSyncMetadataSettings WithReviewInformation(this AscSyncMetadataSettings settings, Action<AscReviewInformation> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return SettingsFluent.Apply(settings, s => configure(s.Metadata.ReviewInformation));
    }

    /// <summary>Answers an age rating question (Apple's attribute name and answer, such as <c>gambling</c>, <c>false</c>).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="question">Apple's attribute name.</param>
    /// <param name="answer">The answer: <c>true</c>/<c>false</c> or an enumeration value such as <c>NONE</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscSyncMetadataSettings WithAgeRating(this AscSyncMetadataSettings settings, string question, string answer) =>
        SettingsFluent.Apply(settings, s => s.Metadata.AgeRating[question] = answer);

    /// <summary>Reads the age rating answers from fastlane's age rating JSON (deliver's <c>app_rating_config_path</c>).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="file">The JSON file.</param>
    /// <returns>The same settings.</returns>
    public static AscSyncMetadataSettings WithAgeRatingFile(this AscSyncMetadataSettings settings, string file) =>
        SettingsFluent.Apply(settings, s => s.AgeRatingFile = file);

    /// <summary>Sets the file App Review gets as its attachment (deliver's <c>app_review_attachment_file</c>), such as a demo video or a PDF.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="file">The file; its name and MD5 decide whether it is already there.</param>
    /// <returns>The same settings.</returns>
    public static AscSyncMetadataSettings WithReviewAttachment(this AscSyncMetadataSettings settings, string file) =>
        SettingsFluent.Apply(settings, s => s.ReviewAttachmentFile = file);
}
