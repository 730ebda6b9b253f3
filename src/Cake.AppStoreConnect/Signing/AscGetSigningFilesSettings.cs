using Cake.AppStoreConnect.Core;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Signing;

/// <summary>
/// Settings of <c>AscGetSigningFiles</c>: where the files go, the team's signing key, the .p12 password,
/// and whether a missing certificate or profile may be created. The key and password are secrets: they
/// never reach a log line, an exception or any file but the .p12.
/// </summary>
public sealed class AscGetSigningFilesSettings : AscSettings
{
    /// <summary>Gets or sets a value indicating whether a missing certificate (one per run at most) and a missing or outdated profile are created; off, the run only reuses.</summary>
    public bool CreateIfMissing { get; set; }

    /// <summary>Gets or sets a value indicating whether, when Apple's certificate limit refuses a new certificate, the oldest of that type is revoked (invalidating its profiles) and one created. Off unless set.</summary>
    public bool RevokeOldest { get; set; }

    /// <summary>Gets or sets the folder the .p12, .cer and profile are written to; <c>./signing</c> when not set.</summary>
    public DirectoryPath? OutputDirectory { get; set; }

    /// <summary>Gets or sets the team's RSA signing key, PEM text; else <c>ASC_SIGNING_KEY</c> is read.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Gets or sets the file of the team's RSA signing key (PEM); else <c>ASC_SIGNING_KEY_PATH</c> is read.</summary>
    public FilePath? SigningKeyFile { get; set; }

    /// <summary>Gets or sets the password the .p12 is written with; else <c>ASC_SIGNING_P12_PASSWORD</c> is read.</summary>
    public string? P12Password { get; set; }

    /// <summary>Gets or sets the profile's name; <c>Cake {type} {bundle id}</c> when not set.</summary>
    public string? ProfileName { get; set; }
}

/// <summary>Fluent helpers for <see cref="AscGetSigningFilesSettings"/>; each returns the same instance.</summary>
public static class AscGetSigningFilesSettingsExtensions
{
    /// <summary>Lets the run create a missing certificate (at most one) and a missing or outdated profile.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="create">Whether to create.</param>
    /// <returns>The same settings.</returns>
    public static AscGetSigningFilesSettings SetCreateIfMissing(this AscGetSigningFilesSettings settings, bool create = true) =>
        SettingsFluent.Apply(settings, s => s.CreateIfMissing = create);

    /// <summary>Lets the run revoke the oldest certificate of the type when Apple's limit refuses a new one.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="revoke">Whether to revoke.</param>
    /// <returns>The same settings.</returns>
    public static AscGetSigningFilesSettings SetRevokeOldest(this AscGetSigningFilesSettings settings, bool revoke = true) =>
        SettingsFluent.Apply(settings, s => s.RevokeOldest = revoke);

    /// <summary>Sets the folder the files are written to.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="directory">The folder; created when missing.</param>
    /// <returns>The same settings.</returns>
    public static AscGetSigningFilesSettings WithOutputDirectory(this AscGetSigningFilesSettings settings, DirectoryPath directory) =>
        SettingsFluent.Apply(settings, s => s.OutputDirectory = directory);

    /// <summary>Sets the team's RSA signing key, PEM text.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="pem">The key.</param>
    /// <returns>The same settings.</returns>
    public static AscGetSigningFilesSettings WithSigningKey(this AscGetSigningFilesSettings settings, string pem) =>
        SettingsFluent.Apply(settings, s => s.SigningKey = pem);

    /// <summary>Sets the file of the team's RSA signing key.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="file">The PEM file.</param>
    /// <returns>The same settings.</returns>
    public static AscGetSigningFilesSettings WithSigningKeyFile(this AscGetSigningFilesSettings settings, FilePath file) =>
        SettingsFluent.Apply(settings, s => s.SigningKeyFile = file);

    /// <summary>Sets the .p12 password.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="password">The password.</param>
    /// <returns>The same settings.</returns>
    public static AscGetSigningFilesSettings WithP12Password(this AscGetSigningFilesSettings settings, string password) =>
        SettingsFluent.Apply(settings, s => s.P12Password = password);

    /// <summary>Sets the profile's name.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="name">The name, unique in the team.</param>
    /// <returns>The same settings.</returns>
    public static AscGetSigningFilesSettings WithProfileName(this AscGetSigningFilesSettings settings, string name) =>
        SettingsFluent.Apply(settings, s => s.ProfileName = name);
}
