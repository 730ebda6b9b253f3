namespace Cake.AppStoreConnect.Client.Media;

/// <summary>
/// What App Store Connect's screenshot and app preview processing codes mean. Apple's <c>description</c> often only repeats the code
/// (fastlane issue 16945: "IMAGE_BAD_FILE_EXTENSION - IMAGE_BAD_FILE_EXTENSION"; Bagbutik's <c>AppMediaStateError</c>
/// extension: "In some cases the API will give the same string for <c>code</c> and <c>description</c>"), so a failed
/// screenshot or preview would say nothing a user can act on without this.
/// </summary>
internal static class MediaErrorMeanings
{
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["IMAGE_INCORRECT_DIMENSIONS"] = "the image's pixel size is not one of its display type's screenshot sizes: export it at one of Apple's sizes for that display (portrait or landscape)",
        ["IMAGE_ALPHA_NOT_ALLOWED"] = "Images can't contain alpha channels or transparencies: flatten it, or save it as an RGB PNG or a JPEG",
        ["IMAGE_BAD_FILE_EXTENSION"] = "the file's name does not match its format (a PNG is named .png, a JPEG .jpg or .jpeg), or it is not a PNG or JPEG at all",

        // The preview codes are the emulator's guesses (its README marks them): no real preview failure is public, so
        // Apple's own codes may differ; a code this table does not know still shows Apple's description or the code.
        ["VIDEO_DURATION_INVALID"] = "app previews must be 15 to 30 seconds long: trim or extend the movie to that length",
        ["VIDEO_INCORRECT_DIMENSIONS"] = "the movie's pixel size is not one of its preview type's sizes (such as 886x1920 for the 6.9\" to 5.8\" iPhones, 1200x1600 for iPad, 1920x1080 for Mac and Apple TV; Mac, Apple TV and Vision Pro landscape only): export it at one of them",
        ["VIDEO_FILE_INVALID"] = "the file is not a QuickTime or MPEG-4 movie with a video track: export it as .mov, .mp4 or .m4v",
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
