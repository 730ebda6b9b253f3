using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.Provisioning;

/// <summary>
/// The account's team, and the one provisioning rule the route table cannot say (which certificate types a
/// create may ask for). That individual keys may not use these resources at all is the route table's
/// <c>TeamKeyOnly</c> (Access/RoutePermissions).
/// </summary>
internal static class ProvisioningAccess
{
    /// <summary>The emulated account's team id (Apple's ten-character team identifier, also the bundle ids' seed id).</summary>
    public const string TeamId = "EMU4TEAM42";

    public const string TeamName = "Emulator Team";

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
