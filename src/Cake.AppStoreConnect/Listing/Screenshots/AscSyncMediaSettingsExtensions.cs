using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Listing;

/// <summary>Fluent helpers for <see cref="AscSyncScreenshotsSettings"/> and <see cref="AscSyncPreviewsSettings"/>; each returns the same instance (<c>ForVersion</c>, <c>ForPlatform</c> and the wait helpers are shared).</summary>
public static class AscSyncMediaSettingsExtensions
{
    /// <summary>Sets how many files are sent at once.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="concurrency">Uploads in flight (at least 1).</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithConcurrency<TSettings>(this TSettings settings, int concurrency)
        where TSettings : AscSyncMediaSettings =>
        SettingsFluent.Apply(settings, s => s.Concurrency = concurrency);

    /// <summary>Sets the poster frame of every preview (<c>previewFrameTimeCode</c>, <c>HH:MM:SS:FF</c>); a kept preview with another one is changed.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="timeCode">The time code, such as <c>00:00:05:00</c> (5 seconds in).</param>
    /// <returns>The same settings.</returns>
    public static AscSyncPreviewsSettings WithPreviewFrameTimeCode(this AscSyncPreviewsSettings settings, string timeCode) =>
        SettingsFluent.Apply(settings, s => s.PreviewFrameTimeCode = timeCode);
}
