using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Fluent helpers for <see cref="AscSubmitForReviewSettings"/>; each returns the same instance.</summary>
public static class AscSubmitForReviewSettingsExtensions
{
    /// <summary>Acts on the version of this platform.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForReviewSettings ForPlatform(this AscSubmitForReviewSettings settings, string platform) => SettingsFluent.Apply(settings, s => s.Platform = platform);

    /// <summary>Acts on this version.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="versionString">The version string, such as <c>1.4.0</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForReviewSettings ForVersion(this AscSubmitForReviewSettings settings, string versionString) => SettingsFluent.Apply(settings, s => s.VersionString = versionString);

    /// <summary>Cancels another open submission that blocks this one.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="cancel">Whether to cancel it.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForReviewSettings SetCancelPreviousSubmission(this AscSubmitForReviewSettings settings, bool cancel = true) => SettingsFluent.Apply(settings, s => s.CancelPreviousSubmission = cancel);

    /// <summary>Answers the build's export compliance question when it is unanswered.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="usesNonExemptEncryption">Whether the app uses non-exempt encryption.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForReviewSettings SetUsesNonExemptEncryption(this AscSubmitForReviewSettings settings, bool usesNonExemptEncryption) => SettingsFluent.Apply(settings, s => s.UsesNonExemptEncryption = usesNonExemptEncryption);

    /// <summary>Answers the app's content rights question when it is unanswered.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="containsThirdPartyContent">Whether the app contains, shows or accesses third-party content.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForReviewSettings SetContainsThirdPartyContent(this AscSubmitForReviewSettings settings, bool containsThirdPartyContent) => SettingsFluent.Apply(settings, s => s.ContainsThirdPartyContent = containsThirdPartyContent);

    /// <summary>Waits until the submission is WAITING_FOR_REVIEW or beyond.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="wait">Whether to wait.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForReviewSettings SetWaitForReview(this AscSubmitForReviewSettings settings, bool wait = true) => SettingsFluent.Apply(settings, s => s.WaitForReview = wait);

    /// <summary>Waits at most this long.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="timeout">The timeout.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForReviewSettings SetTimeout(this AscSubmitForReviewSettings settings, TimeSpan timeout) => SettingsFluent.Apply(settings, s => s.Timeout = timeout);

    /// <summary>Polls from this interval up to a longest one.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="initial">The first interval.</param>
    /// <param name="max">The longest interval.</param>
    /// <returns>The same settings.</returns>
    public static AscSubmitForReviewSettings SetPollInterval(this AscSubmitForReviewSettings settings, TimeSpan initial, TimeSpan? max = null) =>
        SettingsFluent.Apply(settings, s => (s.PollInterval, s.MaxPollInterval) = (initial, max ?? s.MaxPollInterval));
}
