using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Uploads;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>
/// Uploads an IPA or PKG through the Build Upload API and waits for it to be processed. Safe to re-run:
/// an upload already COMPLETE or PROCESSING is found and reused, one AWAITING_UPLOAD is resumed, a
/// FAILED one is replaced; nothing is created twice, even by two runs of one build at the same time.
/// </summary>
public sealed class BuildUploadService
{
    private readonly AppStoreConnectClient _client;
    private readonly HttpClient _uploadHttp;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The App Store Connect client.</param>
    /// <param name="uploadHttp">The HTTP client for upload parts; it must carry no Authorization header.</param>
    /// <param name="time">The clock.</param>
    public BuildUploadService(AppStoreConnectClient client, HttpClient? uploadHttp = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _uploadHttp = uploadHttp ?? AscHttp.Shared;
        _time = time ?? TimeProvider.System;
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>Uploads the archive.</summary>
    /// <param name="archivePath">The .ipa or .pkg.</param>
    /// <param name="settings">Overrides and options.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>What was done and where the build stands.</returns>
    public async Task<AscUploadBuildResult> UploadAsync(string archivePath, AscUploadBuildSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // Everything that can be wrong with the file is found before the first request.
        var archive = AppArchiveReader.Read(archivePath);
        var target = UploadTarget.From(archive, settings);
        var app = settings.AppId is { Length: > 0 } appId
            ? await _client.Apps.FindByIdAsync(appId, cancellationToken) ?? throw new AscAppNotFoundException(appId, _client.Connection.Key.ToString())
            : await AppResolver.ResolveAsync(_client, target.BundleId, cancellationToken);
        if (!string.Equals(app.BundleId, target.BundleId, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"App {app} has bundle id {app.BundleId}, but {Path.GetFileName(archivePath)} is {target.BundleId}. Upload to the app the archive was built for, or set BundleId/AppId consistently.");
        }

        Log.Write(AscLogLevel.Information, $"{Path.GetFileName(archivePath)}: {target}, {UploadProgress.Size(archive.FileSize)}, to app {app}");
        var existing = await FindExistingAsync(app, target, cancellationToken);
        if (existing?.State is AscBuildUploadState.Complete or AscBuildUploadState.Processing)
        {
            await UploadedBinaryCheck.EnsureSameAsync(_client, existing, archive, target.ToString(), cancellationToken);
        }

        var plan = ChangePlan.For(_client.Connection, settings);
        if (settings.DryRun)
        {
            return await DryRunAsync(app, target, existing, plan, cancellationToken);
        }

        AscBuildUpload upload;
        AscUploadedFile? transfer = null;
        if (existing?.State is AscBuildUploadState.Complete or AscBuildUploadState.Processing)
        {
            plan.InPlace($"{target} was already uploaded (upload {existing.Id}, {existing.State}); nothing is sent again");
            upload = existing;
        }
        else
        {
            (upload, transfer) = await SendAsync(app, target, archive, existing, settings, cancellationToken);
            if (transfer is null)
            {
                plan.InPlace($"{target} was uploaded meanwhile by another run (upload {upload.Id}, {upload.State}); nothing is sent again");
            }
            else
            {
                plan.Change($"upload {target}");
            }
        }

        var waiter = new BuildProcessingWaiter(_client, settings.Polling, _time);
        upload = await waiter.WaitForUploadAsync(upload.Id, cancellationToken);
        var buildId = await waiter.WaitForBuildIdAsync(app.Id, upload, cancellationToken);
        var build = settings.WaitForProcessing
            ? await waiter.WaitForBuildAsync(buildId, cancellationToken)
            : await _client.Builds.FindAsync(buildId, cancellationToken);
        if (build is not null)
        {
            build = await ExportCompliance.AnswerAsync(_client, build, settings.UsesNonExemptEncryption, plan, cancellationToken);
        }

        Log.Write(AscLogLevel.Information, $"{target} is {build?.ProcessingState ?? upload.State} (build {buildId}).");
        return new AscUploadBuildResult
        {
            AppId = app.Id,
            BundleId = app.BundleId,
            ShortVersion = target.ShortVersion,
            BuildNumber = target.BuildNumber,
            Platform = target.Platform,
            BuildUploadId = upload.Id,
            UploadState = upload.State,
            Build = build,
            AlreadyUploaded = transfer is null,
            Transfer = transfer,
            Changes = plan.Changes,
            AlreadyInPlace = plan.AlreadyInPlace,
        };
    }

    private async Task<(AscBuildUpload Upload, AscUploadedFile? Transfer)> SendAsync(AscApp app, UploadTarget target, AppArchiveInfo archive, AscBuildUpload? existing, AscUploadBuildSettings settings, CancellationToken cancellationToken)
    {
        if (existing?.State == AscBuildUploadState.Failed)
        {
            Log.Write(AscLogLevel.Information, $"Replacing the FAILED upload {existing.Id} of {target} ({string.Join("; ", existing.Errors)}).");
            await _client.BuildUploads.DeleteAsync(existing.Id, cancellationToken);
            existing = null;
        }

        var upload = existing ?? (await IdempotentCreate.RunAsync(
            $"the build upload of {target}",
            async ct => await FindExistingAsync(app, target, ct) is { State: not AscBuildUploadState.Failed } found ? found : null,
            ct => _client.BuildUploads.CreateAsync(app.Id, target.ShortVersion, target.BuildNumber, target.Platform, ct),
            Log,
            cancellationToken: cancellationToken)).Resource;
        if (existing is not null)
        {
            Log.Write(AscLogLevel.Information, $"Resuming upload {upload.Id} of {target}, which was reserved but not finished.");
        }

        var fileName = Path.GetFileName(archive.FilePath);
        var file = await ReserveAsync(upload, fileName, archive, cancellationToken);
        if (file.Operations.Count == 0 && await CommittedByAnotherRunAsync(upload.Id, archive, target, cancellationToken) is { } committed)
        {
            return (committed, null);
        }

        var uploader = new AscAssetUploader(_uploadHttp, new AscUploadOptions { Concurrency = settings.Concurrency }, _client.Connection.Options, Log, _time);
        var journal = AscUploadJournal.For($"{_client.Connection.BaseAddress}buildUploadFiles/{file.Id}");
        AscUploadedFile transfer;
        try
        {
            transfer = await uploader.UploadAsync(
                new AscAssetUpload(archive.FilePath, file.Operations)
                {
                    RefreshOperations = async ct => (await _client.BuildUploads.GetFileAsync(file.Id, ct)).Operations,
                    ChecksumAlgorithms = [settings.ChecksumAlgorithm],
                    Journal = journal,
                },
                cancellationToken);
        }
        catch (AscUploadException)
        {
            // Part URLs stop taking bytes once the file is committed, here by another run while this one was sending.
            if (await CommittedByAnotherRunAsync(upload.Id, archive, target, cancellationToken) is { } committedMeanwhile)
            {
                journal.Delete();
                return (committedMeanwhile, null);
            }

            throw;
        }
        var resumed = transfer.PartsResumed > 0 ? $", {transfer.PartsResumed} acknowledged before" : string.Empty;
        var retried = transfer.PartRetries > 0 ? $", {transfer.PartRetries} sent again" : string.Empty;
        Log.Write(AscLogLevel.Information, $"Uploaded {fileName} ({UploadProgress.Size(transfer.Bytes)}) in {transfer.Elapsed.TotalSeconds:0.#} s at {UploadProgress.Rate(transfer.Bytes, transfer.Elapsed)}, {transfer.Parts} part(s){resumed}{retried}.");
        try
        {
            await _client.BuildUploads.CommitFileAsync(file.Id, transfer.Checksum, transfer.ChecksumAlgorithm, cancellationToken);
        }
        catch (AscApiException)
        {
            // A refused commit (a part missing or a checksum the server does not see) is finished by sending every part again.
            journal.Delete();
            if (await CommittedByAnotherRunAsync(upload.Id, archive, target, cancellationToken) is { } committedMeanwhile)
            {
                return (committedMeanwhile, null);
            }

            throw;
        }

        journal.Delete();
        return (upload, transfer);
    }

    /// <summary>
    /// Another run uploading the same build at the same time (a second CI job) may commit the file first: its upload
    /// is then this build, if the bytes are the same. Null while the upload still awaits its file.
    /// </summary>
    private async Task<AscBuildUpload?> CommittedByAnotherRunAsync(string uploadId, AppArchiveInfo archive, UploadTarget target, CancellationToken cancellationToken)
    {
        var current = await _client.BuildUploads.GetAsync(uploadId, cancellationToken);
        if (current.State is not (AscBuildUploadState.Complete or AscBuildUploadState.Processing))
        {
            return null;
        }

        await UploadedBinaryCheck.EnsureSameAsync(_client, current, archive, target.ToString(), cancellationToken);
        Log.Write(AscLogLevel.Information, $"{target} was uploaded meanwhile by another run (upload {current.Id}, {current.State}); nothing is sent again.");
        return current;
    }

    private async Task<AscBuildUploadFile> ReserveAsync(AscBuildUpload upload, string fileName, AppArchiveInfo archive, CancellationToken cancellationToken)
    {
        async Task<AscBuildUploadFile?> FindReservation(CancellationToken ct)
        {
            var files = await _client.BuildUploads.GetFilesAsync(upload.Id, ct);
            var match = files.FirstOrDefault(f => f.FileSize == archive.FileSize && string.Equals(f.FileName, fileName, StringComparison.Ordinal));
            return match is null ? null : await _client.BuildUploads.GetFileAsync(match.Id, ct);
        }

        var (file, _) = await IdempotentCreate.RunAsync(
            $"the reservation of {fileName}",
            FindReservation,
            ct => _client.BuildUploads.ReserveFileAsync(upload.Id, fileName, archive.FileSize, archive.Uti, ct),
            Log,
            cancellationToken: cancellationToken);

        // A resumed upload may already hold a reservation for this file; the create above then found it.
        return file.Operations.Count > 0 ? file : await FindReservation(cancellationToken) ?? file;
    }

    private async Task<AscBuildUpload?> FindExistingAsync(AscApp app, UploadTarget target, CancellationToken cancellationToken)
    {
        var uploads = await _client.BuildUploads.ListForAppAsync(app.Id, target.ShortVersion, target.BuildNumber, target.Platform, cancellationToken: cancellationToken);

        // The most useful one: finished beats in progress beats reserved beats failed.
        return uploads
            .OrderBy(u => u.State switch
            {
                AscBuildUploadState.Complete => 0,
                AscBuildUploadState.Processing => 1,
                AscBuildUploadState.AwaitingUpload => 2,
                _ => 3,
            })
            .FirstOrDefault();
    }

    private async Task<AscUploadBuildResult> DryRunAsync(AscApp app, UploadTarget target, AscBuildUpload? existing, ChangePlan plan, CancellationToken cancellationToken)
    {
        // An upload already made has (or is becoming) a build: its id is the dry run's result, so the steps
        // after it (a wait, a distribution) can plan against it. Reads only.
        AscBuild? build = null;
        if (existing?.State is AscBuildUploadState.Complete or AscBuildUploadState.Processing)
        {
            build = existing.BuildId is { } buildId
                ? await _client.Builds.FindAsync(buildId, cancellationToken)
                : await BuildLocator.TryFindAsync(_client, app.Id, target.ShortVersion, target.BuildNumber, target.Platform, cancellationToken);
        }

        var what = existing?.State switch
        {
            AscBuildUploadState.Complete or AscBuildUploadState.Processing => $"reuse upload {existing.Id} ({existing.State}); send nothing",
            AscBuildUploadState.AwaitingUpload => $"resume upload {existing.Id}: send the parts not yet acknowledged, commit, wait for processing",
            AscBuildUploadState.Failed => $"delete FAILED upload {existing.Id}, then create a new upload, send every part, commit, wait for processing",
            _ => "create a build upload, reserve the file, send every part, commit, wait for processing",
        };
        plan.Change($"{what} for {target} of {app}");
        return new AscUploadBuildResult
        {
            AppId = app.Id,
            BundleId = app.BundleId,
            ShortVersion = target.ShortVersion,
            BuildNumber = target.BuildNumber,
            Platform = target.Platform,
            BuildUploadId = existing?.Id,
            UploadState = existing?.State,
            AlreadyUploaded = existing?.State is AscBuildUploadState.Complete or AscBuildUploadState.Processing,
            Build = build,
            DryRun = true,
            Changes = plan.Changes,
            AlreadyInPlace = plan.AlreadyInPlace,
        };
    }

    /// <summary>What is uploaded: the archive's identity with the settings' overrides.</summary>
    private sealed record UploadTarget(string BundleId, string ShortVersion, string BuildNumber, string Platform)
    {
        public static UploadTarget From(AppArchiveInfo archive, AscUploadBuildSettings settings)
        {
            var platform = AscInput.Platform(settings.Platform ?? archive.Platform);

            return new UploadTarget(
                Override(settings.BundleId, nameof(settings.BundleId), AppleFormats.IsBundleId, AppleFormats.BundleIdRule) ?? archive.BundleId,
                Override(settings.VersionString, nameof(settings.VersionString), AppleFormats.IsShortVersion, AppleFormats.VersionRule) ?? archive.ShortVersion,
                Override(settings.BuildNumber, nameof(settings.BuildNumber), AppleFormats.IsBuildVersion, AppleFormats.VersionRule) ?? archive.BuildVersion,
                platform);
        }

        private static string? Override(string? value, string setting, Func<string, bool> isValid, string rule) =>
            value is null || isValid(value)
                ? value
                : throw new ArgumentException($"The upload setting {setting} is '{AscText.Echo(value)}', which App Store Connect refuses: use {rule}, or leave it unset to use the archive's.");

        public override string ToString() => $"{BundleId} {ShortVersion} ({BuildNumber}) for {Platform}";
    }
}
