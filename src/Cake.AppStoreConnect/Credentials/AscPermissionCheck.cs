using Cake.AppStoreConnect.Client.Access;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>Whether the key may do one job, and how that was found out.</summary>
/// <param name="Permission">The job.</param>
/// <param name="Allowed">True or false; null when App Store Connect (or the emulator) does not answer the probe's route.</param>
/// <param name="AllowedBy">The roles that allow the job, such as "Admin, App Manager or Developer".</param>
/// <param name="Certain">
/// True when a read proved it; false when it is inferred from a write that could not succeed (refused with 403
/// for the role, or with 4xx for the missing resource it names).
/// </param>
/// <param name="Probe">The request that found out, such as <c>POST /v1/buildUploads</c>.</param>
public sealed record AscPermissionCheck(AscPermission Permission, bool? Allowed, string AllowedBy, bool Certain, string Probe)
{
    /// <summary>Gets yes, no or unknown, for the table.</summary>
    public string Answer => Allowed switch { true => "yes", false => "no", null => "unknown" };
}
