namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Fluent helpers of <see cref="AscSubmitForBetaReviewSettings"/>; each returns the same instance.</summary>
public static class AscSubmitForBetaReviewSettingsExtensions
{
    /// <summary>Uses the build with this id.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="buildId">The build's id.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings ForBuildId(this AscSubmitForBetaReviewSettings settings, string buildId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.BuildId = buildId;
        return settings;
    }

    /// <summary>Uses the app's build with this version and build number.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="shortVersion">CFBundleShortVersionString.</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings ForBuild(this AscSubmitForBetaReviewSettings settings, string app, string shortVersion, string buildNumber)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.App = app;
        settings.ShortVersion = shortVersion;
        settings.BuildNumber = buildNumber;
        return settings;
    }

    /// <summary>Uses the app's newest build.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings ForLatestBuild(this AscSubmitForBetaReviewSettings settings, string app)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.App = app;
        settings.ShortVersion = null;
        settings.BuildNumber = null;
        return settings;
    }

    /// <summary>Only considers builds of this platform.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings ForPlatform(this AscSubmitForBetaReviewSettings settings, string platform)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Platform = platform;
        return settings;
    }

    /// <summary>Answers export compliance when the build has no answer yet.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="usesNonExemptEncryption">Whether the app uses non-exempt encryption.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings SetUsesNonExemptEncryption(this AscSubmitForBetaReviewSettings settings, bool usesNonExemptEncryption)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.UsesNonExemptEncryption = usesNonExemptEncryption;
        return settings;
    }

    /// <summary>Sets the beta review contact.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="firstName">The first name.</param>
    /// <param name="lastName">The last name.</param>
    /// <param name="email">The email address.</param>
    /// <param name="phone">The phone number.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings WithBetaReviewContact(this AscSubmitForBetaReviewSettings settings, string firstName, string lastName, string email, string phone)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ContactFirstName = firstName;
        settings.ContactLastName = lastName;
        settings.ContactEmail = email;
        settings.ContactPhone = phone;
        return settings;
    }

    /// <summary>Sets the demo account beta review signs in with (the password is never logged).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="name">The user name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings WithDemoAccount(this AscSubmitForBetaReviewSettings settings, string name, string password)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.DemoAccountRequired = true;
        settings.DemoAccountName = name;
        settings.DemoAccountPassword = password;
        return settings;
    }

    /// <summary>Tells beta review that no demo account is needed.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings WithoutDemoAccount(this AscSubmitForBetaReviewSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.DemoAccountRequired = false;
        return settings;
    }

    /// <summary>Sets the notes for the beta reviewer.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="notes">The notes.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings WithBetaReviewNotes(this AscSubmitForBetaReviewSettings settings, string notes)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.BetaReviewNotes = notes;
        return settings;
    }

    /// <summary>Waits for the beta review's outcome.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="wait">Whether to wait.</param>
    /// <param name="timeout">How long at most; 48 hours when unset.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings SetWaitForBetaReview(this AscSubmitForBetaReviewSettings settings, bool wait = true, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.WaitForBetaReview = wait;
        settings.BetaReviewTimeout = timeout ?? settings.BetaReviewTimeout;
        return settings;
    }

    /// <summary>Waits (or not) while the build is processing.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="wait">Whether to wait.</param>
    /// <param name="timeout">How long at most; 60 minutes when unset.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings SetWaitForProcessing(this AscSubmitForBetaReviewSettings settings, bool wait = true, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.WaitForProcessing = wait;
        settings.ProcessingTimeout = timeout ?? settings.ProcessingTimeout;
        return settings;
    }

    /// <summary>Sets the first interval between polls of processing.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="interval">The interval.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForBetaReviewSettings SetPollInterval(this AscSubmitForBetaReviewSettings settings, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.PollInterval = interval;
        return settings;
    }
}
