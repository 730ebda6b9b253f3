using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Fluent helpers of <see cref="AscDistributeBuildSettings"/>; each returns the same instance.</summary>
public static class AscDistributeBuildSettingsExtensions
{
    /// <summary>Adds the build to these groups.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="groups">The group names.</param>
    /// <returns>The same settings.</returns>
    public static AscDistributeBuildSettings ToGroups(this AscDistributeBuildSettings settings, params string[] groups) =>
        SettingsFluent.Apply(settings, s => SettingsFluent.AddAll(s.Groups, groups));

    /// <summary>Sets "What to Test"; for the app's primary locale unless a locale is given.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="whatToTest">The notes (at most 4000 characters).</param>
    /// <param name="locale">The locale, such as <c>en-US</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscDistributeBuildSettings WithWhatToTest(this AscDistributeBuildSettings settings, string whatToTest, string? locale = null) =>
        SettingsFluent.Apply(settings, s =>
        {
            if (locale is null)
            {
                s.WhatToTest = whatToTest;
            }
            else
            {
                s.LocalizedWhatToTest[locale] = whatToTest;
            }
        });

    /// <summary>Submits (or not) for beta app review when an external group is named.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="submit">Whether to submit.</param>
    /// <returns>The same settings.</returns>
    public static AscDistributeBuildSettings SetSubmitForBetaReview(this AscDistributeBuildSettings settings, bool submit) =>
        SettingsFluent.Apply(settings, s => s.SubmitForBetaReview = submit);

    /// <summary>Notifies testers (or turns automatic notification off).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="notify">Whether to notify.</param>
    /// <returns>The same settings.</returns>
    public static AscDistributeBuildSettings SetNotifyTesters(this AscDistributeBuildSettings settings, bool notify = true) =>
        SettingsFluent.Apply(settings, s => s.NotifyTesters = notify);

    /// <summary>Expires the other builds of the same version and platform.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="expire">Whether to expire them.</param>
    /// <returns>The same settings.</returns>
    public static AscDistributeBuildSettings SetExpirePreviousBuilds(this AscDistributeBuildSettings settings, bool expire = true) =>
        SettingsFluent.Apply(settings, s => s.ExpirePreviousBuilds = expire);
}
