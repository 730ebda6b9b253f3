using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Listing;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;

namespace Cake.AppStoreConnect;

/// <content>App Store listing: app previews synced from a folder in fastlane deliver's screenshot layout.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>
    /// Makes the app previews of the platform's editable App Store version what a folder holds
    /// (<c>app_previews/&lt;locale&gt;/*.mp4|mov|m4v</c>, fastlane deliver's screenshot layout). The preview type comes
    /// from the video's size (read from the movie's track header) or, where several types share a size, from the
    /// type's name in the file name (<c>IPHONE_65_intro.mp4</c>); the order is the natural file-name order; at most 3
    /// per locale and type; 15 to 30 seconds long (read from the movie header) and under 500 MB. New previews get
    /// fastlane's poster frame <c>00:00:05:00</c> unless <c>PreviewFrameTimeCode</c> says otherwise. It runs the same sync as <c>AscSyncScreenshots</c>: every file checked before any request,
    /// files App Store Connect already has (same MD5) not sent, an old preview deleted only once its replacement is
    /// processed, a re-run finishing what an interrupted one left. Only the locales and types in the folder are touched.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="previewsFolder">The folder with one sub-folder per locale.</param>
    /// <returns>The plan, file by file: what was (in a dry run, would be) uploaded, kept, deleted and reordered.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request: the message names each file, what was found and the fix (not an .mp4, .mov or .m4v movie with a video track, not 15 to 30 seconds long, 500 MB or more, a size that is no preview size or that several types share, more than 3 per preview type, a poster frame that is not HH:MM:SS:FF or lies past a video's end).</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMediaSyncException">No editable version, a locale the version lacks, or a preview App Store Connect's processing refused (with Apple's errors).</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Uploads.AscUploadException">A part of a preview could not be sent; re-run to finish it.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var plan = AscSyncPreviews("com.example.app", "./fastlane/app_previews");
    /// Information("Previews: {0}", plan);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscChangeResult<IReadOnlyList<AscMediaPlanEntry>> AscSyncPreviews(this ICakeContext context, string app, DirectoryPath previewsFolder) =>
        AscSyncPreviews(context, app, previewsFolder, (AscSyncPreviewsSettings?)null);

    /// <summary>Syncs the app previews of a version from a fastlane-layout folder, with settings (version, platform, dry run, concurrency, processing wait).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="previewsFolder">The folder with one sub-folder per locale.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>The plan, file by file: what was (in a dry run, would be) uploaded, kept, deleted and reordered.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request: the message names each file, what was found and the fix (not an .mp4, .mov or .m4v movie with a video track, not 15 to 30 seconds long, 500 MB or more, a size that is no preview size or that several types share, more than 3 per preview type, a poster frame that is not HH:MM:SS:FF or lies past a video's end).</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMediaSyncException">No editable version, a locale the version lacks, or a preview App Store Connect's processing refused (with Apple's errors).</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Uploads.AscUploadException">A part of a preview could not be sent; re-run to finish it.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var plan = AscSyncPreviews("com.example.app", "./fastlane/app_previews", new AscSyncPreviewsSettings
    /// {
    ///     VersionString = "1.4.0",
    ///     PreviewFrameTimeCode = "00:00:08:00",
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
    public static AscChangeResult<IReadOnlyList<AscMediaPlanEntry>> AscSyncPreviews(this ICakeContext context, string app, DirectoryPath previewsFolder, AscSyncPreviewsSettings? settings) =>
        SyncMedia(context, app, previewsFolder, settings, MediaSyncKind.Previews);

    /// <summary>Syncs the app previews of a version from a fastlane-layout folder, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="previewsFolder">The folder with one sub-folder per locale.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>The plan, file by file: what was (in a dry run, would be) uploaded, kept, deleted and reordered.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request: the message names each file, what was found and the fix (not an .mp4, .mov or .m4v movie with a video track, not 15 to 30 seconds long, 500 MB or more, a size that is no preview size or that several types share, more than 3 per preview type, a poster frame that is not HH:MM:SS:FF or lies past a video's end).</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMediaSyncException">No editable version, a locale the version lacks, or a preview App Store Connect's processing refused (with Apple's errors).</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Uploads.AscUploadException">A part of a preview could not be sent; re-run to finish it.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSyncPreviews("com.example.app", "./fastlane/app_previews", s =&gt; s
    ///     .ForVersion("1.4.0")
    ///     .ForPlatform("IOS")
    ///     .WithPreviewFrameTimeCode("00:00:05:00")
    ///     .SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscChangeResult<IReadOnlyList<AscMediaPlanEntry>> AscSyncPreviews(this ICakeContext context, string app, DirectoryPath previewsFolder, Action<AscSyncPreviewsSettings> configure) =>
        AscSyncPreviews(context, app, previewsFolder, AscAliasRunner.Configure(configure));
}
