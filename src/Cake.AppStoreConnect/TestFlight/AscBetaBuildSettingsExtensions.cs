namespace Cake.AppStoreConnect.TestFlight;

/// <summary>
/// Fluent helpers shared by the settings that name a build for TestFlight (<see cref="AscDistributeBuildSettings"/>,
/// <see cref="AscSubmitForBetaReviewSettings"/>); each returns the same instance, keeping its type.
/// </summary>
public static class AscBetaBuildSettingsExtensions
{
    /// <summary>Uses the build with this id.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="buildId">The build's id.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForBuildId<TSettings>(this TSettings settings, string buildId)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.BuildId = buildId;
        return settings;
    }

    /// <summary>Uses the app's build with this version and build number.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="shortVersion">CFBundleShortVersionString.</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForBuild<TSettings>(this TSettings settings, string app, string shortVersion, string buildNumber)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.App = app;
        settings.ShortVersion = shortVersion;
        settings.BuildNumber = buildNumber;
        return settings;
    }

    /// <summary>Uses the app's newest build.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForLatestBuild<TSettings>(this TSettings settings, string app)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.App = app;
        settings.ShortVersion = null;
        settings.BuildNumber = null;
        return settings;
    }

    /// <summary>Only considers builds of this platform.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForPlatform<TSettings>(this TSettings settings, string platform)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Platform = platform;
        return settings;
    }

    /// <summary>Answers export compliance when the build has no answer yet.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="usesNonExemptEncryption">Whether the app uses non-exempt encryption.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetUsesNonExemptEncryption<TSettings>(this TSettings settings, bool usesNonExemptEncryption)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.UsesNonExemptEncryption = usesNonExemptEncryption;
        return settings;
    }

    /// <summary>Sets the beta review contact.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="firstName">The first name.</param>
    /// <param name="lastName">The last name.</param>
    /// <param name="email">The email address.</param>
    /// <param name="phone">The phone number.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithBetaReviewContact<TSettings>(this TSettings settings, string firstName, string lastName, string email, string phone)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ContactFirstName = firstName;
        settings.ContactLastName = lastName;
        settings.ContactEmail = email;
        settings.ContactPhone = phone;
        return settings;
    }

    /// <summary>Sets the demo account beta review signs in with (the password is never logged).</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="name">The user name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithDemoAccount<TSettings>(this TSettings settings, string name, string password)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.DemoAccountRequired = true;
        settings.DemoAccountName = name;
        settings.DemoAccountPassword = password;
        return settings;
    }

    /// <summary>Tells beta review that no demo account is needed.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithoutDemoAccount<TSettings>(this TSettings settings)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.DemoAccountRequired = false;
        return settings;
    }

    /// <summary>Sets the notes for the beta reviewer.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="notes">The notes.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithBetaReviewNotes<TSettings>(this TSettings settings, string notes)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.BetaReviewNotes = notes;
        return settings;
    }

    /// <summary>Waits for the beta review's outcome.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="wait">Whether to wait.</param>
    /// <param name="timeout">How long at most; 48 hours when unset.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetWaitForBetaReview<TSettings>(this TSettings settings, bool wait = true, TimeSpan? timeout = null)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.WaitForBetaReview = wait;
        settings.BetaReviewTimeout = timeout ?? settings.BetaReviewTimeout;
        return settings;
    }

    /// <summary>Waits (or not) while the build is processing.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="wait">Whether to wait.</param>
    /// <param name="timeout">How long at most; 60 minutes when unset.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetWaitForProcessing<TSettings>(this TSettings settings, bool wait = true, TimeSpan? timeout = null)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.WaitForProcessing = wait;
        settings.ProcessingTimeout = timeout ?? settings.ProcessingTimeout;
        return settings;
    }

    /// <summary>Sets the first interval between polls of processing.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="interval">The interval.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetPollInterval<TSettings>(this TSettings settings, TimeSpan interval)
        where TSettings : AscBetaBuildSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.PollInterval = interval;
        return settings;
    }
}
