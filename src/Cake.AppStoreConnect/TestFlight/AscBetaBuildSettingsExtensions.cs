using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>
/// Fluent helpers shared by the settings that name a build for TestFlight (<see cref="AscDistributeBuildSettings"/>,
/// <see cref="AscSubmitForBetaReviewSettings"/>); each returns the same instance, keeping its type.
/// <c>ForPlatform</c>, <c>ForVersion</c>, <c>SetTimeout</c> and <c>SetPollInterval</c> are the shared ones in <see cref="AscSettingsExtensions"/>.
/// </summary>
public static class AscBetaBuildSettingsExtensions
{
    /// <summary>Uses the build with this id.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="buildId">The build's id.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForBuildId<TSettings>(this TSettings settings, string buildId)
        where TSettings : AscBetaBuildSettings => SettingsFluent.Apply(settings, s => s.BuildId = buildId);

    /// <summary>Uses the app's build with this version and build number.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version (CFBundleShortVersionString).</param>
    /// <param name="buildNumber">CFBundleVersion.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForBuild<TSettings>(this TSettings settings, string app, string versionString, string buildNumber)
        where TSettings : AscBetaBuildSettings => SettingsFluent.Apply(settings, s => (s.App, s.VersionString, s.BuildNumber) = (app, versionString, buildNumber));

    /// <summary>Uses the app's newest build.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForLatestBuild<TSettings>(this TSettings settings, string app)
        where TSettings : AscBetaBuildSettings => SettingsFluent.Apply(settings, s => (s.App, s.VersionString, s.BuildNumber) = (app, null, null));

    /// <summary>Answers export compliance when the build has no answer yet.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="usesNonExemptEncryption">Whether the app uses non-exempt encryption.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetUsesNonExemptEncryption<TSettings>(this TSettings settings, bool usesNonExemptEncryption)
        where TSettings : AscBetaBuildSettings => SettingsFluent.Apply(settings, s => s.UsesNonExemptEncryption = usesNonExemptEncryption);

    /// <summary>Sets the beta review contact.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="firstName">The first name.</param>
    /// <param name="lastName">The last name.</param>
    /// <param name="email">The email address.</param>
    /// <param name="phone">The phone number.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithBetaReviewContact<TSettings>(this TSettings settings, string firstName, string lastName, string email, string phone)
        where TSettings : AscBetaBuildSettings =>
        SettingsFluent.Apply(settings, s => (s.ContactFirstName, s.ContactLastName, s.ContactEmail, s.ContactPhone) = (firstName, lastName, email, phone));

    /// <summary>Sets the demo account beta review signs in with (the password is never logged).</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="name">The user name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithDemoAccount<TSettings>(this TSettings settings, string name, string password)
        where TSettings : AscBetaBuildSettings =>
        SettingsFluent.Apply(settings, s => (s.DemoAccountRequired, s.DemoAccountName, s.DemoAccountPassword) = (true, name, password));

    /// <summary>Tells beta review that no demo account is needed.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithoutDemoAccount<TSettings>(this TSettings settings)
        where TSettings : AscBetaBuildSettings => SettingsFluent.Apply(settings, s => s.DemoAccountRequired = false);

    /// <summary>Sets the notes for the beta reviewer.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="notes">The notes.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithBetaReviewNotes<TSettings>(this TSettings settings, string notes)
        where TSettings : AscBetaBuildSettings => SettingsFluent.Apply(settings, s => s.BetaReviewNotes = notes);

    /// <summary>Waits for the beta review's outcome.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="wait">Whether to wait.</param>
    /// <param name="timeout">How long at most; 48 hours when unset.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetWaitForBetaReview<TSettings>(this TSettings settings, bool wait = true, TimeSpan? timeout = null)
        where TSettings : AscBetaBuildSettings => SettingsFluent.Apply(settings, s => (s.WaitForBetaReview, s.BetaReviewTimeout) = (wait, timeout ?? s.BetaReviewTimeout));

    /// <summary>Waits (or not) while the build is processing.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="wait">Whether to wait.</param>
    /// <param name="timeout">How long at most; 60 minutes when unset.</param>
    /// <returns>The same settings.</returns>
    public static TSettings SetWaitForProcessing<TSettings>(this TSettings settings, bool wait = true, TimeSpan? timeout = null)
        where TSettings : AscBetaBuildSettings => SettingsFluent.Apply(settings, s => (s.WaitForProcessing, s.Timeout) = (wait, timeout ?? s.Timeout));
}
