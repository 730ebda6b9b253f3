using System.Net;
using System.Text;

namespace Cake.AppStoreConnect.Client.Errors;

/// <summary>
/// App Store Connect answered with an error. Carries the HTTP status, every entry of Apple's
/// <c>errors[]</c>, and the request's method and path; the message says what to do.
/// </summary>
public class AscApiException : AscException
{
    private const int MaxEchoedPath = 300;
    private const int MaxEchoedError = 500;

    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="method">The request method.</param>
    /// <param name="path">The request path and query (never credentials).</param>
    /// <param name="errors">Apple's errors.</param>
    /// <param name="advice">What to do, when known.</param>
    public AscApiException(HttpStatusCode statusCode, string method, string path, IReadOnlyList<AscError> errors, string? advice = null)
        : base(BuildMessage(statusCode, method, path, errors, advice))
    {
        StatusCode = statusCode;
        Method = method;
        Path = path;
        Errors = errors;
        Advice = advice;
    }

    /// <summary>Gets the HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets the request method.</summary>
    public string Method { get; }

    /// <summary>Gets the request path and query.</summary>
    public string Path { get; }

    /// <summary>Gets every error Apple returned.</summary>
    public IReadOnlyList<AscError> Errors { get; }

    /// <summary>Gets the advice included in the message, if any.</summary>
    public string? Advice { get; }

    /// <summary>Tells whether any of Apple's errors carries a code starting with the given prefix.</summary>
    /// <param name="codePrefix">A code or its prefix, such as <c>ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE</c>.</param>
    /// <returns><see langword="true"/> when an error matches.</returns>
    public bool HasErrorCode(string codePrefix) =>
        Errors.Any(e => e.Code.StartsWith(codePrefix, StringComparison.Ordinal));

    /// <summary>Creates the exception type that fits the status; a plain 403 is explained with the key's kind and the roles the request needs.</summary>
    internal static AscApiException Create(HttpStatusCode status, string method, string path, IReadOnlyList<AscError> errors, RateLimits.AscRateLimit? rateLimit, Authentication.AscApiKey? key = null)
    {
        var advice = AscErrorAdvice.For((int)status, errors);
        if (advice == AscErrorAdvice.ForbiddenAdvice && key is not null)
        {
            advice = Access.AscRoles.ExplainForbidden(method, path, key.IsIndividualKey, key.InHouse);
        }

        return (int)status switch
        {
            401 => new AscAuthenticationException(method, path, errors, advice),
            403 => new AscForbiddenException(method, path, errors, advice),
            404 => new AscNotFoundException(method, path, errors, advice),
            409 => new AscConflictException(method, path, errors, advice),
            400 or 422 => new AscInvalidRequestException(status, method, path, errors, advice),
            429 => new AscRateLimitException(method, path, errors, advice, rateLimit),
            _ => new AscApiException(status, method, path, errors, advice),
        };
    }

    private static string BuildMessage(HttpStatusCode statusCode, string method, string path, IReadOnlyList<AscError> errors, string? advice)
    {
        var message = new StringBuilder()
            .Append("App Store Connect answered ").Append((int)statusCode).Append(' ').Append(statusCode)
            .Append(" to ").Append(method).Append(' ').Append(AscText.Echo(path, MaxEchoedPath)).Append('.');

        // Apple's texts can quote what was sent (a 414 quotes the whole URL): escaped and capped.
        foreach (var error in errors)
        {
            message.AppendLine().Append("  - ").Append(AscText.Echo(error.ToString(), MaxEchoedError));
        }

        if (advice is not null)
        {
            message.AppendLine().Append("What to do: ").Append(advice);
        }

        return message.ToString();
    }
}

/// <summary>401: the token was refused.</summary>
public sealed class AscAuthenticationException(string method, string path, IReadOnlyList<AscError> errors, string? advice)
    : AscApiException(HttpStatusCode.Unauthorized, method, path, errors, advice);

/// <summary>403: the key may not do this (role, agreements, individual key limits).</summary>
public sealed class AscForbiddenException(string method, string path, IReadOnlyList<AscError> errors, string? advice)
    : AscApiException(HttpStatusCode.Forbidden, method, path, errors, advice)
{
    /// <summary>
    /// Gets a value indicating whether the refusal is about the key's role or kind (plain <c>FORBIDDEN_ERROR</c>), not an
    /// account-wide block such as unsigned agreements (<c>FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED</c>).
    /// </summary>
    public bool IsRoleRefusal => !Errors.Any(e => e.Code.StartsWith("FORBIDDEN.", StringComparison.Ordinal) || e.Code.StartsWith("FORBIDDEN_ERROR.", StringComparison.Ordinal));
}

/// <summary>404: the resource does not exist or the key cannot see it.</summary>
public sealed class AscNotFoundException(string method, string path, IReadOnlyList<AscError> errors, string? advice)
    : AscApiException(HttpStatusCode.NotFound, method, path, errors, advice);

/// <summary>409: the request conflicts with App Store Connect's rules.</summary>
public sealed class AscConflictException(string method, string path, IReadOnlyList<AscError> errors, string? advice)
    : AscApiException(HttpStatusCode.Conflict, method, path, errors, advice);

/// <summary>400 or 422: a parameter or the entity is invalid.</summary>
public class AscInvalidRequestException(HttpStatusCode statusCode, string method, string path, IReadOnlyList<AscError> errors, string? advice)
    : AscApiException(statusCode, method, path, errors, advice);

/// <summary>429: the key's hourly request budget is used up.</summary>
public sealed class AscRateLimitException(string method, string path, IReadOnlyList<AscError> errors, string? advice, RateLimits.AscRateLimit? rateLimit)
    : AscApiException((HttpStatusCode)429, method, path, errors, advice)
{
    /// <summary>Gets the budget the last response reported, when it carried one.</summary>
    public RateLimits.AscRateLimit? RateLimit { get; } = rateLimit;
}

/// <summary>
/// A creating request may or may not have taken effect: it was sent, but its response was lost or
/// was a server error. The caller looks up what the first attempt may have made before trying again.
/// </summary>
public sealed class AscOutcomeUnknownException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The request method.</param>
    /// <param name="path">The request path.</param>
    /// <param name="reason">What was observed.</param>
    /// <param name="innerException">The underlying failure.</param>
    public AscOutcomeUnknownException(string method, string path, string reason, Exception? innerException = null)
        : base($"{method} {path} was sent, but whether it took effect is unknown ({reason}). It was not repeated blindly, so nothing is duplicated.", innerException)
    {
        Method = method;
        Path = path;
    }

    /// <summary>Gets the request method.</summary>
    public string Method { get; }

    /// <summary>Gets the request path.</summary>
    public string Path { get; }
}
