namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Fluent helpers of <see cref="AscCreateBetaGroupSettings"/>; each returns the same instance.</summary>
public static class AscCreateBetaGroupSettingsExtensions
{
    /// <summary>Makes the group internal.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="hasAccessToAllBuilds">Whether it gets every build automatically.</param>
    /// <returns>The same settings.</returns>
    public static AscCreateBetaGroupSettings AsInternal(this AscCreateBetaGroupSettings settings, bool? hasAccessToAllBuilds = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.IsInternal = true;
        settings.HasAccessToAllBuilds = hasAccessToAllBuilds;
        return settings;
    }

    /// <summary>Turns the public link on, with a tester limit when given.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="limit">The most testers who may join through the link.</param>
    /// <returns>The same settings.</returns>
    public static AscCreateBetaGroupSettings WithPublicLink(this AscCreateBetaGroupSettings settings, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.PublicLinkEnabled = true;
        settings.PublicLinkLimit = limit;
        return settings;
    }

    /// <summary>Turns tester feedback on or off.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="enabled">Whether testers can send feedback.</param>
    /// <returns>The same settings.</returns>
    public static AscCreateBetaGroupSettings SetFeedbackEnabled(this AscCreateBetaGroupSettings settings, bool enabled = true)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.FeedbackEnabled = enabled;
        return settings;
    }
}

/// <summary>Fluent helpers of <see cref="AscGetBetaGroupsSettings"/>; each returns the same instance.</summary>
public static class AscGetBetaGroupsSettingsExtensions
{
    /// <summary>Lists only internal (true) or external (false) groups.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="isInternal">Which kind.</param>
    /// <returns>The same settings.</returns>
    public static AscGetBetaGroupsSettings SetInternal(this AscGetBetaGroupsSettings settings, bool isInternal)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.IsInternal = isInternal;
        return settings;
    }

    /// <summary>Lists only the group with this name.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="name">The name.</param>
    /// <returns>The same settings.</returns>
    public static AscGetBetaGroupsSettings WithName(this AscGetBetaGroupsSettings settings, string name)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Name = name;
        return settings;
    }
}
