using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Fluent helpers for <see cref="AscCancelReviewSubmissionSettings"/>; each returns the same instance.</summary>
public static class AscCancelReviewSubmissionSettingsExtensions
{
    /// <summary>Waits until the canceled submissions are COMPLETE.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="wait">Whether to wait.</param>
    /// <returns>The same settings.</returns>
    public static AscCancelReviewSubmissionSettings SetWaitForCompletion(this AscCancelReviewSubmissionSettings settings, bool wait = true) => SettingsFluent.Apply(settings, s => s.WaitForCompletion = wait);
}
