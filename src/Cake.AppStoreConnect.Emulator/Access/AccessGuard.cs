using Cake.AppStoreConnect.Emulator.Authentication;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Access;

/// <summary>
/// Decides, from the route alone and before the body is read, whether an authenticated key may make a
/// request: the account switches first (they block every key), then the route's row in
/// <see cref="RoutePermissions"/>, then whether an individual key sees the route's own record
/// (<see cref="AppVisibility"/>). A refusal is thrown as Apple's error, so a refused write changes nothing.
/// </summary>
internal static class AccessGuard
{
    public static void Check(HttpContext http, EmulatorContext emulator, ApiKey key)
    {
        var options = emulator.Options;
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

        AppVisibility.CheckOwnPath(http, pattern, emulator);
    }
}
