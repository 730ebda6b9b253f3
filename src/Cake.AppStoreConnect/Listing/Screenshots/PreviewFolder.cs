using System.Globalization;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// The app preview folder, in the screenshot folder's layout (<c>app_previews/&lt;locale&gt;/*.mp4|mov|m4v</c>), checked
/// before any request with fastlane deliver's preview rules (<c>deliver/lib/deliver/sync_app_previews.rb</c>): a
/// QuickTime or MPEG-4 movie with a video track, 15 to 30 seconds long, under 500 MB, whose video size is a size
/// of its preview type (<see cref="PreviewTypes"/>), at most 3 per locale and preview type, and a poster frame
/// (<see cref="PreviewFrameTimeCode"/>) before its end.
/// </summary>
internal static class PreviewFolder
{
    /// <summary>
    /// The most previews App Store Connect keeps in one set: "up to three app previews", a third-party summary of
    /// Apple's rule, unverified here (research next-wave.md §2.3).
    /// </summary>
    public const int MaxPerSet = 3;

    /// <summary>
    /// The largest preview, in bytes, under fastlane's "500 MB": decimal megabytes, the smaller reading, since
    /// whether Apple counts 2^20 is not known.
    /// </summary>
    public const long MaxFileSize = 500_000_000;

    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(30);

    // Movie formats people export that App Store Connect does not take: named as errors, not silently skipped.
    private static readonly string[] OtherVideoExtensions = [".avi", ".mkv", ".webm", ".wmv", ".flv", ".mpg", ".mpeg", ".3gp", ".ogv", ".gif", ".m2ts", ".mts"];

    public static MediaFolderRules Rules { get; } = RulesFor(null);

    /// <summary>The folder rules with a poster frame each preview must be long enough for.</summary>
    /// <param name="frame">The wanted <c>previewFrameTimeCode</c>, already checked; <see langword="null"/>: fastlane's default.</param>
    public static MediaFolderRules RulesFor(string? frame)
    {
        var frameSeconds = PreviewFrameTimeCode.Seconds(frame ?? PreviewFrameTimeCode.Default, "PreviewFrameTimeCode");
        return new("app previews", "app_previews/en-US/*.mp4", [".mp4", ".mov", ".m4v"], MaxPerSet, null, (shown, file, _, problems) => Classify(shown, file, frame, frameSeconds, problems))
        {
            Refused = OtherVideoExtensions,
            MaxPerSetNote = " (a third-party summary of Apple's limit, unverified)",
        };
    }

    private static string? Classify(string shown, string file, string? frame, int frameSeconds, List<string> problems)
    {
        var found = problems.Count;
        var length = new FileInfo(file).Length;
        if (length >= MaxFileSize)
        {
            problems.Add($"{shown} is {length / 1_000_000.0:0.0} MB ({length} bytes); App Store Connect takes previews under 500 MB: export it at a lower bit rate.");
        }

        if (VideoInfo.Read(file) is not { } video)
        {
            problems.Add($"{shown} is not a QuickTime or MPEG-4 movie with a video track (no moov/trak/tkhd with a size): export it as H.264 .mp4 or .mov.");
            return null;
        }

        if (video.Duration is not { } duration)
        {
            problems.Add($"{shown} gives no length (its movie header moov/mvhd is missing or says 'unknown'): export it again as .mp4 or .mov, 15 to 30 seconds long.");
        }
        else if (duration < MinDuration || duration > MaxDuration)
        {
            problems.Add($"{shown} is {Seconds(duration)} s long; App Store previews last 15 to 30 seconds: {(duration < MinDuration ? "lengthen" : "shorten")} it to 15-30 s.");
        }
        else if (frameSeconds >= duration.TotalSeconds)
        {
            problems.Add($"{shown} is {Seconds(duration)} s long, so its poster frame PreviewFrameTimeCode {frame ?? PreviewFrameTimeCode.Default} is past its end: set one before {Seconds(duration)} s, such as {PreviewFrameTimeCode.Default}.");
        }

        var type = PreviewTypes.Resolve(video.Width, video.Height, Path.GetFileName(file), out var problem);
        if (problem is not null)
        {
            problems.Add($"{shown} {problem}");
        }

        return problems.Count == found ? type : null;
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
