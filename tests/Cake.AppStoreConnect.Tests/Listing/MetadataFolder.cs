namespace Cake.AppStoreConnect.Tests.Listing;

/// <summary>Writes a fastlane deliver metadata folder for a test: two locales, copyright, categories, App Review information.</summary>
internal static class MetadataFolder
{
    public static string Write(string root, Action<string>? change = null)
    {
        var folder = Path.Combine(root, "metadata-" + Guid.NewGuid().ToString("N")[..8]);
        Text(folder, "en-US/name.txt", "Cake Rehearsal Pro");
        Text(folder, "en-US/subtitle.txt", "Rehearse every release");
        Text(folder, "en-US/privacy_url.txt", "https://example.com/privacy");
        Text(folder, "en-US/description.txt", "Rehearses App Store releases.\nLine two.");
        Text(folder, "en-US/keywords.txt", "release,rehearsal,cake");
        Text(folder, "en-US/promotional_text.txt", "Now with listings.");
        Text(folder, "en-US/support_url.txt", "https://example.com/support");
        Text(folder, "en-US/marketing_url.txt", "https://example.com");
        Text(folder, "de-DE/name.txt", "Kuchenprobe");
        Text(folder, "de-DE/subtitle.txt", "Jede Veröffentlichung proben");
        Text(folder, "de-DE/description.txt", "Probt Veröffentlichungen im App Store.");
        Text(folder, "de-DE/keywords.txt", "veröffentlichung,probe");
        Text(folder, "default/support_url.txt", "https://example.com/hilfe");
        Text(folder, "copyright.txt", "2026 Cake Build");
        Text(folder, "primary_category.txt", "GAMES");
        Text(folder, "primary_first_sub_category.txt", "GAMES_PUZZLE");
        Text(folder, "secondary_category.txt", "DEVELOPER_TOOLS");
        Text(folder, "review_information/first_name.txt", "Ada");
        Text(folder, "review_information/last_name.txt", "Lovelace");
        Text(folder, "review_information/email_address.txt", "ada@example.com");
        Text(folder, "review_information/phone_number.txt", "+44 20 7946 0000");
        Text(folder, "review_information/demo_user.txt", "reviewer");
        Text(folder, "review_information/demo_password.txt", "s3cret-demo");
        Text(folder, "review_information/notes.txt", "Sign in with the demo account.");
        change?.Invoke(folder);
        return folder;
    }

    public static void Text(string folder, string file, string content)
    {
        var path = Path.Combine(folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content + "\n");
    }
}
