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
    /// Only the Account Holder creates Developer ID certificates (Apple, Developer Account Help, "Developer ID
    /// certificates": "Required role: Account Holder"), and an API key never acts as the Account Holder, whatever its
    /// roles: Apple answers an Admin team key 403 with this detail (fastlane#27149). Every request here comes with an
    /// API key, so every <c>DEVELOPER_ID_*</c> type is refused.
    /// </summary>
    public static void RefuseDeveloperIdCertificate(string certificateType)
    {
        if (certificateType.StartsWith("DEVELOPER_ID_", StringComparison.Ordinal))
        {
            throw Errors.Forbidden("This operation can only be performed by the Account Holder");
        }
    }
}
