using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Core;
using Cake.Core;
using Cake.Core.Annotations;

namespace Cake.AppStoreConnect;

/// <content>App Store release: versions, review submissions, phased and manual release.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>Prepares an App Store version: reuses the platform's editable version or creates it, and attaches the newest VALID build of that version. Re-running changes only what differs; a version already in review or live fails with what to do instead.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version string, such as <c>1.4.0</c> (CFBundleShortVersionString).</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var prepared = AscPrepareAppStoreVersion("com.example.app", "1.4.0");
    /// Information("Version {0}, build {1}", prepared.Version, prepared.Build);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscPrepareAppStoreVersionResult AscPrepareAppStoreVersion(this ICakeContext context, string app, string versionString) =>
        AscPrepareAppStoreVersion(context, app, versionString, (AscPrepareAppStoreVersionSettings?)null);

    /// <summary>Prepares an App Store version with release notes, copyright, release type and build.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version string, such as <c>1.4.0</c> (CFBundleShortVersionString).</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var settings = new AscPrepareAppStoreVersionSettings
    /// {
    ///     Copyright = "2026 Example Ltd",
    ///     ReleaseType = "MANUAL",
    ///     BuildNumber = "57",
    ///     UsesNonExemptEncryption = false,
    /// };
    /// settings.WithReleaseNotes("en-US", "Bug fixes and performance improvements.");
    /// AscPrepareAppStoreVersion("com.example.app", "1.4.0", settings);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscPrepareAppStoreVersionResult AscPrepareAppStoreVersion(this ICakeContext context, string app, string versionString, AscPrepareAppStoreVersionSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionString);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new AppStoreVersionService(client).PrepareAsync(app, versionString, s, ct));
    }

    /// <summary>Prepares an App Store version, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="versionString">The version string, such as <c>1.4.0</c> (CFBundleShortVersionString).</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscPrepareAppStoreVersion("com.example.app", "1.4.0", s =&gt; s
    ///     .WithReleaseNotes("en-US", "Faster sync.")
    ///     .WithReleaseNotes("de-DE", "Schnellere Synchronisierung.")
    ///     .WithCopyright("2026 Example Ltd")
    ///     .UseManualRelease()
    ///     .WithBuildNumber("57")
    ///     .SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscPrepareAppStoreVersionResult AscPrepareAppStoreVersion(this ICakeContext context, string app, string versionString, Action<AscPrepareAppStoreVersionSettings> configure) =>
        AscPrepareAppStoreVersion(context, app, versionString, AscAliasRunner.Configure(configure));

    /// <summary>Submits the platform's editable App Store version for App Review through a review submission (the app's open one, or a new one). Checks first that a build is attached and export compliance and content rights are answered. Re-running after a success reports the submission already made.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscNotReadyForReviewException">The version lacks what App Review needs (build, export compliance, content rights).</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var submitted = AscSubmitForReview("com.example.app");
    /// Information("{0}", submitted.Submission);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscSubmitForReviewResult AscSubmitForReview(this ICakeContext context, string app) =>
        AscSubmitForReview(context, app, (AscSubmitForReviewSettings?)null);

    /// <summary>Submits an App Store version for App Review, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscNotReadyForReviewException">The version lacks what App Review needs (build, export compliance, content rights).</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSubmitForReview("com.example.app", new AscSubmitForReviewSettings
    /// {
    ///     VersionString = "1.4.0",
    ///     CancelPreviousSubmission = true,
    ///     UsesNonExemptEncryption = false,
    ///     ContainsThirdPartyContent = false,
    ///     WaitForReview = true,
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscSubmitForReviewResult AscSubmitForReview(this ICakeContext context, string app, AscSubmitForReviewSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new ReviewSubmissionService(client).SubmitAsync(app, s, ct));
    }

    /// <summary>Submits an App Store version for App Review, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscNotReadyForReviewException">The version lacks what App Review needs (build, export compliance, content rights).</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSubmitForReview("com.example.app", s =&gt; s
    ///     .ForVersion("1.4.0")
    ///     .SetUsesNonExemptEncryption(false)
    ///     .SetContainsThirdPartyContent(false)
    ///     .SetWaitForReview());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscSubmitForReviewResult AscSubmitForReview(this ICakeContext context, string app, Action<AscSubmitForReviewSettings> configure) =>
        AscSubmitForReview(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Cancels the app's open App Store review submission for the platform, taking the version out of review so it can be changed. Nothing open is reported, not an error.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCancelReviewSubmission("com.example.app");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<IReadOnlyList<AscReviewSubmission>> AscCancelReviewSubmission(this ICakeContext context, string app) =>
        AscCancelReviewSubmission(context, app, (AscCancelReviewSubmissionSettings?)null);

    /// <summary>Cancels an App Store review submission, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCancelReviewSubmission("com.example.app", new AscCancelReviewSubmissionSettings { VersionString = "1.4.0", WaitForCompletion = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<IReadOnlyList<AscReviewSubmission>> AscCancelReviewSubmission(this ICakeContext context, string app, AscCancelReviewSubmissionSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new ReviewSubmissionService(client).CancelAsync(app, s, ct));
    }

    /// <summary>Cancels an App Store review submission, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCancelReviewSubmission("com.example.app", s =&gt; s.ForVersion("1.4.0").SetWaitForCompletion());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<IReadOnlyList<AscReviewSubmission>> AscCancelReviewSubmission(this ICakeContext context, string app, Action<AscCancelReviewSubmissionSettings> configure) =>
        AscCancelReviewSubmission(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Gets the state of the platform's newest App Store version, its build, its review submission and its phased release.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var state = AscGetAppStoreVersionState("com.example.app");
    /// Information("{0}", state);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscAppStoreVersionStatus AscGetAppStoreVersionState(this ICakeContext context, string app) =>
        AscGetAppStoreVersionState(context, app, (AscAppStoreVersionStateSettings?)null);

    /// <summary>Gets the state of an App Store version, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var state = AscGetAppStoreVersionState("com.example.app", new AscAppStoreVersionStateSettings { VersionString = "1.4.0", Platform = "MAC_OS" });
    /// if (state.Version.State == "PENDING_DEVELOPER_RELEASE") { AscReleaseVersion("com.example.app"); }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscAppStoreVersionStatus AscGetAppStoreVersionState(this ICakeContext context, string app, AscAppStoreVersionStateSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new AppStoreVersionService(client).GetStateAsync(app, s, ct));
    }

    /// <summary>Gets the state of an App Store version, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var state = AscGetAppStoreVersionState("com.example.app", s =&gt; s.ForVersion("1.4.0"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscAppStoreVersionStatus AscGetAppStoreVersionState(this ICakeContext context, string app, Action<AscAppStoreVersionStateSettings> configure) =>
        AscGetAppStoreVersionState(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Sets up a phased release (a seven-day rollout) on the platform's version not yet released; it starts when the version is released. Already set up is reported, not an error.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscEnablePhasedRelease("com.example.app");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscEnablePhasedRelease(this ICakeContext context, string app) =>
        AscEnablePhasedRelease(context, app, (AscPhasedReleaseSettings?)null);

    /// <summary>Sets up a phased release, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscEnablePhasedRelease("com.example.app", new AscPhasedReleaseSettings { VersionString = "1.4.0" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscEnablePhasedRelease(this ICakeContext context, string app, AscPhasedReleaseSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new AppStoreReleaseService(client).EnablePhasedReleaseAsync(app, s, ct));
    }

    /// <summary>Sets up a phased release, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscEnablePhasedRelease("com.example.app", s =&gt; s.ForVersion("1.4.0").SetDryRun());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscEnablePhasedRelease(this ICakeContext context, string app, Action<AscPhasedReleaseSettings> configure) =>
        AscEnablePhasedRelease(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Pauses the active phased release of the platform's newest released version (for up to 30 days in total). Already paused is reported, not an error.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscPausePhasedRelease("com.example.app");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscPausePhasedRelease(this ICakeContext context, string app) =>
        AscPausePhasedRelease(context, app, (AscPhasedReleaseSettings?)null);

    /// <summary>Pauses a phased release, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscPausePhasedRelease("com.example.app", new AscPhasedReleaseSettings { VersionString = "1.4.0" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscPausePhasedRelease(this ICakeContext context, string app, AscPhasedReleaseSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new AppStoreReleaseService(client).PausePhasedReleaseAsync(app, s, ct));
    }

    /// <summary>Pauses a phased release, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscPausePhasedRelease("com.example.app", s =&gt; s.ForVersion("1.4.0"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscPausePhasedRelease(this ICakeContext context, string app, Action<AscPhasedReleaseSettings> configure) =>
        AscPausePhasedRelease(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Resumes the paused phased release of the platform's newest released version. Already active is reported, not an error.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscResumePhasedRelease("com.example.app");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscResumePhasedRelease(this ICakeContext context, string app) =>
        AscResumePhasedRelease(context, app, (AscPhasedReleaseSettings?)null);

    /// <summary>Resumes a phased release, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscResumePhasedRelease("com.example.app", new AscPhasedReleaseSettings { VersionString = "1.4.0" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscResumePhasedRelease(this ICakeContext context, string app, AscPhasedReleaseSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new AppStoreReleaseService(client).ResumePhasedReleaseAsync(app, s, ct));
    }

    /// <summary>Resumes a phased release, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscResumePhasedRelease("com.example.app", s =&gt; s.ForVersion("1.4.0"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscResumePhasedRelease(this ICakeContext context, string app, Action<AscPhasedReleaseSettings> configure) =>
        AscResumePhasedRelease(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Completes the phased release of the platform's newest released version: every user gets it now. Already complete is reported, not an error.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCompletePhasedRelease("com.example.app");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscCompletePhasedRelease(this ICakeContext context, string app) =>
        AscCompletePhasedRelease(context, app, (AscPhasedReleaseSettings?)null);

    /// <summary>Completes a phased release, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCompletePhasedRelease("com.example.app", new AscPhasedReleaseSettings { VersionString = "1.4.0" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscCompletePhasedRelease(this ICakeContext context, string app, AscPhasedReleaseSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new AppStoreReleaseService(client).CompletePhasedReleaseAsync(app, s, ct));
    }

    /// <summary>Completes a phased release, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCompletePhasedRelease("com.example.app", s =&gt; s.ForVersion("1.4.0"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscPhasedRelease> AscCompletePhasedRelease(this ICakeContext context, string app, Action<AscPhasedReleaseSettings> configure) =>
        AscCompletePhasedRelease(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Releases the platform's version approved for manual release (PENDING_DEVELOPER_RELEASE) to the App Store. A version already released is reported, not released again.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var live = AscReleaseVersion("com.example.app");
    /// Information("{0}", live.Resource);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscAppStoreVersion> AscReleaseVersion(this ICakeContext context, string app) =>
        AscReleaseVersion(context, app, (AscReleaseVersionSettings?)null);

    /// <summary>Releases an approved App Store version, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscReleaseVersion("com.example.app", new AscReleaseVersionSettings { VersionString = "1.4.0", Platform = "IOS" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscAppStoreVersion> AscReleaseVersion(this ICakeContext context, string app, AscReleaseVersionSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new AppStoreReleaseService(client).ReleaseAsync(app, s, ct));
    }

    /// <summary>Releases an approved App Store version, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.AppStore.AscAppStoreException">The version is not in a state that allows this; the message says what to do instead.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscReleaseVersion("com.example.app", s =&gt; s.ForVersion("1.4.0").SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("App Store")]
    [CakeNamespaceImport("Cake.AppStoreConnect.AppStore")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.AppStore")]
    public static AscChangeResult<AscAppStoreVersion> AscReleaseVersion(this ICakeContext context, string app, Action<AscReleaseVersionSettings> configure) =>
        AscReleaseVersion(context, app, AscAliasRunner.Configure(configure));
}
