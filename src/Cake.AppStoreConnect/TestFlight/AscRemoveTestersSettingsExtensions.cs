using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Fluent helpers of <see cref="AscRemoveTestersSettings"/>; each returns the same instance.</summary>
public static class AscRemoveTestersSettingsExtensions
{
    /// <summary>Adds testers to remove, by email address.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="emails">The addresses.</param>
    /// <returns>The same settings.</returns>
    public static AscRemoveTestersSettings ForEmails(this AscRemoveTestersSettings settings, params IEnumerable<string> emails) =>
        SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.Emails, emails));

    /// <summary>Removes the testers only from these groups, not from the app.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="groups">The group names.</param>
    /// <returns>The same settings.</returns>
    public static AscRemoveTestersSettings FromGroups(this AscRemoveTestersSettings settings, params string[] groups) =>
        SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.Groups, groups));
}
