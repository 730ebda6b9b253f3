using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Media;
using Cake.AppStoreConnect.Client.Uploads;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// Makes the screenshots or app previews (<see cref="MediaSyncKind"/>) of an editable App Store version what a folder holds. Everything is read and planned
/// before the first write (a locale the version lacks fails then); files whose MD5 App Store Connect already has
/// are not sent; new ones go through the asset-upload engine builds use and are committed with their MD5; each
/// round waits with one read per set per poll and fails fast with Apple's errors; an old file is deleted only
/// once its replacements are processed; a last reorder puts each set in the folder's natural file-name order.
/// </summary>
internal sealed class MediaSyncService
{
    private readonly AppStoreConnectClient _client;
    private readonly AppMediaClient _media;
    private readonly MediaSyncKind _kind;
    private readonly HttpClient _uploadHttp;
    private readonly TimeProvider _time;
    private readonly Lock _planGate = new();

    public MediaSyncService(AppStoreConnectClient client, MediaSyncKind kind, HttpClient? uploadHttp = null, TimeProvider? time = null)
    {
        _client = client;
        _kind = kind;
        _media = kind.Media(client);
        _uploadHttp = uploadHttp ?? AscHttp.Shared;
        _time = time ?? TimeProvider.System;
    }

    private IAscLog Log => _client.Connection.Log;

    public async Task<AscChangeResult<IReadOnlyList<AscMediaPlanEntry>>> SyncAsync(string app, string folder, AscSyncMediaSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var platform = AscInput.Platform(settings.Platform);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Concurrency, 1, nameof(settings.Concurrency));
        var files = _kind.Read(folder, settings);
        var plan = ChangePlan.For(_client.Connection, settings);
        var entries = new List<AscMediaPlanEntry>();

        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var version = await FindEditableVersionAsync(resolved, platform, settings.VersionString, cancellationToken);
        var sets = await ReadSetsAsync(version, files, MediaSyncKind.FrameOf(settings), cancellationToken);
        var subject = $"{_kind.Plural} of {resolved.Name} {version.VersionString} ({platform})";
        if (settings.DryRun)
        {
            foreach (var set in sets)
            {
                Describe(set, plan, entries);
            }

            plan.Finish(subject);
            return plan.Result<IReadOnlyList<AscMediaPlanEntry>>(entries);
        }

        foreach (var set in sets.Where(s => !s.Changed))
        {
            Describe(set, plan, entries);
        }

        var changing = sets.Where(s => s.Changed).ToList();
        foreach (var set in changing)
        {
            foreach (var file in set.Kept)
            {
                Record(plan, entries, set, file.FileName, AscMediaAction.Keep);
            }

            await EnsureSetAsync(set, plan, entries, cancellationToken);
            foreach (var asset in set.Unshown)
            {
                await _media.DeleteAssetAsync(asset.Id, cancellationToken);
                set.Count--;
                Record(plan, entries, set, $"{asset.FileName} ({asset.State})", AscMediaAction.Delete);
            }
        }

        await UploadInRoundsAsync(changing, settings, plan, entries, cancellationToken);
        foreach (var set in changing)
        {
            foreach (var change in set.Retime)
            {
                await _media.SetPreviewFrameTimeCodeAsync(change.AssetId, change.Wanted, cancellationToken);
                Record(plan, entries, set, change.Shown, AscMediaAction.SetFrameTimeCode);
            }

            await ReorderAsync(set, plan, entries, cancellationToken);
        }

        plan.Finish(subject);
        return plan.Result<IReadOnlyList<AscMediaPlanEntry>>(entries);
    }

    private async Task<AscAppStoreVersion> FindEditableVersionAsync(Client.Apps.AscApp app, string platform, string? versionString, CancellationToken cancellationToken)
    {
        var versions = await _client.AppStoreVersions.ListAsync(app.Id, platform, versionString, null, cancellationToken);
        if (versions.FirstOrDefault(v => v.IsEditable) is { } editable)
        {
            return editable;
        }

        var blocking = versions.Count == 0 ? "there is none" : string.Join(", ", versions.Take(3).Select(v => $"{v.VersionString} is {v.State}"));
        throw new AscMediaSyncException(versionString is null
            ? $"{app.Name} has no editable App Store version on {platform} ({blocking}); {_kind.Plural} change only while a version is being prepared. Create the next version first (AscPrepareAppStoreVersion), then sync again."
            : $"{app.Name} {versionString} on {platform} cannot take {_kind.Plural} now ({blocking}); {_kind.Plural} change only while a version is being prepared. Sync them to the next version (.ForVersion(...)) or cancel its review first.");
    }

    /// <summary>Reads, per locale, the localization and its sets, and per display type the set's files: everything the plan needs.</summary>
    private async Task<List<MediaSetPlan>> ReadSetsAsync(AscAppStoreVersion version, IReadOnlyList<LocalMediaFile> files, PosterFrame? frame, CancellationToken cancellationToken)
    {
        var localizations = await _client.AppStoreVersionLocalizations.ListAsync(version.Id, cancellationToken);
        var missing = files.Select(f => f.Locale).Distinct(StringComparer.Ordinal)
            .Where(l => !localizations.Any(x => string.Equals(x.Locale, l, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            throw new AscMediaSyncException($"Version {version.VersionString} has no localization for {string.Join(", ", missing)} (it has {string.Join(", ", localizations.Select(l => l.Locale))}); nothing was changed. Add the locale first (AscSyncMetadata, or App Store Connect) or remove its {_kind.Plural} folder.");
        }

        var sets = new List<MediaSetPlan>();
        foreach (var locale in files.GroupBy(f => f.Locale, StringComparer.Ordinal))
        {
            var localization = localizations.First(x => string.Equals(x.Locale, locale.Key, StringComparison.OrdinalIgnoreCase));
            var remoteSets = await _media.ListSetsAsync(localization.Id, cancellationToken);
            foreach (var type in locale.GroupBy(f => f.DisplayType, StringComparer.Ordinal))
            {
                var remote = remoteSets.FirstOrDefault(s => s.DisplayType == type.Key);
                var assets = remote is null ? [] : await _media.ListAssetsAsync(remote.Id, cancellationToken);
                sets.Add(new MediaSetPlan(locale.Key, localization.Id, type.Key, remote, assets, [.. type], frame));
            }
        }

        return sets;
    }

    private static void Describe(MediaSetPlan set, ChangePlan plan, List<AscMediaPlanEntry> entries)
    {
        if (set.Remote is null)
        {
            Note(plan, entries, set, string.Empty, AscMediaAction.CreateSet);
        }

        foreach (var asset in set.Unshown.Concat(set.Obsolete))
        {
            Note(plan, entries, set, $"{asset.FileName} ({asset.State})", AscMediaAction.Delete);
        }

        foreach (var file in set.Wanted)
        {
            var action = set.Kept.Contains(file) ? AscMediaAction.Keep
                : set.Pending.First(p => p.File == file).Reserved is null ? AscMediaAction.Upload
                : AscMediaAction.Finish;
            Note(plan, entries, set, file.FileName, action);
        }

        foreach (var change in set.Retime)
        {
            Note(plan, entries, set, change.Shown, AscMediaAction.SetFrameTimeCode);
        }

        if (set.NeedsReorder)
        {
            Note(plan, entries, set, string.Empty, AscMediaAction.Reorder);
        }
    }

    private static void Note(ChangePlan plan, List<AscMediaPlanEntry> entries, MediaSetPlan set, string file, string action)
    {
        var entry = new AscMediaPlanEntry(set.Locale, set.DisplayType, file, action);
        entries.Add(entry);
        if (action == AscMediaAction.Keep)
        {
            plan.InPlace(entry.ToString());
        }
        else
        {
            plan.Change(entry.ToString());
        }
    }

    private void Record(ChangePlan plan, List<AscMediaPlanEntry> entries, MediaSetPlan set, string file, string action)
    {
        lock (_planGate)
        {
            Note(plan, entries, set, file, action);
        }
    }

    private async Task EnsureSetAsync(MediaSetPlan set, ChangePlan plan, List<AscMediaPlanEntry> entries, CancellationToken cancellationToken)
    {
        if (set.Remote is not null)
        {
            return;
        }

        var (created, _) = await IdempotentCreate.RunAsync(
            $"the {set.Name} {_kind.Noun} set",
            async ct => (await _media.ListSetsAsync(set.LocalizationId, ct)).FirstOrDefault(s => s.DisplayType == set.DisplayType),
            ct => _media.CreateSetAsync(set.LocalizationId, set.DisplayType, ct),
            Log,
            cancellationToken: cancellationToken);
        set.Remote = created;
        Record(plan, entries, set, string.Empty, AscMediaAction.CreateSet);
    }

    /// <summary>
    /// Sends what fits in each set (10 screenshots or 3 previews at most), waits for it to be processed, then deletes as many files it
    /// replaces, and again until every file is there: a set is never emptier than before, whatever is interrupted.
    /// </summary>
    private async Task UploadInRoundsAsync(List<MediaSetPlan> sets, AscSyncMediaSettings settings, ChangePlan plan, List<AscMediaPlanEntry> entries, CancellationToken cancellationToken)
    {
        var uploader = new AscAssetUploader(_uploadHttp, new AscUploadOptions { Concurrency = 1 }, _client.Connection.Options, Log, _time);
        while (true)
        {
            var round = new List<(MediaSetPlan Set, List<PendingUpload> Batch)>();
            foreach (var set in sets.Where(s => s.Pending.Count > 0))
            {
                if (set.Count >= _kind.MaxPerSet && set.Obsolete.Count > 0)
                {
                    // A full set: one old file makes room first (the set stays as full as it was but for this one).
                    await DeleteObsoleteAsync(set, 1, plan, entries, cancellationToken);
                }

                // A reservation an earlier run left is already counted; each new one takes a place.
                var room = _kind.MaxPerSet - set.Count;
                var batch = new List<PendingUpload>();
                foreach (var upload in set.Pending.ToList())
                {
                    if (upload.Reserved is null && room-- <= 0)
                    {
                        break;
                    }

                    batch.Add(upload);
                    set.Pending.Remove(upload);
                }

                if (batch.Count > 0)
                {
                    round.Add((set, batch));
                }
            }

            if (round.Count == 0 && sets.Any(s => s.Pending.Count > 0))
            {
                throw new InvalidOperationException($"A {_kind.Noun} set is full and holds nothing to replace; this is a bug in the plan.");
            }

            if (round.Count == 0 && sets.All(s => s.Processing.Count == 0))
            {
                break;
            }

            // Reserved one after another, so App Store Connect appends them in the folder's order; sent in parallel.
            var sends = new List<(MediaSetPlan Set, PendingUpload Upload, AscMediaAsset Asset)>();
            foreach (var (set, batch) in round)
            {
                foreach (var upload in batch)
                {
                    sends.Add((set, upload, await ReserveAsync(set, upload, cancellationToken)));
                }
            }

            await Parallel.ForEachAsync(sends, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken }, async (send, ct) =>
            {
                var sent = await uploader.UploadAsync(new AscAssetUpload(send.Upload.File.Path, send.Asset.Operations)
                {
                    ChecksumAlgorithms = [AscChecksumAlgorithm.Md5],
                    RefreshOperations = async c => (await _media.GetAssetAsync(send.Asset.Id, c)).Operations,
                }, ct);
                await _media.CommitAsync(send.Asset.Id, sent.Checksums[AscChecksumAlgorithm.Md5], ct);
                Record(plan, entries, send.Set, send.Upload.File.FileName, send.Upload.Reserved is null ? AscMediaAction.Upload : AscMediaAction.Finish);
            });

            foreach (var (set, _, asset) in sends)
            {
                set.Processing.Add(asset.Id);
            }

            await WaitForProcessingAsync(sets.Where(s => s.Processing.Count > 0).ToList(), settings, cancellationToken);
            foreach (var (set, batch) in round)
            {
                await DeleteObsoleteAsync(set, batch.Count, plan, entries, cancellationToken);
            }
        }

        foreach (var set in sets)
        {
            await DeleteObsoleteAsync(set, set.Obsolete.Count, plan, entries, cancellationToken);
        }
    }

    /// <summary>Reserves a file, or reads again the reservation an interrupted run left for it (never a second one).</summary>
    private async Task<AscMediaAsset> ReserveAsync(MediaSetPlan set, PendingUpload upload, CancellationToken cancellationToken)
    {
        var file = upload.File;
        if (upload.Reserved is { } reserved)
        {
            Log.Write(AscLogLevel.Information, $"Finishing {file.Shown}: an earlier run reserved it as {reserved.Id} and did not commit it.");
            var fresh = await _media.GetAssetAsync(reserved.Id, cancellationToken);
            set.AssetOf[file] = fresh.Id;
            return fresh;
        }

        var known = set.AssetOf.Values.ToHashSet(StringComparer.Ordinal);
        var (asset, _) = await IdempotentCreate.RunAsync(
            $"the {_kind.Noun} {file.Shown}",
            async ct => (await _media.ListAssetsAsync(set.Remote!.Id, ct)).FirstOrDefault(a => !known.Contains(a.Id) && a.State == AscMediaState.AwaitingUpload && a.FileName == file.FileName && a.FileSize == file.Size),
            ct => _media.ReserveAsync(set.Remote!.Id, file.FileName, file.Size, set.Frame?.Code, ct),
            Log,
            cancellationToken: cancellationToken);
        set.AssetOf[file] = asset.Id;
        set.Count++;
        return asset;
    }

    /// <summary>Reads each set that has files processing, once per poll, until all are COMPLETE; a FAILED one stops the run with Apple's errors.</summary>
    private async Task WaitForProcessingAsync(List<MediaSetPlan> sets, AscSyncMediaSettings settings, CancellationToken cancellationToken)
    {
        if (sets.Count == 0)
        {
            return;
        }

        var polling = new AscPollingSettings(settings.Timeout, settings.PollInterval, settings.MaxPollInterval);
        await AscPoller.PollAsync(
            _client.Connection,
            polling,
            _time,
            $"processing of {sets.Sum(s => s.Processing.Count)} {_kind.Noun}(s) in {sets.Count} set(s)",
            async ct =>
            {
                var states = new List<(MediaSetPlan Set, AscMediaAsset Asset)>();
                foreach (var set in sets.Where(s => s.Processing.Count > 0))
                {
                    var assets = await _media.ListAssetsAsync(set.Remote!.Id, ct);
                    states.AddRange(assets.Where(a => set.Processing.Contains(a.Id)).Select(a => (set, a)));
                    set.Processing.RemoveAll(id => assets.Any(a => a.Id == id && a.State == AscMediaState.Complete));
                }

                return states;
            },
            states =>
            {
                if (states.FirstOrDefault(s => s.Asset.State == AscMediaState.Failed) is { Asset: not null } failed)
                {
                    throw new AscMediaSyncException(
                        $"App Store Connect could not process the {failed.Set.Name} {_kind.Noun} {failed.Asset.FileName}: {string.Join("; ", failed.Asset.Errors.Select(e => AscText.Echo(e)))}. Fix the file and sync again; the failed {_kind.Noun} is deleted then, and the ones it was to replace are still there.",
                        failed.Asset.Errors);
                }

                return sets.All(s => s.Processing.Count == 0);
            },
            states => string.Join(", ", states.GroupBy(s => s.Asset.State).Select(g => $"{g.Count()} {g.Key}")),
            (waited, state) => new AscMediaSyncException($"The {_kind.Plural} were still processing after {waited:g} ({state}). Sync again later: what is processing is kept and waited for, nothing is uploaded twice."),
            cancellationToken);
    }

    private async Task DeleteObsoleteAsync(MediaSetPlan set, int count, ChangePlan plan, List<AscMediaPlanEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var asset in set.Obsolete.Take(count).ToList())
        {
            await _media.DeleteAssetAsync(asset.Id, cancellationToken);
            set.Obsolete.Remove(asset);
            set.Count--;
            Record(plan, entries, set, $"{asset.FileName} ({asset.State})", AscMediaAction.Delete);
        }
    }

    /// <summary>Puts the set in the folder's order when it is not; read again only when something in it changed.</summary>
    private async Task ReorderAsync(MediaSetPlan set, ChangePlan plan, List<AscMediaPlanEntry> entries, CancellationToken cancellationToken)
    {
        var wanted = set.Wanted.Select(f => set.AssetOf[f]).ToList();
        var current = (await _media.ListAssetsAsync(set.Remote!.Id, cancellationToken)).Select(a => a.Id).ToList();
        if (current.SequenceEqual(wanted))
        {
            return;
        }

        await _media.ReorderAsync(set.Remote.Id, wanted, cancellationToken);
        Record(plan, entries, set, string.Empty, AscMediaAction.Reorder);
    }
}
