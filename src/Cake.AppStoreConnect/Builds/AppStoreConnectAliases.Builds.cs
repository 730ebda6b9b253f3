using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;

namespace Cake.AppStoreConnect;

/// <content>Build uploads and builds.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>
    /// Uploads an .ipa or .pkg through Apple's Build Upload API from any OS (no Xcode, no Transporter),
    /// then waits until the build is processed. Bundle id, version, build number and platform come from
    /// the archive; the key from the environment. Safe to re-run: nothing is uploaded twice.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="archive">The .ipa or .pkg file.</param>
    /// <returns>The upload and the processed build.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.Archives.AppArchiveException">The archive is not an .ipa or .pkg App Store Connect would accept.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Uploads.AscUploadException">The upload of the file did not complete; a re-run resumes it.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// Task("Upload").Does(() =>
    /// {
    ///     var result = AscUploadBuild("./artifacts/MyApp.ipa");
    ///     Information("Build {0} is {1}", result.BuildId, result.ProcessingState);
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Builds")]
    public static AscUploadBuildResult AscUploadBuild(this ICakeContext context, FilePath archive) =>
        AscUploadBuild(context, archive, (AscUploadBuildSettings?)null);

    /// <summary>Uploads an .ipa or .pkg and waits for processing, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="archive">The .ipa or .pkg file.</param>
    /// <param name="settings">Overrides (bundle id, version, platform), concurrency, waiting, export compliance, dry run.</param>
    /// <returns>The upload and the processed build.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.Archives.AppArchiveException">The archive is not an .ipa or .pkg App Store Connect would accept.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Uploads.AscUploadException">The upload of the file did not complete; a re-run resumes it.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var result = AscUploadBuild("./artifacts/MyApp.ipa", new AscUploadBuildSettings
    /// {
    ///     UsesNonExemptEncryption = false,
    ///     Timeout = TimeSpan.FromMinutes(90),
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Builds")]
    public static AscUploadBuildResult AscUploadBuild(this ICakeContext context, FilePath archive, AscUploadBuildSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(archive);
        var path = archive.MakeAbsolute(context.Environment).FullPath;
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new BuildUploadService(client).UploadAsync(path, s, ct));
    }

    /// <summary>Uploads an .ipa or .pkg and waits for processing, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="archive">The .ipa or .pkg file.</param>
    /// <param name="configure">Sets overrides and options.</param>
    /// <returns>The upload and the processed build.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.Archives.AppArchiveException">The archive is not an .ipa or .pkg App Store Connect would accept.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Uploads.AscUploadException">The upload of the file did not complete; a re-run resumes it.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var result = AscUploadBuild("./artifacts/MyApp.ipa", s => s
    ///     .SetMaxConcurrency(6)
    ///     .SetUsesNonExemptEncryption(false)
    ///     .SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Builds")]
    public static AscUploadBuildResult AscUploadBuild(this ICakeContext context, FilePath archive, Action<AscUploadBuildSettings> configure) =>
        AscUploadBuild(context, archive, AscAliasRunner.Configure(configure));

    /// <summary>Waits until a build finishes processing; fails with the reason when it is INVALID.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build id.</param>
    /// <returns>The processed build.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var build = AscWaitForBuildProcessing(upload.BuildId);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscBuild AscWaitForBuildProcessing(this ICakeContext context, string buildId) =>
        AscWaitForBuildProcessing(context, buildId, (AscWaitForBuildSettings?)null);

    /// <summary>Waits until a build, by id, finishes processing, with a timeout and poll intervals.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build id (replaces the settings' build).</param>
    /// <param name="settings">How long, how often; <see langword="null"/> for the defaults.</param>
    /// <returns>The processed build.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var build = AscWaitForBuildProcessing(upload.BuildId, new AscWaitForBuildSettings { Timeout = TimeSpan.FromMinutes(90) });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscBuild AscWaitForBuildProcessing(this ICakeContext context, string buildId, AscWaitForBuildSettings? settings)
    {
        if (string.IsNullOrWhiteSpace(buildId))
        {
            throw new ArgumentException(BuildQueryService.NoBuildToWaitFor);
        }

        settings ??= new AscWaitForBuildSettings();
        settings.BuildId = buildId;
        return AscWaitForBuildProcessing(context, settings);
    }

    /// <summary>Waits until a build, by id, finishes processing, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build id.</param>
    /// <param name="configure">Says how long and how often.</param>
    /// <returns>The processed build.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var build = AscWaitForBuildProcessing(upload.BuildId, s => s.SetTimeout(TimeSpan.FromHours(2)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscBuild AscWaitForBuildProcessing(this ICakeContext context, string buildId, Action<AscWaitForBuildSettings> configure) =>
        AscWaitForBuildProcessing(context, buildId, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Waits until a build named in the settings, by id or by app, version and build number, finishes
    /// processing. The build is in the settings, not a parameter, because it may be named without its id.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">Which build, and how long.</param>
    /// <returns>The processed build.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var build = AscWaitForBuildProcessing(new AscWaitForBuildSettings
    /// {
    ///     App = "com.example.app", VersionString = "1.4.0", BuildNumber = "57", Timeout = TimeSpan.FromMinutes(90),
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscBuild AscWaitForBuildProcessing(this ICakeContext context, AscWaitForBuildSettings? settings) =>
        AscAliasRunner.Run(context, settings, (client, s, ct) => new BuildQueryService(client).WaitAsync(s, ct));

    /// <summary>Waits until a build named in the settings finishes processing, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Says which build, and how long.</param>
    /// <returns>The processed build.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var build = AscWaitForBuildProcessing(s => s.ForBuild("com.example.app", "1.4.0", "57").SetTimeout(TimeSpan.FromHours(2)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscBuild AscWaitForBuildProcessing(this ICakeContext context, Action<AscWaitForBuildSettings> configure) =>
        AscWaitForBuildProcessing(context, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Gets the highest build number of an app, counting uploads still processing, for the common
    /// "next build number" step. Returns 1 (or the settings' initial value) when there is none.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>The highest build number.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var next = int.Parse(AscGetLatestBuildNumber("com.example.app")) + 1;
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static string AscGetLatestBuildNumber(this ICakeContext context, string app) =>
        AscGetLatestBuildNumber(context, app, (AscBuildQuerySettings?)null);

    /// <summary>Gets the highest build number of an app, for a version and platform when given.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">Version, platform and initial value.</param>
    /// <returns>The highest build number.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var latest = AscGetLatestBuildNumber("com.example.app", new AscBuildQuerySettings { VersionString = "1.4.0", Platform = "IOS", InitialBuildNumber = "0" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static string AscGetLatestBuildNumber(this ICakeContext context, string app, AscBuildQuerySettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new BuildQueryService(client).GetLatestBuildNumberAsync(app, s, ct));
    }

    /// <summary>Gets the highest build number of an app, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets version, platform and initial value.</param>
    /// <returns>The highest build number.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var latest = AscGetLatestBuildNumber("com.example.app", s => s.ForVersion("1.4.0").ForPlatform("IOS"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static string AscGetLatestBuildNumber(this ICakeContext context, string app, Action<AscBuildQuerySettings> configure) =>
        AscGetLatestBuildNumber(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Lists an app's builds, newest first, all pages read.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>The builds.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var build in AscGetBuilds("com.example.app"))
    /// {
    ///     Information("{0} {1}", build, build.Expired ? "expired" : "active");
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static IReadOnlyList<AscBuild> AscGetBuilds(this ICakeContext context, string app) =>
        AscGetBuilds(context, app, (AscBuildQuerySettings?)null);

    /// <summary>Lists an app's builds matching a filter (version, build numbers, processing state, expired).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The filter.</param>
    /// <returns>The builds.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var valid = AscGetBuilds("com.example.app", new AscBuildQuerySettings { VersionString = "1.4.0", Expired = false }
    ///     .WithProcessingStates("VALID"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static IReadOnlyList<AscBuild> AscGetBuilds(this ICakeContext context, string app, AscBuildQuerySettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new BuildQueryService(client).GetBuildsAsync(app, s, ct));
    }

    /// <summary>Lists an app's builds matching a filter, configuring it with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the filter.</param>
    /// <returns>The builds.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var builds = AscGetBuilds("com.example.app", s => s.ForVersion("1.4.0").SetExpired(false));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static IReadOnlyList<AscBuild> AscGetBuilds(this ICakeContext context, string app, Action<AscBuildQuerySettings> configure) =>
        AscGetBuilds(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Expires builds given by id, so testers can no longer install them.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildIds">The build ids.</param>
    /// <returns>The builds expired (<c>Resource</c>; in a dry run, those that would be) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscExpireBuilds(new[] { "a1b2c3", "d4e5f6" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscChangeResult<IReadOnlyList<AscBuild>> AscExpireBuilds(this ICakeContext context, IEnumerable<string> buildIds) =>
        AscExpireBuilds(context, buildIds, (AscBuildQuerySettings?)null);

    /// <summary>Expires builds given by id, with settings (credentials, dry run).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildIds">The build ids (added to the settings' <c>BuildIds</c>).</param>
    /// <param name="settings">Credentials and dry run; <see langword="null"/> for the defaults.</param>
    /// <returns>The builds expired (<c>Resource</c>; in a dry run, those that would be) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscExpireBuilds(new[] { "a1b2c3", "d4e5f6" }, new AscBuildQuerySettings { DryRun = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscChangeResult<IReadOnlyList<AscBuild>> AscExpireBuilds(this ICakeContext context, IEnumerable<string> buildIds, AscBuildQuerySettings? settings)
    {
        ArgumentNullException.ThrowIfNull(buildIds);
        settings ??= new AscBuildQuerySettings();
        AddMissing(settings.BuildIds, buildIds, StringComparer.Ordinal);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new BuildQueryService(client).ExpireAsync(s, null, ct));
    }

    /// <summary>Expires builds given by id, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildIds">The build ids.</param>
    /// <param name="configure">Sets credentials and dry run.</param>
    /// <returns>The builds expired (<c>Resource</c>; in a dry run, those that would be) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscExpireBuilds(new[] { "a1b2c3" }, s => s.SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscChangeResult<IReadOnlyList<AscBuild>> AscExpireBuilds(this ICakeContext context, IEnumerable<string> buildIds, Action<AscBuildQuerySettings> configure) =>
        AscExpireBuilds(context, buildIds, AscAliasRunner.Configure(configure));

    /// <summary>Expires builds whose ids are in the settings; kept for scripts written before the ids became a parameter.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The build ids.</param>
    /// <returns>The builds expired (<c>Resource</c>; in a dry run, those that would be) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscExpireBuilds(new[] { "a1b2c3", "d4e5f6" }, new AscBuildQuerySettings { DryRun = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    [Obsolete("Use AscExpireBuilds(buildIds, settings): the build ids are a parameter like in the other overloads.")]
    public static AscChangeResult<IReadOnlyList<AscBuild>> AscExpireBuilds(this ICakeContext context, AscBuildQuerySettings settings) =>
        AscExpireBuilds(context, [], settings);

    /// <summary>
    /// Expires an app's builds matching a filter, keeping the newest ones if asked. Supports dry run. The
    /// builds are chosen by the settings' filter, so this shape takes the app rather than build ids.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The filter, how many to keep, dry run.</param>
    /// <returns>The builds expired (<c>Resource</c>; in a dry run, those that would be) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// // Keep the two newest builds of 1.4.0, expire the rest.
    /// AscExpireBuilds("com.example.app", new AscBuildQuerySettings { VersionString = "1.4.0", KeepLatest = 2 });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscChangeResult<IReadOnlyList<AscBuild>> AscExpireBuilds(this ICakeContext context, string app, AscBuildQuerySettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new BuildQueryService(client).ExpireAsync(s, app, ct));
    }

    /// <summary>Expires an app's builds matching a filter, configuring it with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the filter, how many to keep, dry run.</param>
    /// <returns>The builds expired (<c>Resource</c>; in a dry run, those that would be) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscExpireBuilds("com.example.app", s => s.ForVersion("1.4.0").SetKeepLatest(1).SetDryRun());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscChangeResult<IReadOnlyList<AscBuild>> AscExpireBuilds(this ICakeContext context, string app, Action<AscBuildQuerySettings> configure) =>
        AscExpireBuilds(context, app, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Answers a build's export compliance question (does it use non-exempt encryption?), which
    /// TestFlight and App Store review need before they accept the build.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build id.</param>
    /// <param name="usesNonExemptEncryption">The answer.</param>
    /// <returns>The build (<c>Resource</c>) and what changed; a build answered before keeps its answer, reported in <c>AlreadyInPlace</c>.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSetExportCompliance(upload.BuildId, usesNonExemptEncryption: false);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscChangeResult<AscBuild> AscSetExportCompliance(this ICakeContext context, string buildId, bool usesNonExemptEncryption) =>
        AscSetExportCompliance(context, buildId, usesNonExemptEncryption, (AscSettings?)null);

    /// <summary>Answers a build's export compliance question, with settings (credentials, dry run).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build id.</param>
    /// <param name="usesNonExemptEncryption">The answer.</param>
    /// <param name="settings">Credentials and dry run.</param>
    /// <returns>The build (<c>Resource</c>) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSetExportCompliance(buildId, false, new AscSettings { DryRun = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscChangeResult<AscBuild> AscSetExportCompliance(this ICakeContext context, string buildId, bool usesNonExemptEncryption, AscSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(buildId);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new BuildQueryService(client).SetExportComplianceAsync(buildId, usesNonExemptEncryption, s, ct));
    }

    /// <summary>Answers a build's export compliance question, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build id.</param>
    /// <param name="usesNonExemptEncryption">The answer.</param>
    /// <param name="configure">Sets credentials and dry run.</param>
    /// <returns>The build (<c>Resource</c>) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscProcessingException">The build failed processing or did not finish in time.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSetExportCompliance(buildId, false, s => s.SetDryRun());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Builds")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Builds")]
    public static AscChangeResult<AscBuild> AscSetExportCompliance(this ICakeContext context, string buildId, bool usesNonExemptEncryption, Action<AscSettings> configure) =>
        AscSetExportCompliance(context, buildId, usesNonExemptEncryption, AscAliasRunner.Configure(configure));
}
