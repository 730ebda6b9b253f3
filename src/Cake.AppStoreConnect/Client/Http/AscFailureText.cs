using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.RegularExpressions;
using Polly;
using Polly.Timeout;

namespace Cake.AppStoreConnect.Client.Http;

/// <summary>
/// The one way a failure on the network becomes words, for API requests and upload parts alike, in retry
/// warnings and in the final exception: the step, the root cause, the tries and whether a re-run is safe.
/// .NET wraps the cause ("An error occurred while sending the request", "Error while copying content to a
/// stream") around what the user needs at 2 a.m. ("Connection reset by peer"), so the cause is dug out of
/// the inner exceptions. Query strings never appear: pre-signed URLs carry their signature there.
/// </summary>
internal static partial class AscFailureText
{
    /// <summary>Gets the line a retry is announced with.</summary>
    public static string Retrying(string step, string reason, int retry, int maxRetries, TimeSpan delay) =>
        string.Create(CultureInfo.InvariantCulture, $"{step} failed ({reason}); retry {retry} of {maxRetries} in {delay.TotalSeconds:0.#} s.");

    /// <summary>Gets the message of a step given up on.</summary>
    /// <param name="step">What was being done: <c>GET /v1/apps</c>, <c>Part 3 of 12 of App.ipa</c>.</param>
    /// <param name="tries">How many tries were made.</param>
    /// <param name="reason">What the last try ended with (<see cref="Reason"/>).</param>
    /// <param name="advice">Whether re-running is safe, what it resumes, what to check.</param>
    public static string GaveUp(string step, int tries, string reason, string advice) =>
        string.Create(CultureInfo.InvariantCulture, $"{step} failed after {tries} {(tries == 1 ? "try" : "tries")}: {reason}. {advice}");

    /// <summary>Gets what one try ended with: an answer's status, or the root cause of its failure.</summary>
    public static string Reason(Outcome<AscResponse> outcome) =>
        outcome.Exception is { } exception ? Cause(exception) : $"{(int)outcome.Result!.Status} {outcome.Result.Status}";

    /// <summary>
    /// Gets the root cause of a failure in the network's own words, with its error code: the socket's
    /// (<c>Connection reset by peer [ConnectionReset]</c>), TLS's, HTTP's (<c>The response ended prematurely
    /// [ResponseEnded]</c>), or how long a timed-out try waited.
    /// </summary>
    public static string Cause(Exception exception)
    {
        var chain = Chain(exception).ToList();
        var text = chain.OfType<TimeoutRejectedException>().FirstOrDefault() is { } timeout
            ? string.Create(CultureInfo.InvariantCulture, $"no answer within {timeout.Timeout.TotalSeconds:0.###} s")
            : IsTimeout(exception)
                ? $"no answer in time ({Sentence(exception.Message)})"
                : chain.OfType<AuthenticationException>().FirstOrDefault() is { } tls
                    ? $"The SSL connection could not be established: {Sentence(tls.Message)} [SecureConnectionError]"
                    : chain.OfType<SocketException>().FirstOrDefault() is { } socket
                        ? WithCode(SocketText(chain, socket), socket.SocketErrorCode.ToString())
                        : WithCode(chain[^1].Message, HttpError(chain));
        return AscText.Echo(WithoutQueries(text), 300);
    }

    /// <summary>Gets a path or URL without its query string and fragment.</summary>
    public static string WithoutQuery(string pathOrUrl)
    {
        var end = pathOrUrl.IndexOfAny(['?', '#']);
        return end < 0 ? pathOrUrl : pathOrUrl[..end];
    }

    /// <summary>Tells whether a failure is a try that timed out, by the pipeline or by an HTTP client's own timeout.</summary>
    public static bool IsTimeout(Exception exception) =>
        exception is TimeoutRejectedException or OperationCanceledException { InnerException: TimeoutException };

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    /// <summary>The socket's text, or the HTTP text that repeats it with the endpoint (<c>Connection refused (host:443)</c>).</summary>
    private static string SocketText(List<Exception> chain, SocketException socket)
    {
        var said = Sentence(socket.Message);
        return chain.OfType<HttpRequestException>().Select(h => Sentence(h.Message)).FirstOrDefault(m => m.StartsWith(said, StringComparison.Ordinal) && m.Length > said.Length) ?? said;
    }

    private static string? HttpError(List<Exception> chain) =>
        chain.Select(e => e switch
        {
            HttpIOException io => io.HttpRequestError,
            HttpRequestException http => http.HttpRequestError,
            _ => HttpRequestError.Unknown,
        }).LastOrDefault(e => e != HttpRequestError.Unknown) is var error && error != HttpRequestError.Unknown ? error.ToString() : null;

    private static string WithCode(string message, string? code)
    {
        var text = Sentence(message);
        if (code is null)
        {
            return text;
        }

        // HttpIOException already says "(ResponseEnded)"; the code is shown once, the same way for every kind.
        var said = $"({code})";
        if (text.EndsWith(said, StringComparison.Ordinal))
        {
            text = Sentence(text[..^said.Length]);
        }

        return $"{text} [{code}]";
    }

    private static string Sentence(string message) => message.Trim().TrimEnd('.', ' ');

    private static string WithoutQueries(string text) => UrlQuery().Replace(text, string.Empty);

    [GeneratedRegex(@"(?<=\b[a-z][a-z0-9+.-]*://[^\s?#]*)[?#][^\s)\]]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UrlQuery();
}
