using System.Net;
using Cake.AppStoreConnect.Client.Http;
using Microsoft.Win32.SafeHandles;

namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>
/// Sends one part to its pre-signed URL with exactly the listed headers and never the token, trying it
/// again on its own when it fails, and fetching a fresh URL when the old one expired. The body is read
/// from the file at the part's offset while it is sent, so a part costs a small chunk of memory, not its size.
/// </summary>
internal sealed class PartSender
{
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(1);

    private readonly HttpClient _http;
    private readonly AscUploadOptions _options;
    private readonly IAscLog _log;
    private readonly OperationDirectory _operations;
    private readonly SafeFileHandle _file;

    public PartSender(HttpClient http, AscUploadOptions options, IAscLog log, OperationDirectory operations, SafeFileHandle file)
    {
        _http = http;
        _options = options;
        _log = log;
        _operations = operations;
        _file = file;
    }

    /// <summary>Sends the part; returns the operation that took it and how many tries it took.</summary>
    public async Task<(AscUploadOperation Operation, int Tries)> SendAsync(UploadPart part, CancellationToken cancellationToken)
    {
        var partNumber = part.Number;
        Exception? lastFailure = null;
        for (var attempt = 1; attempt <= _options.MaxPartAttempts; attempt++)
        {
            var operation = await _operations.CurrentAsync(part, ExpiryMargin, cancellationToken);
            var failure = await TrySendAsync(operation, cancellationToken);
            if (failure is null)
            {
                return (operation, attempt);
            }

            lastFailure = failure.Exception;
            if (failure.Permanent)
            {
                throw new AscUploadException($"Part {partNumber} (bytes {operation.Offset}-{operation.Offset + operation.Length - 1}) was refused: {failure.Reason}. This is not transient; re-run after checking the archive.", failure.Exception);
            }

            if (failure.Expired)
            {
                _log.Write(AscLogLevel.Verbose, $"Part {partNumber}'s upload URL was refused as expired; fetching fresh upload operations.");
                await _operations.RefreshAsync(operation, cancellationToken);
            }

            if (attempt < _options.MaxPartAttempts)
            {
                var delay = _options.PartRetryDelay * Math.Pow(2, attempt - 1) * (0.8 + (Random.Shared.NextDouble() * 0.4));
                _log.Write(AscLogLevel.Warning, $"Part {partNumber} failed ({failure.Reason}); sending it again in {delay.TotalSeconds:0.#} s (try {attempt + 1} of {_options.MaxPartAttempts}).");
                await Task.Delay(failure.Expired ? TimeSpan.Zero : delay, cancellationToken);
            }
        }

        throw new AscUploadException($"Part {partNumber} could not be sent after {_options.MaxPartAttempts} tries ({lastFailure?.Message ?? "the upload server kept refusing it"}). Re-running resumes this upload: nothing already accepted is duplicated.", lastFailure);
    }

    private async Task<Failure?> TrySendAsync(AscUploadOperation operation, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PartTimeout);
        try
        {
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

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return null;
            }

            var body = await ReadPreviewAsync(response, timeout.Token);
            var reason = $"{(int)response.StatusCode} {response.StatusCode}{(body.Length > 0 ? ": " + body : string.Empty)}";
            return response.StatusCode switch
            {
                HttpStatusCode.Forbidden => new Failure(reason, Expired: true),
                HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError => new Failure(reason),
                _ => new Failure(reason, Permanent: true),
            };
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new Failure($"no answer within {_options.PartTimeout.TotalSeconds:0} s", Exception: ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return new Failure(ex.Message, Exception: ex);
        }
    }

    private static async Task<string> ReadPreviewAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        text = text.Trim();
        return text.Length > 200 ? text[..200] + "…" : text;
    }

    private sealed record Failure(string Reason, bool Expired = false, bool Permanent = false, Exception? Exception = null);
}
