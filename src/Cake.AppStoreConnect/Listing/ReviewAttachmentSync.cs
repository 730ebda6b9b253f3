using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Listing;
using Cake.AppStoreConnect.Client.Media;
using Cake.AppStoreConnect.Client.Uploads;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// Makes a version's App Review attachments the one file given (deliver's <c>app_review_attachment_file</c>): kept when an
/// attachment with its name and MD5 is there; otherwise reserved, sent through the asset-upload engine builds and
/// screenshots use, committed with its MD5 and waited for; the attachments it replaces are deleted only once it is
/// COMPLETE, so an interrupted run never leaves App Review with less than before. A reservation an interrupted run left
/// for the same file is finished, not made again.
/// </summary>
internal sealed class ReviewAttachmentSync
{
    private const string Resource = "appStoreReviewAttachments";
    private readonly AppStoreConnectClient _client;
    private readonly LocalAttachment _file;
    private readonly AscSyncMetadataSettings _settings;

    private ReviewAttachmentSync(AppStoreConnectClient client, LocalAttachment file, AscSyncMetadataSettings settings)
    {
        _client = client;
        _file = file;
        _settings = settings;
    }

    private ListingClient Listing => _client.Listing;

    /// <summary>Reads the file offline (it must exist; its MD5 decides the plan), before any request.</summary>
    public static LocalAttachment? Read(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new AscListingException($"The App Review attachment file does not exist: {path}. Fix the path given to WithReviewAttachment (deliver's app_review_attachment_file), or remove it. Nothing was changed.");
        }

        if (info.Length == 0)
        {
            throw new AscListingException($"The App Review attachment file is empty: {path}. App Store Connect takes no empty file; give the document or video App Review should see. Nothing was changed.");
        }

        var md5 = ChecksumPass.Compute(info.FullName, [AscChecksumAlgorithm.Md5], CancellationToken.None)[AscChecksumAlgorithm.Md5];
        return new LocalAttachment(info.FullName, info.Name, info.Length, md5);
    }

    /// <summary>Plans the attachment against what the review detail holds: <see langword="null"/> when it is there already and alone.</summary>
    public static async Task<(AscMetadataChange Change, Func<Task> Write)?> PlanAsync(AppStoreConnectClient client, LocalAttachment file, AscSyncMetadataSettings settings, AscAppStoreVersion version, AscAppStoreReviewDetail? detail, ChangePlan plan, CancellationToken cancellationToken)
    {
        var existing = detail is null ? [] : await client.Listing.ListReviewAttachmentsAsync(detail.Id, cancellationToken);
        var same = existing.FirstOrDefault(a => a.State is AscMediaState.Complete or AscMediaState.UploadComplete && a.FileName == file.FileName && string.Equals(a.SourceFileChecksum, file.Md5, StringComparison.OrdinalIgnoreCase));
        var unfinished = same is null ? existing.FirstOrDefault(a => a.State == AscMediaState.AwaitingUpload && a.FileName == file.FileName && a.FileSize == file.Size) : null;
        var obsolete = existing.Where(a => a != same && a != unfinished).ToList();
        if (same is not null && obsolete.Count == 0)
        {
            plan.InPlace($"App Review attachment {file.FileName} (MD5 {file.Md5})");
            return null;
        }

        var old = obsolete.Count == 0 && same is null ? null : string.Join(", ", existing.Where(a => a != unfinished).Select(a => $"{a.FileName} ({a.State})"));
        var change = new AscMetadataChange(Resource, null, "file", old, same is null ? $"{file.FileName} (MD5 {file.Md5})" : $"{file.FileName} (kept)");
        var sync = new ReviewAttachmentSync(client, file, settings);
        return (change, () => sync.WriteAsync(version, detail, same, unfinished, obsolete, existing.Select(a => a.Id).ToHashSet(StringComparer.Ordinal), cancellationToken));
    }

    private async Task WriteAsync(AscAppStoreVersion version, AscAppStoreReviewDetail? detail, AscMediaAsset? same, AscMediaAsset? unfinished, List<AscMediaAsset> obsolete, HashSet<string> known, CancellationToken cancellationToken)
    {
        if (same is null)
        {
            // The review texts, when new, were created by the step before; without texts the detail is made empty here.
            detail ??= await Listing.GetReviewDetailAsync(version.Id, cancellationToken)
                ?? (await IdempotentCreate.RunAsync("the App Review information", ct => Listing.GetReviewDetailAsync(version.Id, ct), ct => Listing.CreateReviewDetailAsync(version.Id, new Dictionary<string, string>(), null, ct), _client.Connection.Log, cancellationToken: cancellationToken)).Resource;
            var reservation = await ReserveAsync(detail.Id, unfinished, known, cancellationToken);
            var sent = await new AscAssetUploader(AscHttp.Shared, new AscUploadOptions(), _client.Connection.Options, _client.Connection.Log).UploadAsync(
                new AscAssetUpload(_file.Path, reservation.Operations)
                {
                    ChecksumAlgorithms = [AscChecksumAlgorithm.Md5],
                    RefreshOperations = async ct => (await Listing.GetReviewAttachmentAsync(reservation.Id, ct)).Operations,
                },
                cancellationToken);
            await Listing.CommitReviewAttachmentAsync(reservation.Id, sent.Checksums[AscChecksumAlgorithm.Md5], cancellationToken);
            await WaitForProcessingAsync(reservation.Id, cancellationToken);
        }
        else if (same.State != AscMediaState.Complete)
        {
            // An earlier run committed it and stopped before it was processed: what it replaces stays until it is.
            await WaitForProcessingAsync(same.Id, cancellationToken);
        }

        foreach (var attachment in obsolete)
        {
            await Listing.DeleteReviewAttachmentAsync(attachment.Id, cancellationToken);
        }
    }

    private async Task<AscMediaAsset> ReserveAsync(string detailId, AscMediaAsset? unfinished, HashSet<string> known, CancellationToken cancellationToken)
    {
        if (unfinished is not null)
        {
            _client.Connection.Log.Write(AscLogLevel.Information, $"Finishing the App Review attachment {_file.FileName}: an earlier run reserved it as {unfinished.Id} and did not commit it.");
            return await Listing.GetReviewAttachmentAsync(unfinished.Id, cancellationToken);
        }

        return (await IdempotentCreate.RunAsync(
            $"the App Review attachment {_file.FileName}",
            async ct => (await Listing.ListReviewAttachmentsAsync(detailId, ct)).FirstOrDefault(a => !known.Contains(a.Id) && a.State == AscMediaState.AwaitingUpload && a.FileName == _file.FileName && a.FileSize == _file.Size),
            ct => Listing.ReserveReviewAttachmentAsync(detailId, _file.FileName, _file.Size, ct),
            _client.Connection.Log,
            cancellationToken: cancellationToken)).Resource;
    }

    private Task<AscMediaAsset> WaitForProcessingAsync(string attachmentId, CancellationToken cancellationToken) =>
        AscPoller.PollAsync(
            _client.Connection,
            new AscPollingSettings(_settings.Timeout, _settings.PollInterval, _settings.MaxPollInterval),
            TimeProvider.System,
            $"processing of the App Review attachment {_file.FileName}",
            ct => Listing.GetReviewAttachmentAsync(attachmentId, ct),
            attachment => attachment.State == AscMediaState.Failed
                ? throw new AscListingException($"App Store Connect could not process the App Review attachment {_file.FileName}: {string.Join("; ", attachment.Errors.Select(e => AscText.Echo(e)))}. Fix the file and sync again; the failed attachment is deleted then, and the one it was to replace is still there.")
                : attachment.State == AscMediaState.Complete,
            attachment => attachment.State,
            (waited, state) => new AscListingException($"The App Review attachment {_file.FileName} was still processing after {waited:g} ({state}). Sync again later: it is kept and waited for, not uploaded twice; the attachment it replaces is still there."),
            cancellationToken);
}

/// <summary>The App Review attachment on disk, read once before any request.</summary>
/// <param name="Path">The full path.</param>
/// <param name="FileName">The name App Store Connect shows.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Md5">The MD5, lower-case hex, as <c>sourceFileChecksum</c> holds it.</param>
internal sealed record LocalAttachment(string Path, string FileName, long Size, string Md5);
