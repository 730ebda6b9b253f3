using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Listing;

/// <summary>Fluent helpers for <see cref="AscSyncScreenshotsSettings"/>; each returns the same instance (<c>ForVersion</c>, <c>ForPlatform</c> and the wait helpers are shared).</summary>
public static class AscSyncScreenshotsSettingsExtensions
{
    /// <summary>Sets how many screenshots are sent at once.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="concurrency">Uploads in flight (at least 1).</param>
    /// <returns>The same settings.</returns>
    public static AscSyncScreenshotsSettings WithConcurrency(this AscSyncScreenshotsSettings settings, int concurrency) =>
        SettingsFluent.Apply(settings, s => s.Concurrency = concurrency);
}
