using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Fluent helpers of <see cref="AscGetTestersSettings"/>; each returns the same instance.</summary>
public static class AscGetTestersSettingsExtensions
{
    /// <summary>Lists only the testers of these groups.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="groups">The group names.</param>
    /// <returns>The same settings.</returns>
    public static AscGetTestersSettings InGroups(this AscGetTestersSettings settings, params string[] groups) =>
        SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.Groups, groups));

    /// <summary>Lists only the tester with this email address.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="email">The address.</param>
    /// <returns>The same settings.</returns>
    public static AscGetTestersSettings WithEmail(this AscGetTestersSettings settings, string email) =>
        SettingsFluent.Apply(settings, s => s.Email = email);

    /// <summary>Lists only testers who came by this route.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="inviteType"><c>EMAIL</c> or <c>PUBLIC_LINK</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscGetTestersSettings WithInviteType(this AscGetTestersSettings settings, string inviteType) =>
        SettingsFluent.Apply(settings, s => s.InviteType = inviteType);
}
