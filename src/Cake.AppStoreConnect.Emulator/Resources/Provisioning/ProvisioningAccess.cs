using Cake.AppStoreConnect.Emulator.Authentication;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.Provisioning;

/// <summary>
/// Who may use the provisioning resources (bundle ids, capabilities, devices, certificates, profiles),
/// and the account's team, in one place.
/// </summary>
internal static class ProvisioningAccess
{
    /// <summary>The emulated account's team id (Apple's ten-character team identifier, also the bundle ids' seed id).</summary>
    public const string TeamId = "EMU4TEAM42";

    public const string TeamName = "Emulator Team";

    /// <summary>
    /// Apple: individual keys "aren't able to use Provisioning endpoints" (Apple's text quoted in fastlane
    /// PR #21987); answered 403 as Apple answers forbidden requests.
    /// </summary>
    public static void RefuseIndividualKey(HttpContext http)
    {
        if (http.Items[typeof(ApiKey)] is ApiKey { IsIndividual: true })
        {
            throw Errors.Forbidden("Individual API keys cannot use the provisioning resources (bundle ids, devices, certificates, profiles). Use a team API key.");
        }
    }

    /// <summary>
    /// Apple: only the Account Holder creates Developer ID certificates (role-permissions page). Key roles are
    /// not modelled yet (issue 15 adds them), so every team key passes here: a hook, not a rule.
    /// </summary>
    public static bool MayCreateDeveloperIdCertificates(HttpContext http) => http.Items[typeof(ApiKey)] is ApiKey { IsIndividual: false };
}
