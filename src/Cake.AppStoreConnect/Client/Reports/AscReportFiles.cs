using System.Net;
using System.Security.Cryptography;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Client.Reports;

/// <summary>
/// The one path every report file takes, sales and finance reports and analytics segments alike: the body
/// must be gzip, its size and checksum must match what Apple announced (when it announces them), and it is
/// decompressed by <see cref="AscReport.Decompress"/> and read by <see cref="AscReport.Parse"/>.
/// </summary>
public static class AscReportFiles
{
    /// <summary>How often a segment whose bytes do not match is fetched again before giving up.</summary>
    public const int DownloadAttempts = 3;

    /// <summary>Whether the bytes start with gzip's magic number.</summary>
    /// <param name="body">The bytes.</param>
    /// <returns><see langword="true"/> for gzip.</returns>
    public static bool IsGzip(ReadOnlySpan<byte> body) => body.Length >= 2 && body[0] == 0x1f && body[1] == 0x8b;

    /// <summary>Says what is wrong with a downloaded file, or <see langword="null"/> when size, checksum and format match.</summary>
    /// <param name="body">The bytes received.</param>
    /// <param name="expectedSize">The announced size; negative when none was announced.</param>
    /// <param name="expectedChecksum">The announced checksum (MD5 in hex or base64, or SHA-256 in hex); empty when none.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? Problem(byte[] body, long expectedSize, string? expectedChecksum)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (expectedSize >= 0 && body.Length != expectedSize)
        {
            return $"{body.Length} bytes arrived where {expectedSize} were announced";
        }

        if (!string.IsNullOrWhiteSpace(expectedChecksum) && !ChecksumMatches(body, expectedChecksum.Trim()))
        {
            return $"the checksum does not match the announced {AscText.Echo(expectedChecksum, 80)}";
        }

        return IsGzip(body) ? null : "the file is not gzip";
    }

    /// <summary>
    /// Downloads a file from a pre-signed URL, without the API token, and checks it; a damaged or cut file is
    /// fetched again, up to <see cref="DownloadAttempts"/> times.
    /// </summary>
    /// <param name="http">A client that carries no Authorization header, such as <see cref="AscHttp.Shared"/>.</param>
    /// <param name="url">The pre-signed URL.</param>
    /// <param name="expectedSize">The announced size; negative when none.</param>
    /// <param name="expectedChecksum">The announced checksum; empty when none.</param>
    /// <param name="what">What the file is, for messages.</param>
    /// <param name="log">Where retries are reported.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The checked gzip bytes.</returns>
    /// <exception cref="AscReportFileException">Every attempt failed, or the storage refused the URL (403, not tried again); the message says how.</exception>
    public static Task<byte[]> DownloadAsync(HttpClient http, Uri url, long expectedSize, string? expectedChecksum, string what, IAscLog log, CancellationToken cancellationToken = default) =>
        DownloadAsync(http, url, null, expectedSize, expectedChecksum, what, log, cancellationToken);

    /// <summary>
    /// Downloads a report file as <see cref="DownloadAsync(HttpClient, Uri, long, string?, string, IAscLog, CancellationToken)"/> does; when the
    /// storage refuses the URL (403: Apple's pre-signed URLs are valid for 5 minutes, and a long run reaches a
    /// segment listed earlier after that), asks <paramref name="freshUrl"/> once for a new one and goes on.
    /// </summary>
    /// <param name="http">A client without App Store Connect's token.</param>
    /// <param name="url">The pre-signed URL.</param>
    /// <param name="freshUrl">Reads the file's resource again for a new URL; null when there is no way to.</param>
    /// <param name="expectedSize">The announced size; negative when none.</param>
    /// <param name="expectedChecksum">The announced checksum; empty when none.</param>
    /// <param name="what">What the file is, for messages.</param>
    /// <param name="log">Where retries are reported.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The checked gzip bytes.</returns>
    /// <exception cref="AscReportFileException">Every attempt failed, or a fresh URL was refused too; the message says how.</exception>
    public static async Task<byte[]> DownloadAsync(HttpClient http, Uri url, Func<CancellationToken, Task<Uri>>? freshUrl, long expectedSize, string? expectedChecksum, string what, IAscLog log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(log);
        string? problem = null;
        var tries = 0;
        for (var attempt = 1; attempt <= DownloadAttempts; attempt++)
        {
            tries++;
            try
            {
                // A request of its own: the pre-signed URL takes no token, and the shared client has none.
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                problem = response.IsSuccessStatusCode ? Problem(body, expectedSize, expectedChecksum) : $"the storage answered {(int)response.StatusCode} {response.StatusCode}";
                if (problem is null)
                {
                    return body;
                }

                if (response.StatusCode == HttpStatusCode.Forbidden)
                {
                    // The same pre-signed URL is refused again; a fresh one comes only from reading the resource again, once.
                    problem += " (Apple's download URLs are valid for 5 minutes after App Store Connect gives them; an expired or altered one is refused)";
                    if (freshUrl is null)
                    {
                        break;
                    }

                    log.Write(AscLogLevel.Warning, $"{what}: {problem}; reading it again for a fresh URL.");
                    url = await freshUrl(cancellationToken);
                    freshUrl = null;
                    attempt--;
                    continue;
                }
            }
            catch (Exception e) when (AscResilience.IsTransportFailure(e) && !cancellationToken.IsCancellationRequested)
            {
                problem = $"the download failed: {AscFailureText.Cause(e)}";
            }

            if (attempt < DownloadAttempts)
            {
                log.Write(AscLogLevel.Warning, $"{what}: {problem}; downloading it again (attempt {attempt + 1} of {DownloadAttempts}).");
            }
        }

        throw new AscReportFileException($"{what} could not be downloaded intact after {tries} attempt{(tries == 1 ? string.Empty : "s")}: {problem}. Re-running reads fresh URLs and downloads it again; nothing was recorded as done.");
    }

    private static bool ChecksumMatches(byte[] body, string expected)
    {
#pragma warning disable CA5351 // Apple's segment checksum guards against damage in transit, not against an attacker.
        var md5 = MD5.HashData(body);
#pragma warning restore CA5351
        if (string.Equals(Convert.ToHexString(md5), expected, StringComparison.OrdinalIgnoreCase) || expected == Convert.ToBase64String(md5))
        {
            return true;
        }

        return string.Equals(Convert.ToHexString(SHA256.HashData(body)), expected, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A report file could not be downloaded intact (size, checksum or format did not match, every time).</summary>
public sealed class AscReportFileException : AscException
{
    /// <summary>Creates the exception.</summary>
    public AscReportFileException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public AscReportFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AscReportFileException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
