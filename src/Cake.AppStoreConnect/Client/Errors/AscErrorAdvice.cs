namespace Cake.AppStoreConnect.Client.Errors;

/// <summary>
/// What to do about the errors release engineers meet most, in the spirit of Apple's own
/// troubleshooting. One table, so every message gives the same advice.
/// </summary>
internal static class AscErrorAdvice
{
    private static readonly (string CodePrefix, string Advice)[] ByCode =
    [
        ("FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED", "A required agreement is missing or has expired. The Account Holder must sign in to App Store Connect and accept the latest agreements (Business > Agreements, and any banner on the home page); nothing else will clear this error."),
        ("FORBIDDEN_ERROR.PLA_NOT_ACCEPTED", "The latest Apple Developer Program License Agreement has not been accepted. The Account Holder must accept it at developer.apple.com/account, then re-run."),
        ("RATE_LIMIT_EXCEEDED", "The key's hourly request budget is used up (the window is a rolling hour). Wait, then re-run; lower upload/tester concurrency or poll less often if it recurs. The X-Rate-Limit header shows the budget."),
        ("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE", "Something with the same identity already exists (for a build: this version and build number were already uploaded; bump CFBundleVersion)."),
        ("STATE_ERROR", "The resource is not in a state that allows this change; check its current state in App Store Connect."),
        ("ENTITY_ERROR.RELATIONSHIP.INVALID", "A related resource is missing, belongs to another app, or is already used elsewhere (for example a version already in another review submission)."),
        ("NOT_AUTHORIZED", AuthenticationAdvice),
    ];

    /// <summary>Advice for a 401, the causes in the order they are seen in practice.</summary>
    public const string AuthenticationAdvice =
        "App Store Connect refused the token. Check, in this order: the key has not been revoked (Users and Access > Integrations); " +
        "ASC_KEY_ID is that key's id; ASC_ISSUER_ID is the Issuer ID shown above the team keys (leave it unset only for an individual key); " +
        "the .p8 file is the one downloaded for that key id; and this machine's clock is correct (tokens are dated 60 s in the past and last at most 20 minutes).";

    /// <summary>Advice for a 403 without a more specific code.</summary>
    public const string ForbiddenAdvice =
        "The key is valid but not allowed to do this. Give the key a role that can (App Manager or Admin for builds, TestFlight and releases; Finance or Sales for reports; Customer Support for reviews) " +
        "in Users and Access > Integrations, or use another key. Individual keys cannot use Sales and Finance or provisioning endpoints.";

    /// <summary>Finds the advice for an error response.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errors">Apple's errors; the useful code is not always the first.</param>
    /// <returns>The advice, or <see langword="null"/> when there is nothing better than Apple's text.</returns>
    public static string? For(int statusCode, IReadOnlyList<AscError> errors)
    {
        foreach (var error in errors)
        {
            foreach (var (prefix, advice) in ByCode)
            {
                if (error.Code.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return advice;
                }
            }
        }

        // Advice is chosen by Apple's codes and the status only, never by the wording of a detail: an answer
        // that needs the domain to explain it (a missing export compliance answer) is explained where the
        // domain knows it (AscExportComplianceMissingException, the not-ready-for-review list).
        return statusCode switch
        {
            401 => AuthenticationAdvice,
            403 => ForbiddenAdvice,
            404 => "It does not exist, or this key cannot see it (individual keys see only the apps their user can access). Check the id or bundle id.",
            409 => "The request conflicts with App Store Connect's rules; Apple's detail above names the rule.",
            422 => "App Store Connect cannot accept this as it stands; Apple's detail above says what is missing.",
            >= 500 => "App Store Connect had a server error; the add-in retried where that was safe. Re-running is safe: completed steps are found and reused.",
            _ => null,
        };
    }
}
