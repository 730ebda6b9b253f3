using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>Fluent helpers for <see cref="AscBuildQuerySettings"/>; each returns the same instance.</summary>
public static class AscBuildQuerySettingsExtensions
{
    /// <summary>Adds build numbers to match.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="buildNumbers">CFBundleVersion values.</param>
    /// <returns>The same settings.</returns>
    public static AscBuildQuerySettings WithBuildNumbers(this AscBuildQuerySettings settings, params IEnumerable<string> buildNumbers) => SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.BuildNumbers, buildNumbers));

    /// <summary>Adds build ids to act on.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="buildIds">Build ids.</param>
    /// <returns>The same settings.</returns>
    public static AscBuildQuerySettings WithBuildIds(this AscBuildQuerySettings settings, params IEnumerable<string> buildIds) => SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.BuildIds, buildIds));

    /// <summary>Adds processing states to match.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="states">States such as <c>VALID</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscBuildQuerySettings WithProcessingStates(this AscBuildQuerySettings settings, params IEnumerable<string> states) => SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.ProcessingStates, states));

    /// <summary>Matches only expired (true) or unexpired (false) builds.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="expired">Which.</param>
    /// <returns>The same settings.</returns>
    public static AscBuildQuerySettings SetExpired(this AscBuildQuerySettings settings, bool expired) => SettingsFluent.Apply(settings, s => s.Expired = expired);

    /// <summary>Keeps the newest matching builds when expiring.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="count">How many to keep.</param>
    /// <returns>The same settings.</returns>
    public static AscBuildQuerySettings SetKeepLatest(this AscBuildQuerySettings settings, int count) => SettingsFluent.Apply(settings, s => s.KeepLatest = count);

    /// <summary>Sets what <c>AscGetLatestBuildNumber</c> returns when no build exists.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="initial">The value.</param>
    /// <returns>The same settings.</returns>
    public static AscBuildQuerySettings SetInitialBuildNumber(this AscBuildQuerySettings settings, string initial) => SettingsFluent.Apply(settings, s => s.InitialBuildNumber = initial);

}
