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
    public static AscAddTestersSettings AddTester(this AscAddTestersSettings settings, string email, string? firstName = null, string? lastName = null, params string[] groups)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Testers.Add(new AscTester(email, firstName, lastName, groups));
        return settings;
    }

    /// <summary>Adds testers.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="testers">The testers.</param>
    /// <returns>The same settings.</returns>
    public static AscAddTestersSettings AddTesters(this AscAddTestersSettings settings, IEnumerable<AscTester> testers)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(testers);
        foreach (var tester in testers)
        {
            settings.Testers.Add(tester);
        }

        return settings;
    }

    /// <summary>Reads testers from a CSV file in fastlane pilot's format.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="csvFile">The file.</param>
    /// <returns>The same settings.</returns>
    public static AscAddTestersSettings FromCsv(this AscAddTestersSettings settings, FilePath csvFile)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.CsvFile = csvFile;
        return settings;
    }

    /// <summary>Sets the groups of testers that name none of their own.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="groups">The group names.</param>
    /// <returns>The same settings.</returns>
    public static AscAddTestersSettings ToGroups(this AscAddTestersSettings settings, params string[] groups)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var group in groups)
        {
            settings.Groups.Add(group);
        }

        return settings;
    }

    /// <summary>Sets how many new testers are created at once.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="maxConcurrency">From 1 to 16.</param>
    /// <returns>The same settings.</returns>
    public static AscAddTestersSettings SetMaxConcurrency(this AscAddTestersSettings settings, int maxConcurrency)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.MaxConcurrency = maxConcurrency;
        return settings;
    }
}
