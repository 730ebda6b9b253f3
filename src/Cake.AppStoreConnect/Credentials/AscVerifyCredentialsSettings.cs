using Cake.AppStoreConnect.Client.Access;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>Settings of <c>AscVerifyCredentials</c>: the key, and the jobs it must be allowed to do.</summary>
public sealed class AscVerifyCredentialsSettings : AscSettings
{
    /// <summary>
    /// Gets the permissions the key must have; each is checked without changing anything, and the alias fails
    /// with a table (permission, yes/no, the roles that allow it) when one is missing.
    /// </summary>
    public ICollection<AscPermission> RequiredPermissions { get; } = new List<AscPermission>();
}

/// <summary>Fluent helpers for <see cref="AscVerifyCredentialsSettings"/>; each returns the same instance.</summary>
public static class AscVerifyCredentialsSettingsExtensions
{
    /// <summary>Requires the key to be allowed each job; the check changes nothing.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="permissions">The jobs, such as <see cref="AscPermission.UploadBuilds"/>.</param>
    /// <returns>The same settings.</returns>
    public static AscVerifyCredentialsSettings Require(this AscVerifyCredentialsSettings settings, params AscPermission[] permissions) =>
        SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.RequiredPermissions, permissions));
}
