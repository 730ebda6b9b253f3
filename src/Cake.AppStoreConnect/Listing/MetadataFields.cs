namespace Cake.AppStoreConnect.Listing;

/// <summary>The App Store Connect resource a listing value lives on.</summary>
internal enum MetadataResource
{
    /// <summary><c>appInfoLocalizations</c>: name, subtitle, privacy.</summary>
    AppInfoLocalization,

    /// <summary><c>appStoreVersionLocalizations</c>: description, keywords, promotional text, What's New, URLs.</summary>
    VersionLocalization,

    /// <summary><c>appStoreVersions</c>: copyright.</summary>
    Version,

    /// <summary><c>appInfos</c>: the category relationships.</summary>
    AppInfo,

    /// <summary><c>appStoreReviewDetails</c>: contact, demo account, notes.</summary>
    ReviewDetail,
}

/// <summary>A text of a locale: its fastlane file, where it lives, Apple's attribute and its limits.</summary>
internal sealed record LocaleField(string File, MetadataResource Resource, string Attribute, int? MaxLength, bool IsUrl, Func<AscMetadataLocale, string?> Get, Action<AscMetadataLocale, string?> Set);

/// <summary>A value of the whole listing: its fastlane path (relative to <c>metadata/</c>), where it lives and Apple's attribute or relationship.</summary>
internal sealed record ListingField(string File, MetadataResource Resource, string Attribute, bool Secret, Func<AscMetadata, string?> Get, Action<AscMetadata, string?> Set);

/// <summary>
/// Every value of the listing, once: the folder reader and writer, the offline checks and the plan all read
/// this table, so a field is added in one place. Limits: Apple's App Store Connect Help ("App information",
/// "Platform version information"); the API's schemas carry none (next-wave.md §0).
/// </summary>
internal static class MetadataFields
{
    public const int NameLength = 30;
    public const int KeywordsLength = 100;
    public const int PromotionalTextLength = 170;
    public const int LongTextLength = 4000;

    public static IReadOnlyList<LocaleField> Locale { get; } =
    [
        new("name.txt", MetadataResource.AppInfoLocalization, "name", NameLength, false, l => l.Name, (l, v) => l.Name = v),
        new("subtitle.txt", MetadataResource.AppInfoLocalization, "subtitle", NameLength, false, l => l.Subtitle, (l, v) => l.Subtitle = v),
        new("privacy_url.txt", MetadataResource.AppInfoLocalization, "privacyPolicyUrl", null, true, l => l.PrivacyUrl, (l, v) => l.PrivacyUrl = v),
        new("apple_tv_privacy_policy.txt", MetadataResource.AppInfoLocalization, "privacyPolicyText", null, false, l => l.AppleTvPrivacyPolicy, (l, v) => l.AppleTvPrivacyPolicy = v),
        new("description.txt", MetadataResource.VersionLocalization, "description", LongTextLength, false, l => l.Description, (l, v) => l.Description = v),
        new("keywords.txt", MetadataResource.VersionLocalization, "keywords", KeywordsLength, false, l => l.Keywords, (l, v) => l.Keywords = v),
        new("promotional_text.txt", MetadataResource.VersionLocalization, "promotionalText", PromotionalTextLength, false, l => l.PromotionalText, (l, v) => l.PromotionalText = v),
        new("release_notes.txt", MetadataResource.VersionLocalization, "whatsNew", LongTextLength, false, l => l.ReleaseNotes, (l, v) => l.ReleaseNotes = v),
        new("marketing_url.txt", MetadataResource.VersionLocalization, "marketingUrl", null, true, l => l.MarketingUrl, (l, v) => l.MarketingUrl = v),
        new("support_url.txt", MetadataResource.VersionLocalization, "supportUrl", null, true, l => l.SupportUrl, (l, v) => l.SupportUrl = v),
    ];

    public static IReadOnlyList<ListingField> Listing { get; } =
    [
        new("copyright.txt", MetadataResource.Version, "copyright", false, m => m.Copyright, (m, v) => m.Copyright = v),
        new("primary_category.txt", MetadataResource.AppInfo, "primaryCategory", false, m => m.PrimaryCategory, (m, v) => m.PrimaryCategory = v),
        new("primary_first_sub_category.txt", MetadataResource.AppInfo, "primarySubcategoryOne", false, m => m.PrimaryFirstSubCategory, (m, v) => m.PrimaryFirstSubCategory = v),
        new("primary_second_sub_category.txt", MetadataResource.AppInfo, "primarySubcategoryTwo", false, m => m.PrimarySecondSubCategory, (m, v) => m.PrimarySecondSubCategory = v),
        new("secondary_category.txt", MetadataResource.AppInfo, "secondaryCategory", false, m => m.SecondaryCategory, (m, v) => m.SecondaryCategory = v),
        new("secondary_first_sub_category.txt", MetadataResource.AppInfo, "secondarySubcategoryOne", false, m => m.SecondaryFirstSubCategory, (m, v) => m.SecondaryFirstSubCategory = v),
        new("secondary_second_sub_category.txt", MetadataResource.AppInfo, "secondarySubcategoryTwo", false, m => m.SecondarySecondSubCategory, (m, v) => m.SecondarySecondSubCategory = v),
        new("review_information/first_name.txt", MetadataResource.ReviewDetail, "contactFirstName", false, m => m.ReviewInformation.FirstName, (m, v) => m.ReviewInformation.FirstName = v),
        new("review_information/last_name.txt", MetadataResource.ReviewDetail, "contactLastName", false, m => m.ReviewInformation.LastName, (m, v) => m.ReviewInformation.LastName = v),
        new("review_information/phone_number.txt", MetadataResource.ReviewDetail, "contactPhone", false, m => m.ReviewInformation.PhoneNumber, (m, v) => m.ReviewInformation.PhoneNumber = v),
        new("review_information/email_address.txt", MetadataResource.ReviewDetail, "contactEmail", false, m => m.ReviewInformation.EmailAddress, (m, v) => m.ReviewInformation.EmailAddress = v),
        new("review_information/demo_user.txt", MetadataResource.ReviewDetail, "demoAccountName", false, m => m.ReviewInformation.DemoUser, (m, v) => m.ReviewInformation.DemoUser = v),
        new("review_information/demo_password.txt", MetadataResource.ReviewDetail, "demoAccountPassword", true, m => m.ReviewInformation.DemoPassword, (m, v) => m.ReviewInformation.DemoPassword = v),
        new("review_information/notes.txt", MetadataResource.ReviewDetail, "notes", false, m => m.ReviewInformation.Notes, (m, v) => m.ReviewInformation.Notes = v),
    ];

    /// <summary>
    /// The locales App Store Connect offers for a listing (fastlane's <c>Deliver::Languages::ALL_LANGUAGES</c>, which
    /// follows Apple's list); <c>default</c> is fastlane's fallback folder, copied into every locale that lacks a file.
    /// </summary>
    public static IReadOnlySet<string> Locales { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ar-SA", "ca", "cs", "da", "de-DE", "el", "en-AU", "en-CA", "en-GB", "en-US", "es-ES", "es-MX", "fi", "fr-CA", "fr-FR", "he", "hi", "hr", "hu",
        "id", "it", "ja", "ko", "ms", "nl-NL", "no", "pl", "pt-BR", "pt-PT", "ro", "ru", "sk", "sv", "th", "tr", "uk", "vi", "zh-Hans", "zh-Hant",
    };

    public const string DefaultLocale = "default";

    /// <summary>Apple's category ids (<c>GET /v1/appCategories</c>; fastlane <c>app_category.rb</c>), subcategories with their parent.</summary>
    public static IReadOnlyDictionary<string, string?> Categories { get; } = BuildCategories();

    private static Dictionary<string, string?> BuildCategories()
    {
        var categories = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var id in new[]
        {
            "BOOKS", "BUSINESS", "DEVELOPER_TOOLS", "EDUCATION", "ENTERTAINMENT", "FINANCE", "FOOD_AND_DRINK", "GAMES", "GRAPHICS_AND_DESIGN", "HEALTH_AND_FITNESS",
            "LIFESTYLE", "MAGAZINES_AND_NEWSPAPERS", "MEDICAL", "MUSIC", "NAVIGATION", "NEWS", "PHOTO_AND_VIDEO", "PRODUCTIVITY", "REFERENCE", "SHOPPING",
            "SOCIAL_NETWORKING", "SPORTS", "STICKERS", "TRAVEL", "UTILITIES", "WEATHER",
        })
        {
            categories[id] = null;
        }

        foreach (var sub in new[] { "ACTION", "ADVENTURE", "BOARD", "CARD", "CASINO", "CASUAL", "FAMILY", "MUSIC", "PUZZLE", "RACING", "ROLE_PLAYING", "SIMULATION", "SPORTS", "STRATEGY", "TRIVIA", "WORD" })
        {
            categories["GAMES_" + sub] = "GAMES";
        }

        foreach (var sub in new[] { "ANIMALS", "ART", "CELEBRATIONS", "CELEBRITIES", "CHARACTERS", "EATING_AND_DRINKING", "EMOJI_AND_EXPRESSIONS", "FASHION", "GAMING", "KIDS_AND_FAMILY", "MOVIES_AND_TV", "MUSIC", "PEOPLE", "PLACES_AND_OBJECTS", "SPORTS_AND_ACTIVITIES" })
        {
            categories["STICKERS_" + sub] = "STICKERS";
        }

        return categories;
    }
}
