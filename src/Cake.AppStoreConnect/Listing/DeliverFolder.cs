using System.Text;
using System.Text.Json;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// fastlane deliver's <c>metadata/</c> layout, read and written: <c>&lt;locale&gt;/*.txt</c> (with <c>default/</c> as the
/// fallback of every locale), <c>copyright.txt</c>, the category files and <c>review_information/*.txt</c>. A value's
/// surrounding whitespace is not part of it (deliver strips it too); an empty or missing file leaves the value as it is.
/// </summary>
internal static class DeliverFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Folders deliver keeps beside the locales, which are not locales.</summary>
    private static readonly string[] NotLocales = ["review_information", "app_clip_review_information", "trade_representative_contact_information"];

    public static AscMetadata Read(string folder, string? ageRatingFile)
    {
        if (!Directory.Exists(folder))
        {
            throw new ArgumentException($"The metadata folder '{folder}' does not exist. Point to fastlane's metadata folder (the one holding en-US/, copyright.txt, …), or write one with AscDownloadMetadata.");
        }

        var metadata = new AscMetadata();
        var fallback = new AscMetadataLocale();
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            if (NotLocales.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            var texts = name == MetadataFields.DefaultLocale ? fallback : metadata.Locale(name);
            foreach (var field in MetadataFields.Locale)
            {
                field.Set(texts, ReadText(Path.Combine(directory, field.File)));
            }
        }

        foreach (var texts in metadata.Locales.Values)
        {
            foreach (var field in MetadataFields.Locale.Where(f => f.Get(texts) is null))
            {
                field.Set(texts, field.Get(fallback));
            }
        }

        foreach (var field in MetadataFields.Listing)
        {
            field.Set(metadata, ReadText(Path.Combine(folder, field.File)));
        }

        if (ageRatingFile is not null)
        {
            ReadAgeRating(ageRatingFile, metadata);
        }

        return metadata;
    }

    /// <summary>Writes the listing in deliver's layout; values not given are not written (an existing file is left alone).</summary>
    public static IReadOnlyList<string> Write(string folder, AscMetadata metadata)
    {
        var written = new List<string>();
        foreach (var (locale, texts) in metadata.Locales)
        {
            foreach (var field in MetadataFields.Locale)
            {
                WriteText(Path.Combine(folder, locale, field.File), field.Get(texts), written);
            }
        }

        foreach (var field in MetadataFields.Listing.Where(f => !f.Secret))
        {
            WriteText(Path.Combine(folder, field.File), field.Get(metadata), written);
        }

        return written;
    }

    private static string? ReadText(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path, Encoding.UTF8).Trim();
        return text.Length == 0 ? null : text.ReplaceLineEndings("\n");
    }

    private static void WriteText(string path, string? value, List<string> written)
    {
        if (value is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, value + "\n", Utf8);
        written.Add(path);
    }

    /// <summary>
    /// Reads fastlane's age rating JSON (<c>app_rating_config_path</c>): Apple's attribute names with booleans or
    /// enumeration values; fastlane's older 0/1/2 levels are read as NONE / INFREQUENT_OR_MILD / FREQUENT_OR_INTENSE.
    /// </summary>
    public static void ReadAgeRating(string file, AscMetadata metadata)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(file));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"The age rating file '{file}' could not be read as JSON: {e.Message} Give a JSON object such as {{\"gambling\": false, \"violenceCartoonOrFantasy\": \"NONE\"}}.", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"The age rating file '{file}' must hold one JSON object of answers, such as {{\"gambling\": false}}.");
            }

            foreach (var answer in document.RootElement.EnumerateObject())
            {
                string? value = answer.Value.ValueKind switch
                {
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.String => answer.Value.GetString(),
                    JsonValueKind.Number when answer.Value.TryGetInt32(out var level) && level is >= 0 and <= 2 => AgeRatingQuestions.Levels[level],
                    JsonValueKind.Null => null,
                    _ => answer.Value.GetRawText(),
                };
                if (value is not null)
                {
                    metadata.AgeRating[answer.Name] = value;
                }
            }
        }
    }
}
