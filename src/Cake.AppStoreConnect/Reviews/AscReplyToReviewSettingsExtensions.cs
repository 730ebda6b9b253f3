using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Reviews;

/// <summary>Fluent helpers for <see cref="AscReplyToReviewSettings"/>; each returns the same instance.</summary>
public static class AscReplyToReviewSettingsExtensions
{
    /// <summary>Says whether an existing, different response may be replaced.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="replaceExisting">Whether to replace.</param>
    /// <returns>The same settings.</returns>
    public static AscReplyToReviewSettings SetReplaceExisting(this AscReplyToReviewSettings settings, bool replaceExisting = true) =>
        SettingsFluent.Apply(settings, s => s.ReplaceExisting = replaceExisting);

    /// <summary>Keeps an existing, different response: the alias then fails instead of replacing it.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The same settings.</returns>
    public static AscReplyToReviewSettings KeepExisting(this AscReplyToReviewSettings settings) => SetReplaceExisting(settings, false);
}
