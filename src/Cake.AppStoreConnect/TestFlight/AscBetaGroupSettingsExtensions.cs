using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Fluent helpers of <see cref="AscCreateBetaGroupSettings"/>; each returns the same instance.</summary>
public static class AscCreateBetaGroupSettingsExtensions
{
    /// <summary>Makes the group internal (App Store Connect users; no beta review) or external.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="isInternal">Whether the group is internal.</param>
    /// <param name="hasAccessToAllBuilds">Whether an internal group gets every build automatically.</param>
    /// <returns>The same settings.</returns>
    public static AscCreateBetaGroupSettings SetInternal(this AscCreateBetaGroupSettings settings, bool isInternal = true, bool? hasAccessToAllBuilds = null) =>
        SettingsFluent.Apply(settings, s => (s.IsInternal, s.HasAccessToAllBuilds) = (isInternal, hasAccessToAllBuilds));

    /// <summary>Makes the group internal; the old name of <see cref="SetInternal"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="hasAccessToAllBuilds">Whether it gets every build automatically.</param>
    /// <returns>The same settings.</returns>
    [Obsolete("Use SetInternal(true, hasAccessToAllBuilds): one name for internal groups, as AscGetBetaGroups' filter has.")]
    public static AscCreateBetaGroupSettings AsInternal(this AscCreateBetaGroupSettings settings, bool? hasAccessToAllBuilds = null) =>
        SetInternal(settings, true, hasAccessToAllBuilds);

    /// <summary>Turns the public link on, with a tester limit when given.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="limit">The most testers who may join through the link.</param>
    /// <returns>The same settings.</returns>
    public static AscCreateBetaGroupSettings WithPublicLink(this AscCreateBetaGroupSettings settings, int? limit = null) =>
        SettingsFluent.Apply(settings, s => (s.PublicLinkEnabled, s.PublicLinkLimit) = (true, limit));

    /// <summary>Turns tester feedback on or off.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="enabled">Whether testers can send feedback.</param>
    /// <returns>The same settings.</returns>
    public static AscCreateBetaGroupSettings SetFeedbackEnabled(this AscCreateBetaGroupSettings settings, bool enabled = true) =>
        SettingsFluent.Apply(settings, s => s.FeedbackEnabled = enabled);
}

/// <summary>Fluent helpers of <see cref="AscGetBetaGroupsSettings"/>; each returns the same instance.</summary>
public static class AscGetBetaGroupsSettingsExtensions
{
    /// <summary>Lists only internal (true) or external (false) groups.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="isInternal">Which kind.</param>
    /// <returns>The same settings.</returns>
    public static AscGetBetaGroupsSettings SetInternal(this AscGetBetaGroupsSettings settings, bool isInternal) =>
        SettingsFluent.Apply(settings, s => s.IsInternal = isInternal);

    /// <summary>Lists only the group with this name.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="name">The name.</param>
    /// <returns>The same settings.</returns>
    public static AscGetBetaGroupsSettings WithName(this AscGetBetaGroupsSettings settings, string name) =>
        SettingsFluent.Apply(settings, s => s.Name = name);
}
