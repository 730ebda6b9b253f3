using System.Net;
using Cake.AppStoreConnect.Client.Http;
using Microsoft.Win32.SafeHandles;
using Polly;

namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>
/// Sends one part to its pre-signed URL with exactly the listed headers and never the token. When to try it
/// again, how long to wait and when to fetch a fresh URL is the client's one retry rule (<see cref="AscResilience"/>);
/// a part is the same bytes to the same URL each time, so every try is safe to repeat. The body is read from
/// the file at the part's offset while it is sent, so a part costs a small chunk of memory, not its size.
/// </summary>
internal sealed class PartSender
{
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(1);
    private static readonly ResiliencePropertyKey<AscUploadOperation> Operation = new("asc.part.operation");

    private readonly HttpClient _http;
    private readonly OperationDirectory _operations;
    private readonly SafeFileHandle _file;
    private readonly string _fileName;
    private readonly int _partCount;
    private readonly IAscLog _log;
    private readonly ResiliencePipeline<AscResponse> _pipeline;

    public PartSender(HttpClient http, AscUploadOptions options, AscClientOptions retries, IAscLog log, TimeProvider time, OperationDirectory operations, SafeFileHandle file, string fileName, int partCount)
    {
        _http = http;
        _operations = operations;
        _file = file;
        _fileName = fileName;
        _partCount = partCount;
        _log = log;
        _pipeline = AscResilience.BuildForParts(retries, options.PartTimeout, RenewUrlAsync, log, time);
    }

    /// <summary>Sends the part; returns the operation that took it and how many tries it took.</summary>
    public async Task<(AscUploadOperation Operation, int Tries)> SendAsync(UploadPart part, CancellationToken cancellationToken)
    {
        var attempts = new Attempts(part);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AscResilience.Kind, AscRequestKind.Idempotent);
        var step = $"Part {part.Number} of {_partCount} of {_fileName}";
        context.Properties.Set(AscResilience.Description, step);
        Outcome<AscResponse> outcome;
        try
        {
            outcome = await _pipeline.ExecuteOutcomeAsync(
                static (ctx, state) => state.Sender.TryOnceAsync(state.Attempts, ctx),
                context,
                (Sender: this, Attempts: attempts));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } failure)
        {
            if (!AscResilience.IsTransportFailure(failure))
            {
                outcome.ThrowIfException();
            }

            throw GaveUp(step, attempts.Tries, AscFailureText.Cause(failure), failure);
        }

        var response = outcome.Result!;
        var operation = attempts.Last!;
        if (response.IsSuccess)
        {
            return (operation, attempts.Tries);
        }

        var bytes = $"bytes {operation.Offset}-{operation.Offset + operation.Length - 1}";

        var reason = $"{(int)response.Status} {response.Status}{(response.Body.Length > 0 ? ": " + response.Preview() : string.Empty)}";
        if (AscResilience.IsTransient(response.Status, AscRequestKind.Idempotent))
        {
            throw GaveUp(step, attempts.Tries, reason, null);
        }

        if (response.Status == HttpStatusCode.Forbidden)
        {
            throw new AscUploadException($"{step} ({bytes}) was refused even at a freshly fetched URL: {reason}. Re-running reserves the file's URLs again and resumes: nothing already accepted is duplicated.");
        }

        throw new AscUploadException($"{step} ({bytes}) was refused: {reason}. This is not transient; re-run after checking the archive.");
    }

    private static AscUploadException GaveUp(string step, int tries, string reason, Exception? cause) =>
        new(AscFailureText.GaveUp(step, tries, reason, "Re-running is safe: it resumes this upload, and nothing already accepted is duplicated."), cause);

    private async ValueTask<Outcome<AscResponse>> TryOnceAsync(Attempts attempts, ResilienceContext context)
    {
        attempts.Tries++;
        try
        {
            var operation = await _operations.CurrentAsync(attempts.Part, ExpiryMargin, context.CancellationToken);
            attempts.Last = operation;
            context.Properties.Set(Operation, operation);
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Url)
            {
                Content = new FileSliceContent(_file, operation.Offset, operation.Length),
            };
            foreach (var header in operation.RequestHeaders ?? [])
            {
                // Apple lists content headers (Content-Type) beside request headers; each goes where HTTP wants it.
                if (!request.Headers.TryAddWithoutValidation(header.Name, header.Value))
                {
                    request.Content.Headers.Remove(header.Name);
                    request.Content.Headers.TryAddWithoutValidation(header.Name, header.Value);
                }
            }

            using var message = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken);

            // A refusal's body says why (S3's XML); an acceptance's says nothing worth reading.
            var body = message.IsSuccessStatusCode ? [] : await message.Content.ReadAsByteArrayAsync(context.CancellationToken);
            return Outcome.FromResult(new AscResponse(message.StatusCode, body, message.Content.Headers.ContentType?.MediaType, null, AscResponse.RetryAfterOf(message), message.Headers.Date));
        }
        catch (Exception ex)
        {
            return Outcome.FromException<AscResponse>(ex);
        }
    }

    private async ValueTask RenewUrlAsync(ResilienceContext context)
    {
        var stale = context.Properties.GetValue(Operation, null!);
        _log.Write(AscLogLevel.Verbose, $"{context.Properties.GetValue(AscResilience.Description, "A part")}'s upload URL was refused as expired; fetching fresh upload operations.");
        await _operations.RefreshAsync(stale, context.CancellationToken);
    }

    /// <summary>What one part's sends have done so far: how many tries, and the operation of the last.</summary>
    private sealed class Attempts(UploadPart part)
    {
        public UploadPart Part { get; } = part;

        public int Tries { get; set; }

        public AscUploadOperation? Last { get; set; }
    }
}
