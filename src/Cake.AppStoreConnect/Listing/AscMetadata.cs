namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// An App Store listing as fastlane deliver's <c>metadata/</c> folder holds it: texts per locale, copyright,
/// categories, App Review information and age rating answers. <see langword="null"/> (or a missing file) leaves a value as it is.
/// </summary>
public sealed class AscMetadata
{
    /// <summary>Gets the texts per locale (<c>en-US</c>, <c>de-DE</c>, …), as in <c>metadata/&lt;locale&gt;/</c>.</summary>
    public IDictionary<string, AscMetadataLocale> Locales { get; } = new SortedDictionary<string, AscMetadataLocale>(StringComparer.Ordinal);

    /// <summary>Gets or sets the copyright line of the version (<c>copyright.txt</c>), such as <c>2026 Example Ltd</c>.</summary>
    public string? Copyright { get; set; }

    /// <summary>Gets or sets the primary category id (<c>primary_category.txt</c>), such as <c>PRODUCTIVITY</c> or <c>GAMES</c>.</summary>
    public string? PrimaryCategory { get; set; }

    /// <summary>Gets or sets the first subcategory of the primary category (<c>primary_first_sub_category.txt</c>), such as <c>GAMES_PUZZLE</c>.</summary>
    public string? PrimaryFirstSubCategory { get; set; }

    /// <summary>Gets or sets the second subcategory of the primary category (<c>primary_second_sub_category.txt</c>).</summary>
    public string? PrimarySecondSubCategory { get; set; }

    /// <summary>Gets or sets the secondary category id (<c>secondary_category.txt</c>).</summary>
    public string? SecondaryCategory { get; set; }

    /// <summary>Gets or sets the first subcategory of the secondary category (<c>secondary_first_sub_category.txt</c>).</summary>
    public string? SecondaryFirstSubCategory { get; set; }

    /// <summary>Gets or sets the second subcategory of the secondary category (<c>secondary_second_sub_category.txt</c>).</summary>
    public string? SecondarySecondSubCategory { get; set; }

    /// <summary>Gets the App Review information (<c>review_information/*.txt</c>).</summary>
    public AscReviewInformation ReviewInformation { get; } = new();

    /// <summary>
    /// Gets the age rating answers by Apple's attribute name (<c>violenceCartoonOrFantasy</c>: <c>NONE</c>,
    /// <c>gambling</c>: <c>false</c>, …), as fastlane's age rating JSON (<c>app_rating_config_path</c>) gives them.
    /// </summary>
    public IDictionary<string, string> AgeRating { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets the texts of a locale, adding the locale when it is new.</summary>
    /// <param name="locale">The locale, such as <c>en-US</c>.</param>
    /// <returns>The locale's texts.</returns>
    public AscMetadataLocale Locale(string locale)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);
        if (!Locales.TryGetValue(locale, out var texts))
        {
            texts = new AscMetadataLocale();
            Locales[locale] = texts;
        }

        return texts;
    }

    /// <summary>Copies every value given in <paramref name="values"/> over this listing's (values set in code win over a folder's).</summary>
    internal void Overlay(AscMetadata values)
    {
        foreach (var (locale, texts) in values.Locales)
        {
            var target = Locale(locale);
            foreach (var field in MetadataFields.Locale.Where(f => f.Get(texts) is not null))
            {
                field.Set(target, field.Get(texts));
            }
        }

        foreach (var field in MetadataFields.Listing.Where(f => f.Get(values) is not null))
        {
            field.Set(this, field.Get(values));
        }

        foreach (var (question, answer) in values.AgeRating)
        {
            AgeRating[question] = answer;
        }
    }
}

/// <summary>The texts of one locale (<c>metadata/&lt;locale&gt;/*.txt</c>).</summary>
public sealed class AscMetadataLocale
{
    /// <summary>Gets or sets the app name, at most 30 characters (<c>name.txt</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the subtitle, at most 30 characters (<c>subtitle.txt</c>).</summary>
    public string? Subtitle { get; set; }

    /// <summary>Gets or sets the privacy policy URL (<c>privacy_url.txt</c>).</summary>
    public string? PrivacyUrl { get; set; }

    /// <summary>Gets or sets the privacy policy text for Apple TV apps (<c>apple_tv_privacy_policy.txt</c>).</summary>
    public string? AppleTvPrivacyPolicy { get; set; }

    /// <summary>Gets or sets the description, at most 4000 characters (<c>description.txt</c>).</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the keywords, comma-separated, at most 100 characters (<c>keywords.txt</c>).</summary>
    public string? Keywords { get; set; }

    /// <summary>Gets or sets the promotional text, at most 170 characters (<c>promotional_text.txt</c>).</summary>
    public string? PromotionalText { get; set; }

    /// <summary>Gets or sets What's New in this version, at most 4000 characters (<c>release_notes.txt</c>); Apple refuses it on an app's first version.</summary>
    public string? ReleaseNotes { get; set; }

    /// <summary>Gets or sets the marketing URL (<c>marketing_url.txt</c>).</summary>
    public string? MarketingUrl { get; set; }

    /// <summary>Gets or sets the support URL (<c>support_url.txt</c>).</summary>
    public string? SupportUrl { get; set; }
}

/// <summary>The App Review information (<c>review_information/*.txt</c>): contact, demo account and notes.</summary>
public sealed class AscReviewInformation
{
    /// <summary>Gets or sets the contact's first name (<c>first_name.txt</c>).</summary>
    public string? FirstName { get; set; }

    /// <summary>Gets or sets the contact's last name (<c>last_name.txt</c>).</summary>
    public string? LastName { get; set; }

    /// <summary>Gets or sets the contact's phone number (<c>phone_number.txt</c>).</summary>
    public string? PhoneNumber { get; set; }

    /// <summary>Gets or sets the contact's e-mail address (<c>email_address.txt</c>).</summary>
    public string? EmailAddress { get; set; }

    /// <summary>Gets or sets the demo account's user name (<c>demo_user.txt</c>).</summary>
    public string? DemoUser { get; set; }

    /// <summary>Gets or sets the demo account's password (<c>demo_password.txt</c>); never logged, never downloaded.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Gets or sets the notes for App Review (<c>notes.txt</c>).</summary>
    public string? Notes { get; set; }
}
