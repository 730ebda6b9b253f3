namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// Checks a listing before any request: lengths, URLs, locales, category ids and age rating answers. Every
/// problem names the file (fastlane layout) or field and the fix; all are reported at once.
/// </summary>
internal static class MetadataValidator
{
    public static void Check(AscMetadata metadata)
    {
        var problems = new List<string>();
        foreach (var (locale, texts) in metadata.Locales)
        {
            if (!MetadataFields.Locales.Contains(locale))
            {
                var near = MetadataFields.Locales.Where(l => l.StartsWith(locale.Split('-')[0], StringComparison.OrdinalIgnoreCase)).ToList();
                problems.Add($"metadata/{locale}/: '{locale}' is not a locale App Store Connect offers. Rename the folder to one of {(near.Count > 0 ? string.Join(", ", near) : "Apple's locale codes (such as en-US, de-DE, fr-FR, ja, zh-Hans)")}.");
                continue;
            }

            foreach (var field in MetadataFields.Locale)
            {
                if (field.Get(texts) is not { } value)
                {
                    continue;
                }

                var where = $"metadata/{locale}/{field.File}";
                if (field.MaxLength is { } max && value.Length > max)
                {
                    problems.Add($"{where}: {field.Attribute} is {value.Length} characters; App Store Connect accepts at most {max}. Shorten it by {value.Length - max}.");
                }

                if (field.IsUrl && !IsWebUrl(value))
                {
                    problems.Add($"{where}: '{Cake.AppStoreConnect.Client.AscText.Echo(value)}' is not an http(s) URL. Write the full address, such as https://example.com/support.");
                }
            }
        }

        CheckCategories(metadata, problems);
        foreach (var (question, answer) in metadata.AgeRating)
        {
            if (!AgeRatingQuestions.Answers.TryGetValue(question, out var allowed))
            {
                problems.Add($"age rating: '{question}' is not one of Apple's age rating questions ({string.Join(", ", AgeRatingQuestions.Answers.Keys.Take(6))}, …). Use the attribute names of Apple's AgeRatingDeclaration.");
            }
            else if (!allowed.Contains(answer))
            {
                problems.Add($"age rating: '{answer}' is not an answer to {question}. Use one of {string.Join(", ", allowed)}.");
            }
        }

        if (metadata.ReviewInformation.EmailAddress is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            problems.Add($"metadata/review_information/email_address.txt: '{Cake.AppStoreConnect.Client.AscText.Echo(email)}' is not an e-mail address.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The metadata has {problems.Count} problem(s); nothing was sent:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}");
        }
    }

    private static void CheckCategories(AscMetadata metadata, List<string> problems)
    {
        var slots = MetadataFields.Listing.Where(f => f.Resource == MetadataResource.AppInfo).ToList();
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].Get(metadata) is not { } id)
            {
                continue;
            }

            var parentSlot = slots[i < 3 ? 0 : 3];
            var where = $"metadata/{slots[i].File}";
            if (!MetadataFields.Categories.TryGetValue(id, out var parent))
            {
                problems.Add($"{where}: '{Cake.AppStoreConnect.Client.AscText.Echo(id)}' is not an App Store category id. Use one such as {string.Join(", ", MetadataFields.Categories.Where(c => c.Value is null).Select(c => c.Key).Take(8))}, … (GET /v1/appCategories lists them).");
            }
            else if (slots[i] == parentSlot && parent is not null)
            {
                problems.Add($"{where}: '{id}' is a subcategory of {parent}. Put {parent} here and '{id}' in {slots[i + 1].File}.");
            }
            else if (slots[i] != parentSlot && parent != parentSlot.Get(metadata))
            {
                problems.Add($"{where}: '{id}' is not a subcategory of {parentSlot.File} ('{parentSlot.Get(metadata)}'). Set {parentSlot.File} to {parent ?? "a category with subcategories (GAMES, STICKERS)"}, or remove this file.");
            }
        }
    }

    private static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host);
}
