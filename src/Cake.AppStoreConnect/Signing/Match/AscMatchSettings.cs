using Cake.AppStoreConnect.Core;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// What reading and writing a fastlane match storage share: its password, match's platform, the .p12 password
/// and which certificate. These aliases work on files only; the API key settings they inherit are not used.
/// </summary>
public abstract class AscMatchSettings : AscSettings
{
    /// <summary>Gets or sets the password the storage is encrypted with. Overrides <c>MATCH_PASSWORD</c>. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets match's <c>platform</c> option: <c>ios</c> (default), <c>macos</c>, <c>tvos</c> or <c>catalyst</c>; it picks the profile's file name.</summary>
    public string? Platform { get; set; }

    /// <summary>
    /// Gets or sets the password of the .p12 (the one written, or the one given to write into the storage).
    /// Overrides <c>ASC_SIGNING_P12_PASSWORD</c>. Never logged.
    /// </summary>
    public string? P12Password { get; set; }

    /// <summary>Gets or sets match's <c>certificate_id</c>: the certificate (its file name in <c>certs/</c>, Apple's certificate id).</summary>
    public string? CertificateId { get; set; }
}

/// <summary>Settings of <c>AscGetMatchSigningFiles</c>: where to write the .p12, .cer and profile.</summary>
public sealed class AscGetMatchSigningFilesSettings : AscMatchSettings
{
    /// <summary>Gets or sets the folder the files are written to; the working directory by default.</summary>
    public DirectoryPath? OutputDirectory { get; set; }
}

/// <summary>Settings of <c>AscWriteMatchSigningFiles</c>; <see cref="AscSettings.DryRun"/> plans without writing.</summary>
public sealed class AscWriteMatchSigningFilesSettings : AscMatchSettings
{
}
