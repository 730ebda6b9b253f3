using Cake.AppStoreConnect.Client.Signing;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Credentials;
using Cake.AppStoreConnect.Signing;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;

namespace Cake.AppStoreConnect;

/// <content>Code signing: bundle ids, devices, certificates and provisioning profiles, on any OS.</content>
public static partial class AppStoreConnectAliases
{
    private const string SigningCategory = "Signing";

    /// <summary>Registers a bundle id when it is missing (an exact identifier match, not Apple's prefix filter), as an iOS bundle id named after it.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="identifier">The bundle identifier, such as <c>com.example.app</c>.</param>
    /// <returns>What changed, with the bundle id.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscEnsureBundleId("com.example.app");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<AscBundleId> AscEnsureBundleId(this ICakeContext context, string identifier) =>
        AscEnsureBundleId(context, identifier, (AscEnsureBundleIdSettings?)null);

    /// <summary>
    /// Makes a bundle id exist with a name, platform and exactly the capabilities asked for: creates it when
    /// missing, renames it, enables and disables capabilities (with their settings), and reports what changed.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="identifier">The bundle identifier.</param>
    /// <param name="settings">Name, platform, capabilities, dry run.</param>
    /// <returns>What changed (in a dry run: would change), with the bundle id.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscEnsureBundleId("com.example.app", new AscEnsureBundleIdSettings { Name = "Example", Platform = "UNIVERSAL" }
    ///     .WithCapabilities("PUSH_NOTIFICATIONS", "ASSOCIATED_DOMAINS"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<AscBundleId> AscEnsureBundleId(this ICakeContext context, string identifier, AscEnsureBundleIdSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        settings ??= new AscEnsureBundleIdSettings();
        BundleIdService.Validate(identifier, settings);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new BundleIdService(client).EnsureAsync(identifier, s, ct));
    }

    /// <summary>Makes a bundle id exist as configured by a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="identifier">The bundle identifier.</param>
    /// <param name="configure">Sets name, platform and capabilities.</param>
    /// <returns>What changed (in a dry run: would change), with the bundle id.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscEnsureBundleId("com.example.app", s => s
    ///     .WithName("Example")
    ///     .ForPlatform("IOS")
    ///     .WithCapabilities("PUSH_NOTIFICATIONS", "IN_APP_PURCHASE"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<AscBundleId> AscEnsureBundleId(this ICakeContext context, string identifier, Action<AscEnsureBundleIdSettings> configure) =>
        AscEnsureBundleId(context, identifier, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Registers the devices of a fastlane devices file (header line, then <c>UDID&lt;TAB&gt;Name&lt;TAB&gt;ios|mac</c>):
    /// existing UDIDs are renamed or re-enabled, never registered twice; every UDID is checked before any request.
    /// A second shape takes a list in code (the devices may come from a file or a list, hence two shapes).
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="devicesFile">The devices file.</param>
    /// <returns>What changed, with the devices.</returns>
    /// <exception cref="System.ArgumentException">A malformed file or UDID, found before any request; the message names the line or device.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">Apple's device-slot limit was reached (the message names the family and count), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRegisterDevices("./fastlane/devices.txt");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<IReadOnlyList<AscDevice>> AscRegisterDevices(this ICakeContext context, FilePath devicesFile) =>
        AscRegisterDevices(context, devicesFile, (AscRegisterDevicesSettings?)null);

    /// <summary>Registers the devices of a fastlane devices file, with settings (credentials, dry run).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="devicesFile">The devices file.</param>
    /// <param name="settings">Credentials and dry run.</param>
    /// <returns>What changed (in a dry run: would change), with the devices.</returns>
    /// <exception cref="System.ArgumentException">A malformed file or UDID, found before any request; the message names the line or device.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">Apple's device-slot limit was reached (the message names the family and count), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var plan = AscRegisterDevices("./fastlane/devices.txt", new AscRegisterDevicesSettings { DryRun = true });
    /// Information(plan);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<IReadOnlyList<AscDevice>> AscRegisterDevices(this ICakeContext context, FilePath devicesFile, AscRegisterDevicesSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(devicesFile);
        var path = devicesFile.MakeAbsolute(context.Environment).FullPath;
        if (!File.Exists(path))
        {
            throw new ArgumentException($"Devices file '{path}' does not exist.", nameof(devicesFile));
        }

        return AscRegisterDevices(context, DevicesFile.Read(path), settings);
    }

    /// <summary>Registers the devices of a fastlane devices file, configured by a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="devicesFile">The devices file.</param>
    /// <param name="configure">Sets credentials and dry run.</param>
    /// <returns>What changed (in a dry run: would change), with the devices.</returns>
    /// <exception cref="System.ArgumentException">A malformed file or UDID, found before any request; the message names the line or device.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">Apple's device-slot limit was reached (the message names the family and count), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRegisterDevices("./fastlane/devices.txt", s => s.DryRun = true);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<IReadOnlyList<AscDevice>> AscRegisterDevices(this ICakeContext context, FilePath devicesFile, Action<AscRegisterDevicesSettings> configure) =>
        AscRegisterDevices(context, devicesFile, AscAliasRunner.Configure(configure));

    /// <summary>Registers devices given in code: existing UDIDs are renamed or re-enabled, never registered twice.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="devices">The devices.</param>
    /// <returns>What changed, with the devices.</returns>
    /// <exception cref="System.ArgumentException">A malformed UDID or empty name, found before any request; the message names the device.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">Apple's device-slot limit was reached (the message names the family and count), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRegisterDevices(new[]
    /// {
    ///     new AscDeviceRegistration("00008030-001A2D3E0C38802E", "QA iPhone 15"),
    ///     new AscDeviceRegistration("00008103-001A2B3C4D5E6F7A", "Build Mac", "MAC_OS"),
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<IReadOnlyList<AscDevice>> AscRegisterDevices(this ICakeContext context, IEnumerable<AscDeviceRegistration> devices) =>
        AscRegisterDevices(context, devices, (AscRegisterDevicesSettings?)null);

    /// <summary>Registers devices given in code, with settings (credentials, dry run).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="devices">The devices.</param>
    /// <param name="settings">Credentials and dry run.</param>
    /// <returns>What changed (in a dry run: would change), with the devices.</returns>
    /// <exception cref="System.ArgumentException">A malformed UDID or empty name, found before any request; the message names the device.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">Apple's device-slot limit was reached (the message names the family and count), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRegisterDevices(new[] { new AscDeviceRegistration("00008030-001A2D3E0C38802E", "QA iPhone 15") }, new AscRegisterDevicesSettings { DryRun = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<IReadOnlyList<AscDevice>> AscRegisterDevices(this ICakeContext context, IEnumerable<AscDeviceRegistration> devices, AscRegisterDevicesSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(devices);
        var list = DeviceService.Validate(devices);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new DeviceService(client).RegisterAsync(list, s, ct));
    }

    /// <summary>Registers devices given in code, configured by a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="devices">The devices.</param>
    /// <param name="configure">Sets credentials and dry run.</param>
    /// <returns>What changed (in a dry run: would change), with the devices.</returns>
    /// <exception cref="System.ArgumentException">A malformed UDID or empty name, found before any request; the message names the device.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">Apple's device-slot limit was reached (the message names the family and count), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRegisterDevices(new[] { new AscDeviceRegistration("00008030-001A2D3E0C38802E", "QA iPhone 15") }, s => s.DryRun = true);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<IReadOnlyList<AscDevice>> AscRegisterDevices(this ICakeContext context, IEnumerable<AscDeviceRegistration> devices, Action<AscRegisterDevicesSettings> configure) =>
        AscRegisterDevices(context, devices, AscAliasRunner.Configure(configure));

    /// <summary>Gets a signing certificate (.p12 with the team's signing key, and .cer) and a provisioning profile for a bundle id and Apple's profile type, on any OS: an unexpired certificate made from the signing key (<c>ASC_SIGNING_KEY</c>, <c>ASC_SIGNING_KEY_PATH</c> or settings) is reused, a profile holding it (and every enabled device, for development and ad hoc) too. Nothing is created unless CreateIfMissing is set.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleId">The bundle identifier, such as <c>com.example.app</c>.</param>
    /// <param name="profileType">Apple's <c>ProfileType</c>, such as <c>IOS_APP_STORE</c> or <c>IOS_APP_DEVELOPMENT</c>.</param>
    /// <returns>The paths of the files, the profile's UUID, name, team id and expiry, and what changed (in a dry run: the plan).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">No certificate or profile can be reused and CreateIfMissing is off, Apple's certificate limit was reached (the message says what to revoke), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var files = AscGetSigningFiles("com.example.app", "IOS_APP_STORE");
    /// Information("Profile {0} in {1}", files.ProfileUuid, files.ProfilePath);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscSigningFiles AscGetSigningFiles(this ICakeContext context, string bundleId, string profileType) =>
        AscGetSigningFiles(context, bundleId, profileType, (AscGetSigningFilesSettings?)null);

    /// <summary>Gets a signing certificate and a provisioning profile for a bundle id and Apple's profile type, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleId">The bundle identifier, such as <c>com.example.app</c>.</param>
    /// <param name="profileType">Apple's <c>ProfileType</c>, such as <c>IOS_APP_STORE</c> or <c>IOS_APP_DEVELOPMENT</c>.</param>
    /// <param name="settings">The settings; defaults when null.</param>
    /// <returns>The paths of the files, the profile's UUID, name, team id and expiry, and what changed (in a dry run: the plan).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">No certificate or profile can be reused and CreateIfMissing is off, Apple's certificate limit was reached (the message says what to revoke), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var files = AscGetSigningFiles("com.example.app", "IOS_APP_STORE", new AscGetSigningFilesSettings { CreateIfMissing = true, OutputDirectory = "./signing" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscSigningFiles AscGetSigningFiles(this ICakeContext context, string bundleId, string profileType, AscGetSigningFilesSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(bundleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(profileType);
        return AscGetSigningFiles(context, bundleId, AscProfileTypes.Parse(profileType), settings);
    }

    /// <summary>Gets a signing certificate and a provisioning profile for a bundle id and Apple's profile type. Configured by a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleId">The bundle identifier, such as <c>com.example.app</c>.</param>
    /// <param name="profileType">Apple's <c>ProfileType</c>, such as <c>IOS_APP_STORE</c> or <c>IOS_APP_DEVELOPMENT</c>.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>The paths of the files, the profile's UUID, name, team id and expiry, and what changed (in a dry run: the plan).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">No certificate or profile can be reused and CreateIfMissing is off, Apple's certificate limit was reached (the message says what to revoke), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var files = AscGetSigningFiles("com.example.app", "IOS_APP_STORE", s => s
    ///     .SetCreateIfMissing()
    ///     .WithOutputDirectory("./signing"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscSigningFiles AscGetSigningFiles(this ICakeContext context, string bundleId, string profileType, Action<AscGetSigningFilesSettings> configure) =>
        AscGetSigningFiles(context, bundleId, profileType, AscAliasRunner.Configure(configure));

    /// <summary>Gets a signing certificate (.p12 with the team's signing key, and .cer) and a provisioning profile for a bundle id and a typed profile type, on any OS: an unexpired certificate made from the signing key (<c>ASC_SIGNING_KEY</c>, <c>ASC_SIGNING_KEY_PATH</c> or settings) is reused, a profile holding it (and every enabled device, for development and ad hoc) too. Nothing is created unless CreateIfMissing is set.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleId">The bundle identifier.</param>
    /// <param name="profileType">The profile type.</param>
    /// <returns>The paths of the files, the profile's UUID, name, team id and expiry, and what changed (in a dry run: the plan).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">No certificate or profile can be reused and CreateIfMissing is off, Apple's certificate limit was reached (the message says what to revoke), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var files = AscGetSigningFiles("com.example.app", AscProfileType.IosAppStore);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscSigningFiles AscGetSigningFiles(this ICakeContext context, string bundleId, AscProfileType profileType) =>
        AscGetSigningFiles(context, bundleId, profileType, (AscGetSigningFilesSettings?)null);

    /// <summary>Gets a signing certificate and a provisioning profile for a bundle id and a typed profile type, with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleId">The bundle identifier.</param>
    /// <param name="profileType">The profile type.</param>
    /// <param name="settings">The settings; defaults when null.</param>
    /// <returns>The paths of the files, the profile's UUID, name, team id and expiry, and what changed (in a dry run: the plan).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">No certificate or profile can be reused and CreateIfMissing is off, Apple's certificate limit was reached (the message says what to revoke), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var files = AscGetSigningFiles("com.example.app", AscProfileType.IosAppDevelopment, new AscGetSigningFilesSettings { CreateIfMissing = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscSigningFiles AscGetSigningFiles(this ICakeContext context, string bundleId, AscProfileType profileType, AscGetSigningFilesSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(bundleId);
        settings ??= new AscGetSigningFilesSettings();
        var output = (settings.OutputDirectory ?? "./signing").MakeAbsolute(context.Environment).FullPath;
        OutputPaths.CheckFolder(output, nameof(settings.OutputDirectory));
        using var key = ReadSigningKey(context, settings);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new SigningFilesService(client).GetAsync(bundleId, profileType, s, key, output, ct));
    }

    /// <summary>Gets a signing certificate and a provisioning profile for a bundle id and a typed profile type. Configured by a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleId">The bundle identifier.</param>
    /// <param name="profileType">The profile type.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>The paths of the files, the profile's UUID, name, team id and expiry, and what changed (in a dry run: the plan).</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">No certificate or profile can be reused and CreateIfMissing is off, Apple's certificate limit was reached (the message says what to revoke), or the key is an individual key.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var files = AscGetSigningFiles("com.example.app", AscProfileType.MacAppStore, s => s.SetCreateIfMissing().WithOutputDirectory("./signing"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscSigningFiles AscGetSigningFiles(this ICakeContext context, string bundleId, AscProfileType profileType, Action<AscGetSigningFilesSettings> configure) =>
        AscGetSigningFiles(context, bundleId, profileType, AscAliasRunner.Configure(configure));

    /// <summary>Lists the team's signing certificates.</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The certificates.</returns>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var certificate in AscGetCertificates())
    /// {
    ///     Information(certificate);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static IReadOnlyList<AscCertificate> AscGetCertificates(this ICakeContext context) =>
        AscGetCertificates(context, (AscGetCertificatesSettings?)null);

    /// <summary>Lists the team's signing certificates. With settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings; defaults when null.</param>
    /// <returns>The certificates.</returns>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var settings = new AscGetCertificatesSettings();
    /// settings.CertificateTypes.Add("DISTRIBUTION");
    /// var distribution = AscGetCertificates(settings);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static IReadOnlyList<AscCertificate> AscGetCertificates(this ICakeContext context, AscGetCertificatesSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new SigningQueryService(client).GetCertificatesAsync(s, ct));
    }

    /// <summary>Lists the team's signing certificates. Configured by a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>The certificates.</returns>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var distribution = AscGetCertificates(s => s.CertificateTypes.Add("DISTRIBUTION"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static IReadOnlyList<AscCertificate> AscGetCertificates(this ICakeContext context, Action<AscGetCertificatesSettings> configure) =>
        AscGetCertificates(context, AscAliasRunner.Configure(configure));

    /// <summary>Lists the team's registered devices, enabled and disabled.</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The devices.</returns>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var device in AscGetDevices())
    /// {
    ///     Information(device);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static IReadOnlyList<AscDevice> AscGetDevices(this ICakeContext context) =>
        AscGetDevices(context, (AscGetDevicesSettings?)null);

    /// <summary>Lists the team's registered devices, enabled and disabled. With settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings; defaults when null.</param>
    /// <returns>The devices.</returns>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var macs = AscGetDevices(new AscGetDevicesSettings { Platform = "MAC_OS" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static IReadOnlyList<AscDevice> AscGetDevices(this ICakeContext context, AscGetDevicesSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new SigningQueryService(client).GetDevicesAsync(s, ct));
    }

    /// <summary>Lists the team's registered devices, enabled and disabled. Configured by a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>The devices.</returns>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var iosDevices = AscGetDevices(s => s.Platform = "IOS");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static IReadOnlyList<AscDevice> AscGetDevices(this ICakeContext context, Action<AscGetDevicesSettings> configure) =>
        AscGetDevices(context, AscAliasRunner.Configure(configure));

    /// <summary>Lists provisioning profiles; expired ones Apple still lists as ACTIVE are included (see <c>AscProfile.IsExpired</c>).</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The profiles.</returns>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var profile in AscGetProfiles())
    /// {
    ///     Information(profile);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static IReadOnlyList<AscProfile> AscGetProfiles(this ICakeContext context) =>
        AscGetProfiles(context, (AscGetProfilesSettings?)null);

    /// <summary>Lists provisioning profiles; expired ones Apple still lists as ACTIVE are included (see <c>AscProfile.IsExpired</c>). With settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The settings; defaults when null.</param>
    /// <returns>The profiles.</returns>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var profiles = AscGetProfiles(new AscGetProfilesSettings { BundleId = "com.example.app", ProfileType = "IOS_APP_STORE" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static IReadOnlyList<AscProfile> AscGetProfiles(this ICakeContext context, AscGetProfilesSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new SigningQueryService(client).GetProfilesAsync(s.BundleId, s.ProfileType, ct));
    }

    /// <summary>Lists provisioning profiles; expired ones Apple still lists as ACTIVE are included (see <c>AscProfile.IsExpired</c>). Configured by a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>The profiles.</returns>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var profiles = AscGetProfiles(s => s.BundleId = "com.example.app");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static IReadOnlyList<AscProfile> AscGetProfiles(this ICakeContext context, Action<AscGetProfilesSettings> configure) =>
        AscGetProfiles(context, AscAliasRunner.Configure(configure));

    /// <summary>Revokes a signing certificate; every profile made with it becomes invalid. Irreversible; an already revoked certificate is reported in place.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="certificateId">Apple's id of the certificate (<c>AscCertificate.Id</c>).</param>
    /// <returns>What changed (in a dry run: would change), with the certificate as it was.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRevokeCertificate("2DR8K3T7F9");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<AscCertificate> AscRevokeCertificate(this ICakeContext context, string certificateId) =>
        AscRevokeCertificate(context, certificateId, (AscRevokeCertificateSettings?)null);

    /// <summary>Revokes a signing certificate, with settings (dry run shows what would be revoked).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="certificateId">Apple's id of the certificate (<c>AscCertificate.Id</c>).</param>
    /// <param name="settings">The settings; defaults when null.</param>
    /// <returns>What changed (in a dry run: would change), with the certificate as it was.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var plan = AscRevokeCertificate("2DR8K3T7F9", new AscRevokeCertificateSettings { DryRun = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<AscCertificate> AscRevokeCertificate(this ICakeContext context, string certificateId, AscRevokeCertificateSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(certificateId);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new SigningQueryService(client).RevokeCertificateAsync(certificateId, s, ct));
    }

    /// <summary>Revokes a signing certificate (dry run shows what would be revoked). Configured by a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="certificateId">Apple's id of the certificate (<c>AscCertificate.Id</c>).</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What changed (in a dry run: would change), with the certificate as it was.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRevokeCertificate("2DR8K3T7F9", s => s.DryRun = true);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<AscCertificate> AscRevokeCertificate(this ICakeContext context, string certificateId, Action<AscRevokeCertificateSettings> configure) =>
        AscRevokeCertificate(context, certificateId, AscAliasRunner.Configure(configure));

    /// <summary>Deletes a bundle id's stale profiles: expired ones Apple still lists as ACTIVE, and INVALID ones.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleId">The bundle identifier.</param>
    /// <returns>What changed (in a dry run: would change), with the deleted profiles.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDeleteProfiles("com.example.app");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<IReadOnlyList<AscProfile>> AscDeleteProfiles(this ICakeContext context, string bundleId) =>
        AscDeleteProfiles(context, bundleId, (AscDeleteProfilesSettings?)null);

    /// <summary>Deletes a bundle id's stale profiles (or, with IncludeValid, all of them), with settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleId">The bundle identifier.</param>
    /// <param name="settings">The settings; defaults when null.</param>
    /// <returns>What changed (in a dry run: would change), with the deleted profiles.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDeleteProfiles("com.example.app", new AscDeleteProfilesSettings { ProfileType = "IOS_APP_DEVELOPMENT", IncludeValid = true, DryRun = true });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<IReadOnlyList<AscProfile>> AscDeleteProfiles(this ICakeContext context, string bundleId, AscDeleteProfilesSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(bundleId);
        return AscAliasRunner.Run(context, settings, (client, s, ct) =>
        {
            SigningAccess.RefuseIndividualKey(client.Connection);
            return new SigningQueryService(client).DeleteProfilesAsync(bundleId, s, ct);
        });
    }

    /// <summary>Deletes a bundle id's stale profiles (or, with IncludeValid, all of them). Configured by a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleId">The bundle identifier.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns>What changed (in a dry run: would change), with the deleted profiles.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Signing.AscSigningException">The key is an individual key, which Apple's provisioning refuses.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDeleteProfiles("com.example.app", s => s.ProfileType = "IOS_APP_ADHOC");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory(SigningCategory)]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Signing")]
    public static AscChangeResult<IReadOnlyList<AscProfile>> AscDeleteProfiles(this ICakeContext context, string bundleId, Action<AscDeleteProfilesSettings> configure) =>
        AscDeleteProfiles(context, bundleId, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Reads the team's signing key and the .p12 password from the settings or the environment, before any
    /// request. The messages name the variables and files, never their contents.
    /// </summary>
    private static SigningKey ReadSigningKey(ICakeContext context, AscGetSigningFilesSettings settings)
    {
        var password = settings.P12Password ?? context.Environment.GetEnvironmentVariable(AscEnvironmentVariables.SigningP12Password);
        if (string.IsNullOrEmpty(password))
        {
            throw new ArgumentException($"No .p12 password: set P12Password (WithP12Password) or {AscEnvironmentVariables.SigningP12Password}. Keychains and InstallAppleCertificate@2 need one.", nameof(settings));
        }

        if (settings.SigningKey is { Length: > 0 } pem)
        {
            return SigningKey.FromPem(pem, "the SigningKey setting", password);
        }

        var fromEnvironment = context.Environment.GetEnvironmentVariable(AscEnvironmentVariables.SigningKey);
        if (settings.SigningKeyFile is null && !string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return SigningKey.FromPem(fromEnvironment, AscEnvironmentVariables.SigningKey, password);
        }

        var file = settings.SigningKeyFile?.MakeAbsolute(context.Environment).FullPath
            ?? (context.Environment.GetEnvironmentVariable(AscEnvironmentVariables.SigningKeyPath) is { Length: > 0 } path ? new FilePath(path).MakeAbsolute(context.Environment).FullPath : null)
            ?? throw new ArgumentException($"No signing key: set {AscEnvironmentVariables.SigningKey} (PEM text), {AscEnvironmentVariables.SigningKeyPath}, or SigningKey / SigningKeyFile in the settings. Make one with: openssl genrsa -out signing.key 2048", nameof(settings));
        return File.Exists(file)
            ? SigningKey.FromPem(File.ReadAllText(file), $"the file {file}", password)
            : throw new ArgumentException($"The signing key file '{file}' does not exist.", nameof(settings));
    }
}
