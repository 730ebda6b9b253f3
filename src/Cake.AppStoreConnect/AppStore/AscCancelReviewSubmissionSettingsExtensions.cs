using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Fluent helpers for <see cref="AscCancelReviewSubmissionSettings"/>; each returns the same instance.</summary>
public static class AscCancelReviewSubmissionSettingsExtensions
{
    /// <summary>Acts on the version of this platform.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscCancelReviewSubmissionSettings ForPlatform(this AscCancelReviewSubmissionSettings settings, string platform) => SettingsFluent.Apply(settings, s => s.Platform = platform);

    /// <summary>Acts on this version.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="versionString">The version string, such as <c>1.4.0</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscCancelReviewSubmissionSettings ForVersion(this AscCancelReviewSubmissionSettings settings, string versionString) => SettingsFluent.Apply(settings, s => s.VersionString = versionString);

    /// <summary>Waits until the canceled submissions are COMPLETE.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="wait">Whether to wait.</param>
    /// <returns>The same settings.</returns>
    public static AscCancelReviewSubmissionSettings SetWaitForCompletion(this AscCancelReviewSubmissionSettings settings, bool wait = true) => SettingsFluent.Apply(settings, s => s.WaitForCompletion = wait);

    /// <summary>Waits at most this long.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="timeout">The timeout.</param>
    /// <returns>The same settings.</returns>
    public static AscCancelReviewSubmissionSettings SetTimeout(this AscCancelReviewSubmissionSettings settings, TimeSpan timeout) => SettingsFluent.Apply(settings, s => s.Timeout = timeout);

    /// <summary>Polls from this interval up to a longest one.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="initial">The first interval.</param>
    /// <param name="max">The longest interval.</param>
    /// <returns>The same settings.</returns>
    public static AscCancelReviewSubmissionSettings SetPollInterval(this AscCancelReviewSubmissionSettings settings, TimeSpan initial, TimeSpan? max = null) =>
        SettingsFluent.Apply(settings, s => (s.PollInterval, s.MaxPollInterval) = (initial, max ?? s.MaxPollInterval));
}
