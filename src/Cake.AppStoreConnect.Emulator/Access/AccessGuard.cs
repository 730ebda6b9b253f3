using Cake.AppStoreConnect.Emulator.Authentication;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Access;

/// <summary>
/// Decides, from the route alone and before the body is read, whether an authenticated key may make a
/// request: the account switches first (they block every key), then the route's row in
/// <see cref="RoutePermissions"/>, then an individual key's visible apps. A refusal is thrown as Apple's error,
/// so a refused write changes nothing.
/// </summary>
internal static class AccessGuard
{
    private const string AppsPrefix = "/v1/apps/{id}";

    public static void Check(HttpContext http, EmulatorOptions options, ApiKey key)
    {
        if (options.ApiAccessDisabled)
        {
            throw Errors.ApiAccessDisabled();
        }

        if (options.AgreementsExpired)
        {
            throw Errors.AgreementsMissing();
        }

        if (http.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } pattern })
        {
            // Unknown path or method: the pipeline answers 404/405 as Apple does, whatever the key.
            return;
        }

        var rule = RoutePermissions.Find(http.Request.Method, pattern);
        if (!rule.Allows(key.Access.Roles) || (rule.TeamKeyOnly && key.IsIndividual))
        {
            throw Errors.RoleForbidden();
        }

        if (key.IsIndividual)
        {
            CheckVisibleApps(http, pattern, key.Access);
        }
    }

    /// <summary>Tells whether the request's key sees an app; lists of apps leave out the others.</summary>
    public static bool SeesApp(HttpContext http, string appId) =>
        http.Items[typeof(ApiKey)] is not ApiKey key || key.Access.SeesApp(appId);

    /// <summary>
    /// An individual key sees only its user's apps: another app's own paths are 404, as Apple answers for an
    /// app you cannot see; a list filtered by such an app is refused (a guess: Apple's answer is not documented).
    /// </summary>
    private static void CheckVisibleApps(HttpContext http, string pattern, KeyAccess access)
    {
        var normalized = "/" + pattern.TrimStart('/');
        if ((normalized == AppsPrefix || normalized.StartsWith(AppsPrefix + "/", StringComparison.Ordinal))
            && http.Request.RouteValues["id"] is string appId && !access.SeesApp(appId))
        {
            throw Errors.NotFound("apps", appId);
        }

        if (http.Request.Query.TryGetValue("filter[app]", out var filter)
            && filter.SelectMany(v => (v ?? "").Split(',')).Any(id => id.Length > 0 && !access.SeesApp(id)))
        {
            throw Errors.RoleForbidden();
        }
    }
}
