using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>
/// What <c>AscDistributeBuild</c> and <c>AscSubmitForBetaReview</c> share: which build (by id, by app,
/// version and build number, or the app's latest), export compliance, waiting, and the beta review
/// contact and demo account.
/// </summary>
public abstract class AscBetaBuildSettings : AscSettings, IAscVersionTarget, IAscWaitSettings
{
    /// <summary>Gets or sets the build's id.</summary>
    public string? BuildId { get; set; }

    /// <summary>Gets or sets the app (bundle id or Apple id); with no version, its latest build is used.</summary>
    public string? App { get; set; }

    /// <summary>Gets or sets the build's version (CFBundleShortVersionString).</summary>
    public string? VersionString { get; set; }

    /// <summary>Gets or sets the build's version; the old name of <see cref="VersionString"/>.</summary>
    [Obsolete("Use VersionString: one name for the version a user types, as App Store Connect calls it.")]
    public string? ShortVersion { get => VersionString; set => VersionString = value; }

    /// <summary>Gets or sets CFBundleVersion (the build number).</summary>
    public string? BuildNumber { get; set; }

    /// <summary>Gets or sets the platform (<c>IOS</c>, <c>MAC_OS</c>, …); any when unset.</summary>
    public string? Platform { get; set; }

    /// <summary>Gets or sets a value indicating whether to wait while the build is processing (default true).</summary>
    public bool WaitForProcessing { get; set; } = true;

    /// <summary>Gets or sets how long to wait for processing (default 60 minutes).</summary>
    public TimeSpan Timeout { get; set; } = AscPollingSettings.Default.Timeout;

    /// <summary>Gets or sets how long to wait for processing; the old name of <see cref="Timeout"/>.</summary>
    [Obsolete("Use Timeout: every wait's limit has one name.")]
    public TimeSpan ProcessingTimeout { get => Timeout; set => Timeout = value; }

    /// <summary>Gets or sets the first interval between polls of processing (default 2 s, growing to <see cref="MaxPollInterval"/>).</summary>
    public TimeSpan PollInterval { get; set; } = AscPollingSettings.Default.InitialInterval;

    /// <summary>Gets or sets the longest interval between polls of processing (default 30 s; never below <see cref="PollInterval"/>).</summary>
    public TimeSpan MaxPollInterval { get; set; } = AscPollingSettings.Default.MaxInterval;

    /// <summary>
    /// Gets or sets the export compliance answer given when the build has none (pilot's
    /// <c>uses_non_exempt_encryption</c>). Unset: an unanswered build fails external testing with a clear message.
    /// </summary>
    public bool? UsesNonExemptEncryption { get; set; }

    /// <summary>Gets or sets the beta review contact's first name.</summary>
    public string? ContactFirstName { get; set; }

    /// <summary>Gets or sets the beta review contact's last name.</summary>
    public string? ContactLastName { get; set; }

    /// <summary>Gets or sets the beta review contact's email address.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>Gets or sets the beta review contact's phone number.</summary>
    public string? ContactPhone { get; set; }

    /// <summary>Gets or sets whether beta review needs a demo account.</summary>
    public bool? DemoAccountRequired { get; set; }

    /// <summary>Gets or sets the demo account's user name.</summary>
    public string? DemoAccountName { get; set; }

    /// <summary>Gets or sets the demo account's password. Never logged.</summary>
    public string? DemoAccountPassword { get; set; }

    /// <summary>Gets or sets the notes for the beta reviewer.</summary>
    public string? BetaReviewNotes { get; set; }

    /// <summary>Gets or sets a value indicating whether to wait for the beta review's outcome (default false).</summary>
    public bool WaitForBetaReview { get; set; }

    /// <summary>Gets or sets how long to wait for the review (default 48 hours).</summary>
    public TimeSpan BetaReviewTimeout { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Gets or sets the interval between polls of the review (default 60 s).</summary>
    public TimeSpan BetaReviewPollInterval { get; set; } = TimeSpan.FromSeconds(60);

    internal AscPollingSettings Polling => new(Timeout, PollInterval, TimeSpan.FromTicks(Math.Max(PollInterval.Ticks, MaxPollInterval.Ticks)));

    /// <summary>Gets how the beta review is waited for: every <see cref="BetaReviewPollInterval"/>, slower when the request budget runs low.</summary>
    internal AscPollingSettings BetaReviewPolling => new(BetaReviewTimeout, BetaReviewPollInterval, BetaReviewPollInterval);

    internal bool HasBetaReviewDetails =>
        ContactFirstName is not null || ContactLastName is not null || ContactEmail is not null || ContactPhone is not null
        || DemoAccountRequired is not null || DemoAccountName is not null || DemoAccountPassword is not null || BetaReviewNotes is not null;
}

/// <summary>Settings of <c>AscSubmitForBetaReview</c>: the build, export compliance and the review details.</summary>
public sealed class AscSubmitForBetaReviewSettings : AscBetaBuildSettings
{
}

/// <summary>
/// Settings of <c>AscDistributeBuild</c>: the build, "What to Test", the groups, beta review,
/// notification and clean-up. Each setting names its fastlane pilot counterpart in docs/testflight.md.
/// </summary>
public sealed class AscDistributeBuildSettings : AscBetaBuildSettings
{
    /// <summary>Gets the names of the groups to add the build to (pilot's <c>groups</c>).</summary>
    public ICollection<string> Groups { get; } = [];

    /// <summary>Gets or sets "What to Test" for the app's primary locale (pilot's <c>changelog</c>).</summary>
    public string? WhatToTest { get; set; }

    /// <summary>Gets "What to Test" per locale, such as <c>de-DE</c> (pilot's <c>localized_build_info</c>).</summary>
    public IDictionary<string, string> LocalizedWhatToTest { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets a value indicating whether to submit for beta app review when an external group is named (default true, pilot's <c>submit_beta_review</c>).</summary>
    public bool SubmitForBetaReview { get; set; } = true;

    /// <summary>
    /// Gets or sets whether testers are notified (pilot's <c>notify_external_testers</c>): true turns on
    /// automatic notification and notifies now when the build just became available; false turns it
    /// off; unset leaves App Store Connect's setting.
    /// </summary>
    public bool? NotifyTesters { get; set; }

    /// <summary>Gets or sets a value indicating whether to expire the other builds of the same version and platform (pilot's <c>expire_previous_builds</c>).</summary>
    public bool ExpirePreviousBuilds { get; set; }
}
