using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Credentials;
using Cake.AppStoreConnect.Signing.Match;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;

namespace Cake.AppStoreConnect;

/// <content>fastlane match interop: signing files out of a match storage, and into one.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>
    /// Takes the certificate, private key and profile of one match type and bundle id out of a fastlane match storage
    /// folder (a checked-out match repository, or any folder with match's layout) and writes a .p12, the .cer and the
    /// profile for a build agent. Reads match's v2 and v1 encryption with <c>MATCH_PASSWORD</c>; the .p12 gets the
    /// password in <c>ASC_SIGNING_P12_PASSWORD</c>. Needs no API key and no keychain.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="storage">The match storage folder.</param>
    /// <param name="type">match's type: <c>appstore</c>, <c>adhoc</c>, <c>development</c>, <c>enterprise</c> or <c>developer_id</c>.</param>
    /// <param name="bundleId">The bundle id (match's <c>app_identifier</c>).</param>
    /// <returns>The written files and the profile's UUID, name, team id and expiry.</returns>
    /// <exception cref="System.ArgumentException">A type, platform or password setting is missing or unknown; the message names it.</exception>
    /// <exception cref="AscMatchPasswordException">The match password does not open the storage.</exception>
    /// <exception cref="AscMatchStorageException">The storage lacks what was asked for, or a file is damaged or expired.</exception>
    /// <example>
    /// <code>
    /// var signing = AscGetMatchSigningFiles("./certificates", "appstore", "com.example.app");
    /// Information("Profile {0} ({1}), expires {2:d}", signing.ProfileName, signing.ProfileUuid, signing.ExpirationDate);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing.Match")]
    public static AscMatchSigningFiles AscGetMatchSigningFiles(this ICakeContext context, DirectoryPath storage, string type, string bundleId) =>
        AscGetMatchSigningFiles(context, storage, type, bundleId, (AscGetMatchSigningFilesSettings?)null);

    /// <summary>
    /// Takes the certificate, private key and profile of one match type and bundle id out of a fastlane match storage
    /// folder and writes a .p12, the .cer and the profile, with the password, platform, certificate and output folder
    /// from the settings.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="storage">The match storage folder.</param>
    /// <param name="type">match's type: <c>appstore</c>, <c>adhoc</c>, <c>development</c>, <c>enterprise</c> or <c>developer_id</c>.</param>
    /// <param name="bundleId">The bundle id (match's <c>app_identifier</c>).</param>
    /// <param name="settings">Passwords, platform, certificate id, output folder; <see langword="null"/> for the defaults.</param>
    /// <returns>The written files and the profile's UUID, name, team id and expiry.</returns>
    /// <exception cref="System.ArgumentException">A type, platform or password setting is missing or unknown; the message names it.</exception>
    /// <exception cref="AscMatchPasswordException">The match password does not open the storage.</exception>
    /// <exception cref="AscMatchStorageException">The storage lacks what was asked for, or a file is damaged or expired.</exception>
    /// <example>
    /// <code>
    /// var signing = AscGetMatchSigningFiles("./certificates", "appstore", "com.example.app", new AscGetMatchSigningFilesSettings
    /// {
    ///     OutputDirectory = "./artifacts/signing",
    ///     P12Password = EnvironmentVariable("SIGNING_P12_PASSWORD"),
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing.Match")]
    public static AscMatchSigningFiles AscGetMatchSigningFiles(this ICakeContext context, DirectoryPath storage, string type, string bundleId, AscGetMatchSigningFilesSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentException.ThrowIfNullOrWhiteSpace(bundleId);
        settings ??= new AscGetMatchSigningFilesSettings();
        var layout = MatchLayout.For(type, settings.Platform);
        var p12Password = settings.P12Password ?? NonEmpty(context.Environment.GetEnvironmentVariable(AscEnvironmentVariables.SigningP12Password))
            ?? throw new ArgumentException($"No password for the .p12 to write: set {AscEnvironmentVariables.SigningP12Password} (a pipeline secret) or P12Password.", nameof(settings));
        var log = new CakeAscLog(context.Log);
        var output = (settings.OutputDirectory ?? context.Environment.WorkingDirectory).MakeAbsolute(context.Environment).FullPath;
        var root = storage.MakeAbsolute(context.Environment).FullPath;
        return new MatchSigningFilesReader(log).Read(new MatchStorage(root, MatchPasswordOf(context, settings), log), layout, bundleId.Trim(), settings.CertificateId, p12Password, output, DateTimeOffset.UtcNow);
    }

    /// <summary>Takes the signing files of one match type and bundle id out of a fastlane match storage folder, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="storage">The match storage folder.</param>
    /// <param name="type">match's type: <c>appstore</c>, <c>adhoc</c>, <c>development</c>, <c>enterprise</c> or <c>developer_id</c>.</param>
    /// <param name="bundleId">The bundle id (match's <c>app_identifier</c>).</param>
    /// <param name="configure">Sets passwords, platform, certificate id, output folder.</param>
    /// <returns>The written files and the profile's UUID, name, team id and expiry.</returns>
    /// <exception cref="System.ArgumentException">A type, platform or password setting is missing or unknown; the message names it.</exception>
    /// <exception cref="AscMatchPasswordException">The match password does not open the storage.</exception>
    /// <exception cref="AscMatchStorageException">The storage lacks what was asked for, or a file is damaged or expired.</exception>
    /// <example>
    /// <code>
    /// var signing = AscGetMatchSigningFiles("./certificates", "developer_id", "com.example.mac", s => s
    ///     .ForPlatform("macos")
    ///     .WriteToDirectory("./artifacts/signing"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing.Match")]
    public static AscMatchSigningFiles AscGetMatchSigningFiles(this ICakeContext context, DirectoryPath storage, string type, string bundleId, Action<AscGetMatchSigningFilesSettings> configure) =>
        AscGetMatchSigningFiles(context, storage, type, bundleId, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Writes a certificate, its private key and a profile into a fastlane match storage folder, where and as match
    /// keeps them (encrypted as match v2 with <c>MATCH_PASSWORD</c>), so match and <c>AscGetMatchSigningFiles</c> read
    /// them. The key comes from a .p12 opened with <c>ASC_SIGNING_P12_PASSWORD</c> (or a PEM key). Files already there
    /// with the same content are left alone; committing the folder is the pipeline's step.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="storage">The match storage folder (created when missing).</param>
    /// <param name="type">match's type: <c>appstore</c>, <c>adhoc</c>, <c>development</c>, <c>enterprise</c> or <c>developer_id</c>.</param>
    /// <param name="certificate">The certificate (.cer); its file name is the certificate id unless <c>CertificateId</c> is set.</param>
    /// <param name="p12">The certificate's private key: a .p12, or PEM text.</param>
    /// <param name="profile">The profile made with that certificate.</param>
    /// <returns>What was written (in a dry run: would be) and where the files are kept.</returns>
    /// <exception cref="System.ArgumentException">A type, platform, certificate id or password is missing or unknown; the message names it.</exception>
    /// <exception cref="AscMatchPasswordException">The match password does not open the files already in the storage.</exception>
    /// <exception cref="AscMatchStorageException">An input or a stored file is unusable; nothing was written.</exception>
    /// <example>
    /// <code>
    /// var stored = AscWriteMatchSigningFiles("./certificates", "appstore",
    ///     "./artifacts/signing/A1B2C3D4E5.cer", "./artifacts/signing/A1B2C3D4E5.p12", "./artifacts/signing/AppStore_com.example.app.mobileprovision");
    /// Information(stored.ToString());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing.Match")]
    public static AscChangeResult<AscMatchStorageFiles> AscWriteMatchSigningFiles(this ICakeContext context, DirectoryPath storage, string type, FilePath certificate, FilePath p12, FilePath profile) =>
        AscWriteMatchSigningFiles(context, storage, type, certificate, p12, profile, (AscWriteMatchSigningFilesSettings?)null);

    /// <summary>
    /// Writes a certificate, its private key and a profile into a fastlane match storage folder as match v2, with the
    /// passwords, platform, certificate id and dry run from the settings.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="storage">The match storage folder (created when missing).</param>
    /// <param name="type">match's type: <c>appstore</c>, <c>adhoc</c>, <c>development</c>, <c>enterprise</c> or <c>developer_id</c>.</param>
    /// <param name="certificate">The certificate (.cer).</param>
    /// <param name="p12">The certificate's private key: a .p12, or PEM text.</param>
    /// <param name="profile">The profile made with that certificate.</param>
    /// <param name="settings">Passwords, platform, certificate id, dry run; <see langword="null"/> for the defaults.</param>
    /// <returns>What was written (in a dry run: would be) and where the files are kept.</returns>
    /// <exception cref="System.ArgumentException">A type, platform, certificate id or password is missing or unknown; the message names it.</exception>
    /// <exception cref="AscMatchPasswordException">The match password does not open the files already in the storage.</exception>
    /// <exception cref="AscMatchStorageException">An input or a stored file is unusable; nothing was written.</exception>
    /// <example>
    /// <code>
    /// var plan = AscWriteMatchSigningFiles("./certificates", "appstore", "./signing/dist.cer", "./signing/dist.p12", "./signing/store.mobileprovision",
    ///     new AscWriteMatchSigningFilesSettings { CertificateId = "A1B2C3D4E5", DryRun = true });
    /// Information(plan.ToString());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing.Match")]
    public static AscChangeResult<AscMatchStorageFiles> AscWriteMatchSigningFiles(this ICakeContext context, DirectoryPath storage, string type, FilePath certificate, FilePath p12, FilePath profile, AscWriteMatchSigningFilesSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(p12);
        ArgumentNullException.ThrowIfNull(profile);
        settings ??= new AscWriteMatchSigningFilesSettings();
        var layout = MatchLayout.For(type, settings.Platform);
        var password = MatchPasswordOf(context, settings);
        if (password.Value.Trim().Length == 0)
        {
            throw new ArgumentException($"No match password to encrypt with: set {AscEnvironmentVariables.MatchPassword} (a pipeline secret) or Password.", nameof(settings));
        }

        var p12Password = settings.P12Password ?? NonEmpty(context.Environment.GetEnvironmentVariable(AscEnvironmentVariables.SigningP12Password));
        var inputs = new MatchInputs(
            certificate.MakeAbsolute(context.Environment).FullPath,
            p12.MakeAbsolute(context.Environment).FullPath,
            profile.MakeAbsolute(context.Environment).FullPath,
            string.IsNullOrWhiteSpace(settings.CertificateId) ? null : settings.CertificateId.Trim(),
            p12Password,
            settings.P12Password is null ? AscEnvironmentVariables.SigningP12Password : "the P12Password setting");
        var log = new CakeAscLog(context.Log);
        return new MatchSigningFilesWriter(log).Write(new MatchStorage(storage.MakeAbsolute(context.Environment).FullPath, password, log), layout, inputs, password, settings.DryRun);
    }

    /// <summary>Writes a certificate, its private key and a profile into a fastlane match storage folder, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="storage">The match storage folder (created when missing).</param>
    /// <param name="type">match's type: <c>appstore</c>, <c>adhoc</c>, <c>development</c>, <c>enterprise</c> or <c>developer_id</c>.</param>
    /// <param name="certificate">The certificate (.cer).</param>
    /// <param name="p12">The certificate's private key: a .p12, or PEM text.</param>
    /// <param name="profile">The profile made with that certificate.</param>
    /// <param name="configure">Sets passwords, platform, certificate id, dry run.</param>
    /// <returns>What was written (in a dry run: would be) and where the files are kept.</returns>
    /// <exception cref="System.ArgumentException">A type, platform, certificate id or password is missing or unknown; the message names it.</exception>
    /// <exception cref="AscMatchPasswordException">The match password does not open the files already in the storage.</exception>
    /// <exception cref="AscMatchStorageException">An input or a stored file is unusable; nothing was written.</exception>
    /// <example>
    /// <code>
    /// AscWriteMatchSigningFiles("./certificates", "development", "./signing/dev.cer", "./signing/dev.p12", "./signing/dev.mobileprovision", s => s
    ///     .ForCertificate("A1B2C3D4E5")
    ///     .SetDryRun());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Signing")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Signing.Match")]
    public static AscChangeResult<AscMatchStorageFiles> AscWriteMatchSigningFiles(this ICakeContext context, DirectoryPath storage, string type, FilePath certificate, FilePath p12, FilePath profile, Action<AscWriteMatchSigningFilesSettings> configure) =>
        AscWriteMatchSigningFiles(context, storage, type, certificate, p12, profile, AscAliasRunner.Configure(configure));

    private static MatchPassword MatchPasswordOf(ICakeContext context, AscMatchSettings settings) => settings.Password is { } password
        ? new MatchPassword(password, "the Password setting")
        : new MatchPassword(context.Environment.GetEnvironmentVariable(AscEnvironmentVariables.MatchPassword) ?? string.Empty, AscEnvironmentVariables.MatchPassword);

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
