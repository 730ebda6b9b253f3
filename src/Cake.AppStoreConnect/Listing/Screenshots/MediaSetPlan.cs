using Cake.AppStoreConnect.Client.Media;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// One locale and display type: the files wanted in order, what App Store Connect holds, and what to do about
/// the difference. A file is kept when an asset has its MD5 (and did not fail); an asset an interrupted run
/// reserved for the same file name and size is finished, never reserved again; the rest is uploaded. Assets
/// no file wants are deleted: at once when they are not shown (failed, never committed), else only once their
/// replacements are processed.
/// </summary>
internal sealed class MediaSetPlan
{
    public MediaSetPlan(string locale, string localizationId, string displayType, AscMediaSet? remote, IReadOnlyList<AscMediaAsset> assets, IReadOnlyList<LocalMediaFile> wanted, PosterFrame? frame = null)
    {
        Locale = locale;
        LocalizationId = localizationId;
        DisplayType = displayType;
        Remote = remote;
        Wanted = wanted;
        Frame = frame;
        Count = assets.Count;
        var unused = assets.ToList();
        foreach (var file in wanted)
        {
            var kept = unused.FirstOrDefault(a => a.State != AscMediaState.Failed && string.Equals(a.SourceFileChecksum, file.Md5, StringComparison.OrdinalIgnoreCase));
            var reserved = kept is null ? unused.FirstOrDefault(a => a.State == AscMediaState.AwaitingUpload && a.FileName == file.FileName && a.FileSize == file.Size) : null;
            if ((kept ?? reserved) is { } asset)
            {
                unused.Remove(asset);
                AssetOf[file] = asset.Id;
                if (frame is { Enforced: true } && asset.PreviewFrameTimeCode != frame.Code)
                {
                    Retime.Add(new FrameChange(file, asset.Id, asset.PreviewFrameTimeCode, frame.Code));
                }
            }

            if (kept is not null)
            {
                Kept.Add(file);
                if (kept.State != AscMediaState.Complete)
                {
                    Processing.Add(kept.Id);
                }
            }
            else
            {
                Pending.Add(new PendingUpload(file, reserved));
            }
        }

        Unshown = [.. unused.Where(a => a.State is AscMediaState.Failed or AscMediaState.AwaitingUpload)];
        Obsolete = [.. unused.Except(Unshown)];
        // New reservations are appended in the folder's order, so a reorder is needed only when the kept ones
        // are out of order, a new file belongs before a kept one, or an old reservation is finished where it stands.
        var keptIds = Kept.Select(k => AssetOf[k]).ToHashSet(StringComparer.Ordinal);
        var keptInRemoteOrder = assets.Select(a => a.Id).Where(keptIds.Contains);
        var uploadsAtTail = wanted.SkipWhile(Kept.Contains).All(f => !Kept.Contains(f));
        NeedsReorder = !keptInRemoteOrder.SequenceEqual(Kept.Select(k => AssetOf[k])) || !uploadsAtTail || Pending.Any(p => p.Reserved is not null);
    }

    public string Locale { get; }

    public string LocalizationId { get; }

    public string DisplayType { get; }

    public AscMediaSet? Remote { get; set; }

    public IReadOnlyList<LocalMediaFile> Wanted { get; }

    /// <summary>Gets the poster frame new previews are reserved with; <see langword="null"/> for screenshots.</summary>
    public PosterFrame? Frame { get; }

    /// <summary>Gets the asset of each wanted file, as they become known.</summary>
    public Dictionary<LocalMediaFile, string> AssetOf { get; } = [];

    public List<LocalMediaFile> Kept { get; } = [];

    /// <summary>Gets the assets committed but not processed yet, waited for before anything they replace is deleted.</summary>
    public List<string> Processing { get; } = [];

    public List<PendingUpload> Pending { get; } = [];

    /// <summary>Gets the assets nobody sees (failed or never committed) that no file wants: deleted first.</summary>
    public List<AscMediaAsset> Unshown { get; }

    /// <summary>Gets the shown assets no file wants: deleted once their replacements are processed.</summary>
    public List<AscMediaAsset> Obsolete { get; }

    /// <summary>Gets or sets how many assets the set holds now (App Store Connect keeps at most 10).</summary>
    public int Count { get; set; }

    public bool NeedsReorder { get; set; }

    /// <summary>Gets the kept (or earlier reserved) previews whose poster frame is not the one asked for.</summary>
    public List<FrameChange> Retime { get; } = [];

    public bool Changed => Remote is null || Pending.Count > 0 || Processing.Count > 0 || Unshown.Count > 0 || Obsolete.Count > 0 || NeedsReorder || Retime.Count > 0;

    public string Name => $"{Locale} {DisplayType}";
}

/// <summary>A file to send: a new reservation, or the one an interrupted run left.</summary>
internal sealed record PendingUpload(LocalMediaFile File, AscMediaAsset? Reserved);

/// <summary>A preview's poster frame to change, shown in the plan as <c>file (old -> new)</c>.</summary>
internal sealed record FrameChange(LocalMediaFile File, string AssetId, string? Current, string Wanted)
{
    public string Shown => $"{File.FileName} ({Current ?? "none"} -> {Wanted})";
}
