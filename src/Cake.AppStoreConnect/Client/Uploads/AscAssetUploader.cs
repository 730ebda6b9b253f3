using System.Collections.Concurrent;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>
/// Sends a file to the upload operations of its reservation: the engine behind build uploads, and the
/// one screenshots, previews and App Review attachments use the same way. Parts are streamed from the
/// file at their offsets, several at once, each retried on its own by the client's retry rule (with fresh
/// URLs when they expired);
/// one sequential pass beside them computes the checksums the commit needs. Memory depends on neither
/// the file's size nor the part size.
/// </summary>
/// <example>
/// <code>
/// var uploader = new AscAssetUploader(AscHttp.Shared, new AscUploadOptions { Concurrency = 6 }, client.Connection.Options, log);
/// var sent = await uploader.UploadAsync(new AscAssetUpload("Screenshot.png", screenshot.Operations));
/// // Commit the screenshot with sent.Checksums[AscChecksumAlgorithm.Md5] as its sourceFileChecksum.
/// </code>
/// </example>
public sealed class AscAssetUploader
{
    private readonly HttpClient _http;
    private readonly AscUploadOptions _options;
    private readonly AscClientOptions _retries;
    private readonly IAscLog _log;
    private readonly TimeProvider _time;

    /// <summary>Creates the uploader.</summary>
    /// <param name="http">The HTTP client; it must carry no Authorization header.</param>
    /// <param name="options">Concurrency and the time one try of a part may take.</param>
    /// <param name="retries">
    /// The client's options, usually <c>client.Connection.Options</c>: a part is retried by the same rule as an
    /// API request, as often (<see cref="AscClientOptions.MaxRetries"/>) and after the same delays
    /// (<see cref="AscClientOptions.RetryBaseDelay"/>, <see cref="AscClientOptions.MaxRetryDelay"/>).
    /// </param>
    /// <param name="log">Where progress goes.</param>
    /// <param name="time">The clock, for operation expiry and the delays between tries.</param>
    public AscAssetUploader(HttpClient http, AscUploadOptions options, AscClientOptions retries, IAscLog log, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(retries);
        ArgumentNullException.ThrowIfNull(log);
        if (options.Concurrency < 1)
        {
            throw new ArgumentException($"Upload concurrency must be at least 1 (was {options.Concurrency}).", nameof(options));
        }

        retries.Validate();
        _http = http;
        _options = options;
        _retries = retries;
        _log = log;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Sends every part of the file that is not already acknowledged in its journal.</summary>
    /// <param name="upload">The file, its operations and the checksums to compute.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>What was sent and the whole file's checksums.</returns>
    public async Task<AscUploadedFile> UploadAsync(AscAssetUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var algorithms = CheckAlgorithms(upload.ChecksumAlgorithms);
        var fileName = Path.GetFileName(upload.FilePath);
        var info = new FileInfo(upload.FilePath);
        if (!info.Exists)
        {
            throw new AscUploadException($"The file to upload does not exist: {upload.FilePath}.");
        }

        using var file = File.OpenHandle(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        var length = RandomAccess.GetLength(file);
        var parts = OperationPlan.Validate(upload.Operations, length, fileName);
        using var directory = new OperationDirectory(upload.Operations, upload.RefreshOperations, _time, fileName);
        using var journal = OpenJournal(upload.Journal, info);
        var pending = parts.Where(p => journal?.WasAcknowledged(directory.Current(p)) != true).ToList();
        var concurrency = Math.Min(_options.Concurrency, Math.Max(1, pending.Count));
        if (pending.Count < parts.Count)
        {
            _log.Write(AscLogLevel.Information, $"Resuming {fileName}: {parts.Count - pending.Count} of {parts.Count} part(s) were acknowledged by an earlier run; sending the other {pending.Count}.");
        }

        _log.Write(AscLogLevel.Verbose, $"Sending {pending.Count} part(s) of up to {UploadProgress.Size(parts.Max(p => p.Length))}, {concurrency} at a time.");
        var progress = new UploadProgress(fileName, pending.Sum(p => p.Length), _log, _options.ProgressInterval);
        var sender = new PartSender(_http, _options, _retries, _log, _time, directory, file, fileName, parts.Count);
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queue = new ConcurrentQueue<UploadPart>(pending);
        var retried = 0;
        var work = new List<Task> { ChecksumPass.Start(info.FullName, algorithms, failFast.Token) };
        work.AddRange(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => SendPartsAsync(sender, queue, journal, progress, () => Interlocked.Increment(ref retried), failFast), CancellationToken.None)));
        try
        {
            await Task.WhenAll(work);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The first real failure, not the cancellations it caused in the other parts.
            var firstFailure = work.Select(t => t.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException);
            if (firstFailure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(firstFailure);
            }

            throw;
        }

        var checksums = await (Task<IReadOnlyDictionary<string, string>>)work[0];
        return new AscUploadedFile(length, algorithms[0], checksums, progress.Elapsed, parts.Count, retried, concurrency, parts.Count - pending.Count);
    }

    private static async Task SendPartsAsync(PartSender sender, ConcurrentQueue<UploadPart> queue, AscUploadJournal.Session? journal, UploadProgress progress, Action retried, CancellationTokenSource failFast)
    {
        try
        {
            while (queue.TryDequeue(out var part))
            {
                var (operation, tries) = await sender.SendAsync(part, failFast.Token);
                journal?.Acknowledge(operation);
                progress.Add(part.Length);
                if (tries > 1)
                {
                    retried();
                }
            }
        }
        catch
        {
            await failFast.CancelAsync();
            throw;
        }
    }

    private static IReadOnlyList<string> CheckAlgorithms(IReadOnlyList<string>? algorithms)
    {
        if (algorithms is null || algorithms.Count == 0 || algorithms.Any(a => !AscChecksumAlgorithm.All.Contains(a)) || algorithms.Distinct().Count() != algorithms.Count)
        {
            throw new ArgumentException($"ChecksumAlgorithms must name one or both of {string.Join(" and ", AscChecksumAlgorithm.All)}, each once, not '{string.Join(", ", algorithms ?? [])}'.");
        }

        return algorithms;
    }

    private AscUploadJournal.Session? OpenJournal(AscUploadJournal? journal, FileInfo file)
    {
        if (journal is null)
        {
            return null;
        }

        try
        {
            return journal.Open(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Resuming is an optimisation: without a writable journal every part is sent, as before.
            _log.Write(AscLogLevel.Warning, $"Cannot keep the upload journal {journal.FilePath} ({ex.Message}); a re-run will send every part again.");
            return null;
        }
    }
}
