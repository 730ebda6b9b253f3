using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Users;

/// <summary>Settings of <c>AscInviteUser</c> and <c>AscUpdateUser</c>: which apps the person sees and what else they may do.</summary>
public sealed class AscUserAccessSettings : AscSettings
{
    /// <summary>Gets the apps (bundle ids or Apple ids) the person sees; empty means every app.</summary>
    public ICollection<string> VisibleApps { get; } = new List<string>();

    /// <summary>Gets or sets a value indicating whether the person may use Certificates, Identifiers &amp; Profiles.</summary>
    public bool ProvisioningAllowed { get; set; }

    /// <summary>Gets or sets a value indicating whether the person may generate an individual API key (the <c>GENERATE_INDIVIDUAL_KEYS</c> permission).</summary>
    public bool IndividualKeysAllowed { get; set; }
}

/// <summary>Fluent helpers for <see cref="AscUserAccessSettings"/>; each returns the same instance.</summary>
public static class AscUserAccessSettingsExtensions
{
    /// <summary>Limits the person to these apps (bundle ids or Apple ids); none means every app.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="apps">The apps.</param>
    /// <returns>The same settings.</returns>
    public static AscUserAccessSettings WithVisibleApps(this AscUserAccessSettings settings, params string[] apps) =>
        SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.VisibleApps, apps));

    /// <summary>Lets the person use Certificates, Identifiers &amp; Profiles.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="allowed">Whether they may.</param>
    /// <returns>The same settings.</returns>
    public static AscUserAccessSettings AllowProvisioning(this AscUserAccessSettings settings, bool allowed = true) =>
        SettingsFluent.Apply(settings, s => s.ProvisioningAllowed = allowed);

    /// <summary>Lets the person generate an individual API key, tied to their roles and apps.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="allowed">Whether they may.</param>
    /// <returns>The same settings.</returns>
    public static AscUserAccessSettings AllowIndividualKeys(this AscUserAccessSettings settings, bool allowed = true) =>
        SettingsFluent.Apply(settings, s => s.IndividualKeysAllowed = allowed);
}

/// <summary>Settings of <c>AscSyncUsers</c>.</summary>
public sealed class AscSyncUsersSettings : AscSettings
{
    /// <summary>
    /// Gets or sets a value indicating whether users and invitations not in the roster are removed (default: no, they
    /// are only reported). The Account Holder is never removed.
    /// </summary>
    public bool RemoveUnlisted { get; set; }
}

/// <summary>Fluent helpers for <see cref="AscSyncUsersSettings"/>; each returns the same instance.</summary>
public static class AscSyncUsersSettingsExtensions
{
    /// <summary>Removes users and cancels invitations that the roster does not list (never the Account Holder).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="remove">Whether to remove them.</param>
    /// <returns>The same settings.</returns>
    public static AscSyncUsersSettings RemoveUnlisted(this AscSyncUsersSettings settings, bool remove = true) =>
        SettingsFluent.Apply(settings, s => s.RemoveUnlisted = remove);
}
