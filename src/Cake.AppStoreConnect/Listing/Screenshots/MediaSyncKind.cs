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

    public IReadOnlyList<LocalMediaFile> Read(string folder) => MediaFolder.Read(folder, Rules);
}
