namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// The app preview folder, in the screenshot folder's layout (<c>app_previews/&lt;locale&gt;/*.mp4|mov|m4v</c>): a
/// QuickTime or MPEG-4 movie whose video size is an App Store preview size (<see cref="PreviewTypes"/>), at most
/// 3 per locale and preview type.
/// </summary>
internal static class PreviewFolder
{
    /// <summary>The most previews App Store Connect keeps in one set (Apple's "up to three app previews").</summary>
    public const int MaxPerSet = 3;

    public static MediaFolderRules Rules { get; } = new("app previews", "app_previews/en-US/*.mp4", [".mp4", ".mov", ".m4v"], MaxPerSet, null, Classify);

    private static string? Classify(string shown, string file, bool inSubFolder, List<string> problems)
    {
        if (VideoInfo.Read(file) is not { } video)
        {
            problems.Add($"{shown} is not a QuickTime or MPEG-4 movie with a video track (no moov/trak/tkhd with a size): export it as H.264 .mp4 or .mov.");
            return null;
        }

        var type = PreviewTypes.Resolve(video.Width, video.Height, Path.GetFileName(file), out var problem);
        if (problem is not null)
        {
            problems.Add($"{shown} {problem}");
        }

        return type;
    }
}
