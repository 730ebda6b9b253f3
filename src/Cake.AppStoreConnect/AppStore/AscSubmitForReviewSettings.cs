using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Settings of <c>AscSubmitForReview</c>: which version, how to resolve conflicts, whether to wait.</summary>
public sealed class AscSubmitForReviewSettings : AscSettings, IAscVersionTarget, IAscWaitSettings
{
    /// <summary>Gets or sets the platform (default <c>IOS</c>).</summary>
    public string Platform { get; set; } = AscPlatform.Ios;

    /// <summary>Gets or sets the version string; unset: the platform's editable version.</summary>
    public string? VersionString { get; set; }

    /// <inheritdoc/>
    string? IAscVersionTarget.Platform { get => Platform; set => Platform = value ?? AscPlatform.Ios; }

    /// <summary>
    /// Gets or sets a value indicating whether another open submission of the app and platform (already
    /// submitted, with other content) is canceled so this one can go (fastlane <c>reject_if_possible</c>). Default false: fail with a message.
    /// </summary>
    public bool CancelPreviousSubmission { get; set; }

    /// <summary>Gets or sets the build's export compliance answer, set when unanswered (fastlane <c>submission_information.export_compliance_uses_encryption</c>).</summary>
    public bool? UsesNonExemptEncryption { get; set; }

    /// <summary>Gets or sets the app's content rights answer, set when unanswered (fastlane <c>submission_information.content_rights_contains_third_party_content</c>).</summary>
    public bool? ContainsThirdPartyContent { get; set; }

    /// <summary>Gets or sets a value indicating whether to wait until the submission is WAITING_FOR_REVIEW or beyond (default false).</summary>
    public bool WaitForReview { get; set; }

    /// <summary>Gets or sets how long to wait at most (default 10 minutes).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the first interval between polls (default 2 s, growing to 30 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the longest interval between polls (default 30 s).</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    internal AscPollingSettings Polling => new(Timeout, PollInterval, MaxPollInterval);
}
