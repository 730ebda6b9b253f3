using Cake.AppStoreConnect.Core;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>Fluent helpers for the fastlane match settings; each returns the same instance.</summary>
public static class AscMatchSettingsExtensions
{
    /// <summary>Sets the storage's password instead of <c>MATCH_PASSWORD</c>.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="password">The password; never logged.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithPassword<TSettings>(this TSettings settings, string password)
        where TSettings : AscMatchSettings => SettingsFluent.Apply(settings, s => s.Password = password);

    /// <summary>Sets match's platform: <c>ios</c>, <c>macos</c>, <c>tvos</c> or <c>catalyst</c>.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="platform">The platform.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForPlatform<TSettings>(this TSettings settings, string platform)
        where TSettings : AscMatchSettings => SettingsFluent.Apply(settings, s => s.Platform = platform);

    /// <summary>Sets the .p12 password instead of <c>ASC_SIGNING_P12_PASSWORD</c>.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="password">The password; never logged.</param>
    /// <returns>The same settings.</returns>
    public static TSettings WithP12Password<TSettings>(this TSettings settings, string password)
        where TSettings : AscMatchSettings => SettingsFluent.Apply(settings, s => s.P12Password = password);

    /// <summary>Picks the certificate by its id (match's <c>certificate_id</c>).</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="certificateId">Apple's certificate id, the file name in <c>certs/</c>.</param>
    /// <returns>The same settings.</returns>
    public static TSettings ForCertificate<TSettings>(this TSettings settings, string certificateId)
        where TSettings : AscMatchSettings => SettingsFluent.Apply(settings, s => s.CertificateId = certificateId);

    /// <summary>Writes the .p12, .cer and profile into this folder.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="outputDirectory">The folder; created when missing.</param>
    /// <returns>The same settings.</returns>
    public static AscGetMatchSigningFilesSettings WriteToDirectory(this AscGetMatchSigningFilesSettings settings, DirectoryPath outputDirectory) =>
        SettingsFluent.Apply(settings, s => s.OutputDirectory = outputDirectory);
}
