namespace Cake.AppStoreConnect.Client.Media;

/// <summary>
/// What App Store Connect's screenshot processing codes mean. Apple's <c>description</c> often only repeats the code
/// (fastlane issue 16945: "IMAGE_BAD_FILE_EXTENSION - IMAGE_BAD_FILE_EXTENSION"; Bagbutik's <c>AppMediaStateError</c>
/// extension: "In some cases the API will give the same string for <c>code</c> and <c>description</c>"), so a failed
/// screenshot would say nothing a user can act on without this.
/// </summary>
internal static class MediaErrorMeanings
{
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["IMAGE_INCORRECT_DIMENSIONS"] = "the image's pixel size is not one of its display type's screenshot sizes: export it at one of Apple's sizes for that display (portrait or landscape)",
        ["IMAGE_ALPHA_NOT_ALLOWED"] = "Images can't contain alpha channels or transparencies: flatten it, or save it as an RGB PNG or a JPEG",
        ["IMAGE_BAD_FILE_EXTENSION"] = "the file's name does not match its format (a PNG is named .png, a JPEG .jpg or .jpeg), or it is not a PNG or JPEG at all",
    };

    /// <summary>Gets <c>CODE: meaning</c>: Apple's description when it says more than the code, else the known meaning.</summary>
    /// <param name="code">Apple's <c>code</c>.</param>
    /// <param name="description">Apple's <c>description</c>.</param>
    /// <returns>The error as shown to users.</returns>
    public static string Explain(string? code, string? description)
    {
        var said = string.IsNullOrWhiteSpace(description) || string.Equals(description, code, StringComparison.Ordinal) ? null : description;
        return $"{code}: {said ?? (code is not null && Meanings.TryGetValue(code, out var meaning) ? meaning : code)}";
    }
}
