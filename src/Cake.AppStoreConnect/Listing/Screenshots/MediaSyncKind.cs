using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Media;

namespace Cake.AppStoreConnect.Listing;

/// <summary>What the one media sync needs to know about screenshots or app previews: their resources, folder rules and names.</summary>
/// <param name="Noun">One file, such as <c>screenshot</c>.</param>
/// <param name="Rules">How the folder is read and checked.</param>
/// <param name="Media">The client of the kind's sets and assets.</param>
internal sealed record MediaSyncKind(string Noun, MediaFolderRules Rules, Func<AppStoreConnectClient, AppMediaClient> Media)
{
    public static MediaSyncKind Screenshots { get; } = new("screenshot", ScreenshotFolder.Rules, c => c.Screenshots);

    public static MediaSyncKind Previews { get; } = new("app preview", PreviewFolder.Rules, c => c.Previews);

    public string Plural => Rules.Plural;

    public int MaxPerSet => Rules.MaxPerSet;

    /// <summary>The poster frame the settings ask for; <see langword="null"/> for screenshots, which have none.</summary>
    public static PosterFrame? FrameOf(AscSyncMediaSettings settings) =>
        settings is AscSyncPreviewsSettings previews ? new(previews.PreviewFrameTimeCode ?? PreviewFrameTimeCode.Default, previews.PreviewFrameTimeCode is not null) : null;

    /// <summary>Reads and checks the folder; a preview's poster frame is checked against its length too.</summary>
    public IReadOnlyList<LocalMediaFile> Read(string folder, AscSyncMediaSettings settings) =>
        MediaFolder.Read(folder, FrameOf(settings) is { } frame ? PreviewFolder.RulesFor(frame.Code) : Rules);
}

/// <summary>The poster frame of a preview sync: the time code new previews are reserved with, and whether kept ones are changed to it.</summary>
/// <param name="Code">The <c>previewFrameTimeCode</c>.</param>
/// <param name="Enforced">Whether the user set it: a kept preview with another one is changed; otherwise kept previews keep theirs.</param>
internal sealed record PosterFrame(string Code, bool Enforced);
