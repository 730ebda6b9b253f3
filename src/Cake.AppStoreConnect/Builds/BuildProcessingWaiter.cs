using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>Waits for an upload to be accepted and for its build to finish processing.</summary>
public sealed class BuildProcessingWaiter
{
    private readonly AppStoreConnectClient _client;
    private readonly AscPollingSettings _polling;
    private readonly TimeProvider _time;

    /// <summary>Creates the waiter.</summary>
    /// <param name="client">The client.</param>
    /// <param name="polling">Timeout and intervals.</param>
    /// <param name="time">The clock.</param>
    public BuildProcessingWaiter(AppStoreConnectClient client, AscPollingSettings polling, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(polling);
        _client = client;
        _polling = polling;
        _time = time ?? TimeProvider.System;
    }

    private IAscLog Log => _client.Connection.Log;

    /// <summary>Polls an upload until it is COMPLETE; fails with Apple's findings when it is FAILED.</summary>
    /// <param name="uploadId">The upload.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The completed upload.</returns>
    public Task<AscBuildUpload> WaitForUploadAsync(string uploadId, CancellationToken cancellationToken = default) =>
        PollAsync(
            $"upload {uploadId}",
            ct => _client.BuildUploads.GetAsync(uploadId, ct),
            upload => upload.State switch
            {
                AscBuildUploadState.Complete => true,
                AscBuildUploadState.Failed => throw new AscProcessingException(
                    $"App Store Connect rejected the upload of {upload.ShortVersion} ({upload.BuildNumber}) for {upload.Platform}. Fix what Apple reports, raise the build number, and upload again; the failed upload is replaced on the next run.",
                    upload.Errors),
                _ => false,
            },
            upload => upload.State,
            cancellationToken);

    /// <summary>Polls a build until it is VALID; fails when it is INVALID or FAILED.</summary>
    /// <param name="buildId">The build.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The processed build.</returns>
    public Task<AscBuild> WaitForBuildAsync(string buildId, CancellationToken cancellationToken = default) =>
        PollAsync(
            $"build {buildId}",
            async ct => await _client.Builds.FindAsync(buildId, ct) ?? throw new AscProcessingException($"Build {buildId} does not exist (or this key cannot see it)."),
            build => build.ProcessingState switch
            {
                AscBuildProcessingState.Valid => true,
                AscBuildProcessingState.Invalid or AscBuildProcessingState.Failed => throw new AscProcessingException(
                    $"Build {build} finished processing as {build.ProcessingState}. Apple emails the account's team the reasons (missing icons, invalid signatures, private API use …); fix them, raise the build number and upload again."),
                _ => false,
            },
            build => build.ProcessingState,
            cancellationToken);

    /// <summary>Finds the build an upload became: from the upload's relationship, or by version and build number.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="upload">The completed upload.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The build's id.</returns>
    public Task<string> WaitForBuildIdAsync(string appId, AscBuildUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return PollAsync(
            $"the build of upload {upload.Id}",
            async ct =>
            {
                if (upload.BuildId is { } known)
                {
                    return known;
                }

                var fresh = await _client.BuildUploads.GetAsync(upload.Id, ct);
                if (fresh.BuildId is { } related)
                {
                    return related;
                }

                return (await BuildLocator.TryFindAsync(_client, appId, upload.ShortVersion, upload.BuildNumber, upload.Platform, ct))?.Id ?? string.Empty;
            },
            id => id.Length > 0,
            _ => "not visible yet",
            cancellationToken);
    }

    private Task<T> PollAsync<T>(string what, Func<CancellationToken, Task<T>> read, Func<T, bool> isDone, Func<T, string> describe, CancellationToken cancellationToken) =>
        AscPoller.PollAsync(
            _client.Connection,
            _polling,
            _time,
            what,
            read,
            isDone,
            describe,
            (waited, state) => new AscProcessingException($"Gave up waiting for {what} after {waited.TotalMinutes:0.#} minutes; it is still {state}. Nothing is lost: re-run AscWaitForBuildProcessing (or the same upload, which finds this one) later, or raise the timeout. Apple's processing sometimes takes over an hour."),
            cancellationToken);
}
