using Cake.AppStoreConnect.Core;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Fluent helpers of <see cref="AscAddTestersSettings"/>; each returns the same instance.</summary>
public static class AscAddTestersSettingsExtensions
{
    /// <summary>Adds one tester.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="email">The email address.</param>
    /// <param name="firstName">The first name.</param>
    /// <param name="lastName">The last name.</param>
    /// <param name="groups">The groups; none means the settings' <see cref="AscAddTestersSettings.Groups"/>.</param>
    /// <returns>The same settings.</returns>
    public static AscAddTestersSettings AddTester(this AscAddTestersSettings settings, string email, string? firstName = null, string? lastName = null, params string[] groups) =>
        SettingsFluent.Apply(settings, s => s.Testers.Add(new AscTester(email, firstName, lastName, groups)));

    /// <summary>Adds testers.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="testers">The testers.</param>
    /// <returns>The same settings.</returns>
    public static AscAddTestersSettings AddTesters(this AscAddTestersSettings settings, IEnumerable<AscTester> testers) =>
        SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.Testers, testers));

    /// <summary>Reads testers from a CSV file in fastlane pilot's format.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="csvFile">The file.</param>
    /// <returns>The same settings.</returns>
    public static AscAddTestersSettings FromCsv(this AscAddTestersSettings settings, FilePath csvFile) =>
        SettingsFluent.Apply(settings, s => s.CsvFile = csvFile);

    /// <summary>Adds groups for testers that name none of their own.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="groups">The group names.</param>
    /// <returns>The same settings.</returns>
    public static AscAddTestersSettings ToGroups(this AscAddTestersSettings settings, params string[] groups) =>
        SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.Groups, groups));

    /// <summary>Sets how many new testers are created at once at most.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="maxConcurrency">From 1 to 16.</param>
    /// <returns>The same settings.</returns>
    public static AscAddTestersSettings SetMaxConcurrency(this AscAddTestersSettings settings, int maxConcurrency) =>
        SettingsFluent.Apply(settings, s => s.MaxConcurrency = maxConcurrency);
}
