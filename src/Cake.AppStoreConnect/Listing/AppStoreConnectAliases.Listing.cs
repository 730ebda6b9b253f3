using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Listing;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;

namespace Cake.AppStoreConnect;

/// <content>The App Store listing: metadata synced from and downloaded to fastlane deliver's folder layout.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>
    /// Writes the App Store listing from fastlane deliver's metadata folder (<c>&lt;locale&gt;/*.txt</c>, <c>copyright.txt</c>,
    /// categories, <c>review_information/</c>) to the platform's editable version and app info. Checks every value
    /// before any request, plans field by field, and writes only what differs: a second run writes nothing.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="folder">fastlane's metadata folder, such as <c>./fastlane/metadata</c>.</param>
    /// <returns>What changed (in a dry run: the plan), with each field's old and new value.</returns>
    /// <exception cref="System.ArgumentException">Bad input (a too long text, a bad URL, an unknown locale or category), found before any request; the message names the file and the fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscListingException">No editable version or app info, or What's New on a first version; the message names the blocking state and what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMetadataRejectedException">App Store Connect refused a value; the message names the locale, field and file.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSyncMetadata("com.example.app", "./fastlane/metadata");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscChangeResult<IReadOnlyList<AscMetadataChange>> AscSyncMetadata(this ICakeContext context, string app, string folder) =>
        AscSyncMetadata(context, app, folder, (AscSyncMetadataSettings?)null);

    /// <summary>Writes the App Store listing from fastlane deliver's metadata folder, with settings (version, platform, values set in code, age rating JSON, dry run).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="folder">fastlane's metadata folder.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>What changed (in a dry run: the plan), with each field's old and new value.</returns>
    /// <exception cref="System.ArgumentException">Bad input (a too long text, a bad URL, an unknown locale or category), found before any request; the message names the file and the fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscListingException">No editable version or app info, or What's New on a first version; the message names the blocking state and what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMetadataRejectedException">App Store Connect refused a value; the message names the locale, field and file.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var plan = AscSyncMetadata("com.example.app", "./fastlane/metadata", new AscSyncMetadataSettings { VersionString = "1.4.0", DryRun = true });
    /// Information(plan.ToString());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscChangeResult<IReadOnlyList<AscMetadataChange>> AscSyncMetadata(this ICakeContext context, string app, string folder, AscSyncMetadataSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        settings ??= new AscSyncMetadataSettings();
        var metadata = DeliverFolder.Read(new DirectoryPath(folder).MakeAbsolute(context.Environment).FullPath, AgeRatingFile(context, settings));
        metadata.Overlay(settings.Metadata);
        MetadataValidator.Check(metadata);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new MetadataSyncService(client).SyncAsync(app, metadata, s, ReviewAttachment(context, s), ct));
    }

    /// <summary>Writes the App Store listing from fastlane deliver's metadata folder, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="folder">fastlane's metadata folder.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What changed (in a dry run: the plan), with each field's old and new value.</returns>
    /// <exception cref="System.ArgumentException">Bad input (a too long text, a bad URL, an unknown locale or category), found before any request; the message names the file and the fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscListingException">No editable version or app info, or What's New on a first version; the message names the blocking state and what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMetadataRejectedException">App Store Connect refused a value; the message names the locale, field and file.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSyncMetadata("com.example.app", "./fastlane/metadata", s =&gt; s.ForVersion("1.4.0").WithAgeRatingFile("./fastlane/age_rating.json").WithReviewAttachment("./fastlane/review_demo.mp4").SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscChangeResult<IReadOnlyList<AscMetadataChange>> AscSyncMetadata(this ICakeContext context, string app, string folder, Action<AscSyncMetadataSettings> configure) =>
        AscSyncMetadata(context, app, folder, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Writes the App Store listing from values set in code (<see cref="AscSyncMetadataSettings.Metadata"/> and its
    /// <c>With…</c> helpers) instead of a folder: the same checks, plan and writes. This shape takes no folder, because the
    /// values are given in the settings.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The values and settings; <see langword="null"/> writes nothing.</param>
    /// <returns>What changed (in a dry run: the plan), with each field's old and new value.</returns>
    /// <exception cref="System.ArgumentException">Bad input (a too long text, a bad URL, an unknown locale or category), found before any request; the message names the field and the fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscListingException">No editable version or app info, or What's New on a first version; the message names the blocking state and what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMetadataRejectedException">App Store Connect refused a value; the message names the locale and field.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var settings = new AscSyncMetadataSettings { DryRun = true };
    /// settings.Metadata.Locale("en-US").PromotionalText = "Now with offline mode.";
    /// AscSyncMetadata("com.example.app", settings);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscChangeResult<IReadOnlyList<AscMetadataChange>> AscSyncMetadata(this ICakeContext context, string app, AscSyncMetadataSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        settings ??= new AscSyncMetadataSettings();
        var metadata = new AscMetadata();
        if (AgeRatingFile(context, settings) is { } ageRating)
        {
            DeliverFolder.ReadAgeRating(ageRating, metadata);
        }

        metadata.Overlay(settings.Metadata);
        MetadataValidator.Check(metadata);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new MetadataSyncService(client).SyncAsync(app, metadata, s, ReviewAttachment(context, s), ct));
    }

    /// <summary>Writes the App Store listing from values set in code, configuring them with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the values and settings.</param>
    /// <returns>What changed (in a dry run: the plan), with each field's old and new value.</returns>
    /// <exception cref="System.ArgumentException">Bad input (a too long text, a bad URL, an unknown locale or category), found before any request; the message names the field and the fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscListingException">No editable version or app info, or What's New on a first version; the message names the blocking state and what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscMetadataRejectedException">App Store Connect refused a value; the message names the locale and field.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSyncMetadata("com.example.app", s =&gt; s
    ///     .WithLocale("en-US", l =&gt; l.PromotionalText = "Now with offline mode.")
    ///     .WithCopyright("2026 Example Ltd")
    ///     .WithCategories("PRODUCTIVITY"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscChangeResult<IReadOnlyList<AscMetadataChange>> AscSyncMetadata(this ICakeContext context, string app, Action<AscSyncMetadataSettings> configure) =>
        AscSyncMetadata(context, app, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Writes the App Store listing App Store Connect holds (the editable version and app info, else the live ones) into
    /// fastlane deliver's metadata layout, so a team can start from it; syncing the folder back changes nothing. The demo
    /// account's password is not written.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="folder">The folder to write, created when missing; existing files of the layout are replaced.</param>
    /// <returns>The listing written.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="System.IO.IOException">The folder cannot be written; checked before any request.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscListingException">The app has no version or app info to read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDownloadMetadata("com.example.app", "./fastlane/metadata");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscMetadata AscDownloadMetadata(this ICakeContext context, string app, string folder) =>
        AscDownloadMetadata(context, app, folder, (AscDownloadMetadataSettings?)null);

    /// <summary>Writes the App Store listing into fastlane deliver's metadata layout, with settings (version, platform).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="folder">The folder to write, created when missing.</param>
    /// <param name="settings">The settings; <see langword="null"/> for defaults and credentials from the environment.</param>
    /// <returns>The listing written.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="System.IO.IOException">The folder cannot be written; checked before any request.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscListingException">The app has no version or app info to read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDownloadMetadata("com.example.app", "./fastlane/metadata", new AscDownloadMetadataSettings { VersionString = "1.3.0" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscMetadata AscDownloadMetadata(this ICakeContext context, string app, string folder, AscDownloadMetadataSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var path = new DirectoryPath(folder).MakeAbsolute(context.Environment).FullPath;
        OutputPaths.CheckFolder(path, "The metadata folder");
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new MetadataDownloadService(client).DownloadAsync(app, path, s, ct));
    }

    /// <summary>Writes the App Store listing into fastlane deliver's metadata layout, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="folder">The folder to write, created when missing.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>The listing written.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="System.IO.IOException">The folder cannot be written; checked before any request.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Listing.AscListingException">The app has no version or app info to read.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDownloadMetadata("com.example.app", "./fastlane/metadata", s =&gt; s.ForPlatform("MAC_OS"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Listing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Listing")]
    public static AscMetadata AscDownloadMetadata(this ICakeContext context, string app, string folder, Action<AscDownloadMetadataSettings> configure) =>
        AscDownloadMetadata(context, app, folder, AscAliasRunner.Configure(configure));

    private static string? AgeRatingFile(ICakeContext context, AscSyncMetadataSettings settings) =>
        settings.AgeRatingFile is null ? null : new FilePath(settings.AgeRatingFile).MakeAbsolute(context.Environment).FullPath;

    private static string? ReviewAttachment(ICakeContext context, AscSyncMetadataSettings settings) =>
        settings.ReviewAttachmentFile is null ? null : new FilePath(settings.ReviewAttachmentFile).MakeAbsolute(context.Environment).FullPath;
}
