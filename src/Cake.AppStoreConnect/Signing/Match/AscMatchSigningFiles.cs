namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// The signing files taken from a fastlane match storage, in the shape Azure Pipelines' InstallAppleCertificate@2
/// (<see cref="P12Path"/> and its password) and InstallAppleProvisioningProfile@1 (<see cref="ProfilePath"/>), or a
/// GitHub Actions keychain step, take.
/// </summary>
public sealed record AscMatchSigningFiles
{
    /// <summary>Gets the written .p12: the certificate with its private key, under the .p12 password.</summary>
    public required string P12Path { get; init; }

    /// <summary>Gets the written certificate (.cer, DER).</summary>
    public required string CertificatePath { get; init; }

    /// <summary>Gets the written profile (.mobileprovision; .provisionprofile for macOS and Catalyst).</summary>
    public required string ProfilePath { get; init; }

    /// <summary>Gets Apple's certificate id (the certificate's file name in the storage).</summary>
    public required string CertificateId { get; init; }

    /// <summary>Gets when the certificate expires.</summary>
    public required DateTimeOffset CertificateExpirationDate { get; init; }

    /// <summary>Gets the profile's UUID, as Xcode's <c>PROVISIONING_PROFILE_SPECIFIER</c> or an export options plist name it.</summary>
    public required string ProfileUuid { get; init; }

    /// <summary>Gets the profile's name (match names its profiles <c>match AppStore com.example.app</c>).</summary>
    public required string ProfileName { get; init; }

    /// <summary>Gets the team id the profile belongs to.</summary>
    public required string TeamId { get; init; }

    /// <summary>Gets when the profile expires.</summary>
    public required DateTimeOffset ExpirationDate { get; init; }

    /// <summary>Gets the bundle id the profile is for.</summary>
    public required string BundleId { get; init; }
}

/// <summary>Where a certificate, its key and a profile are kept in a fastlane match storage.</summary>
public sealed record AscMatchStorageFiles
{
    /// <summary>Gets the certificate's file: <c>certs/&lt;folder&gt;/&lt;certificate id&gt;.cer</c>.</summary>
    public required string CertificatePath { get; init; }

    /// <summary>Gets the private key's file beside it: <c>&lt;certificate id&gt;.p12</c>.</summary>
    public required string KeyPath { get; init; }

    /// <summary>Gets the profile's file: <c>profiles/&lt;type&gt;/&lt;Type&gt;_&lt;bundle id&gt;.mobileprovision</c>.</summary>
    public required string ProfilePath { get; init; }

    /// <summary>Gets the profile's UUID.</summary>
    public required string ProfileUuid { get; init; }
}
