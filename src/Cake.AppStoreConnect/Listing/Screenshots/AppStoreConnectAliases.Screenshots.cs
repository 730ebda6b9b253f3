using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Listing;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;

namespace Cake.AppStoreConnect;

/// <content>App Store listing: screenshots synced from fastlane deliver's folder layout.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>
    /// Makes the screenshots of the platform's editable App Store version what a folder holds, in fastlane deliver's
    /// layout (<c>screenshots/&lt;locale&gt;/*.png|jpg</c>, iMessage ones in <c>&lt;locale&gt;/iMessage/</c>). The display type
    /// comes from each image's pixel size; the order is the natural file-name order. Every file is checked before
    /// any request; files App Store Connect already has (same MD5) are not sent; an old screenshot is deleted only
    /// once its replacement is processed; a re-run finishes what an interrupted one left and never uploads twice.
    /// Only the locales and display types present in the folder are touched.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="screenshotsFolder">The folder with one sub-folder per locale.</param>
    /// <returns>The plan, file by file: what was (in a dry run, would be) uploaded, kept, deleted and reordered.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request: the message names each file and the fix (alpha channel, a size that is no App Store size with the nearest ones, more than 10 per display type).</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMediaSyncException">No editable version, a locale the version lacks, or a screenshot App Store Connect's processing refused (with Apple's errors).</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Uploads.AscUploadException">A part of a screenshot could not be sent; re-run to finish it.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var plan = AscSyncScreenshots("com.example.app", "./fastlane/screenshots");
    /// Information("Screenshots: {0}", plan);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscChangeResult<IReadOnlyList<AscMediaPlanEntry>> AscSyncScreenshots(this ICakeContext context, string app, DirectoryPath screenshotsFolder) =>
        AscSyncScreenshots(context, app, screenshotsFolder, (AscSyncScreenshotsSettings?)null);

    /// <summary>Syncs the screenshots of a version from a fastlane-layout folder, with settings (version, platform, dry run, concurrency, processing wait).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="screenshotsFolder">The folder with one sub-folder per locale.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>The plan, file by file: what was (in a dry run, would be) uploaded, kept, deleted and reordered.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request: the message names each file and the fix (alpha channel, a size that is no App Store size with the nearest ones, more than 10 per display type).</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMediaSyncException">No editable version, a locale the version lacks, or a screenshot App Store Connect's processing refused (with Apple's errors).</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Uploads.AscUploadException">A part of a screenshot could not be sent; re-run to finish it.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var plan = AscSyncScreenshots("com.example.app", "./fastlane/screenshots", new AscSyncScreenshotsSettings
    /// {
    ///     VersionString = "1.4.0",
    ///     DryRun = Argument("dry-run", false),
    /// });
    /// foreach (var step in plan.Changes)
    /// {
    ///     Information(step);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscChangeResult<IReadOnlyList<AscMediaPlanEntry>> AscSyncScreenshots(this ICakeContext context, string app, DirectoryPath screenshotsFolder, AscSyncScreenshotsSettings? settings) =>
        SyncMedia(context, app, screenshotsFolder, settings, MediaSyncKind.Screenshots);

    /// <summary>Syncs the screenshots of a version from a fastlane-layout folder, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="screenshotsFolder">The folder with one sub-folder per locale.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>The plan, file by file: what was (in a dry run, would be) uploaded, kept, deleted and reordered.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request: the message names each file and the fix (alpha channel, a size that is no App Store size with the nearest ones, more than 10 per display type).</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMediaSyncException">No editable version, a locale the version lacks, or a screenshot App Store Connect's processing refused (with Apple's errors).</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Uploads.AscUploadException">A part of a screenshot could not be sent; re-run to finish it.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSyncScreenshots("com.example.app", "./fastlane/screenshots", s =&gt; s
    ///     .ForVersion("1.4.0")
    ///     .ForPlatform("IOS")
    ///     .SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscChangeResult<IReadOnlyList<AscMediaPlanEntry>> AscSyncScreenshots(this ICakeContext context, string app, DirectoryPath screenshotsFolder, Action<AscSyncScreenshotsSettings> configure) =>
        AscSyncScreenshots(context, app, screenshotsFolder, AscAliasRunner.Configure(configure));

    /// <summary>Runs the one media sync for either alias: the folder made absolute, the kind's rules applied.</summary>
    private static AscChangeResult<IReadOnlyList<AscMediaPlanEntry>> SyncMedia<TSettings>(ICakeContext context, string app, DirectoryPath folder, TSettings? settings, MediaSyncKind kind)
        where TSettings : AscSyncMediaSettings, new()
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentNullException.ThrowIfNull(folder);
        var path = folder.MakeAbsolute(context.Environment).FullPath;
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new MediaSyncService(client, kind).SyncAsync(app, path, s, ct));
    }
}
