using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Fluent helpers for <see cref="AscSubmitForReviewSettings"/>; each returns the same instance.</summary>
public static class AscSubmitForReviewSettingsExtensions
{
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
}
