using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Signing;

/// <summary>
/// What <c>AscGetSigningFiles</c> made or reused, in the shape Azure Pipelines' InstallAppleCertificate@2
/// (<see cref="P12Path"/> + password) and InstallAppleProvisioningProfile@1 (<see cref="ProfilePath"/>) and
/// GitHub Actions' keychain steps take. In a dry run the paths are where the files would go.
/// </summary>
public sealed record AscSigningFiles : IAscChangeResult
{
    /// <summary>Gets the bundle identifier.</summary>
    public required string BundleId { get; init; }

    /// <summary>Gets Apple's profile type, such as <c>IOS_APP_STORE</c>.</summary>
    public required string ProfileType { get; init; }

    /// <summary>Gets the .p12 (certificate and signing key, under the password).</summary>
    public required string P12Path { get; init; }

    /// <summary>Gets the certificate, DER (.cer).</summary>
    public required string CertificatePath { get; init; }

    /// <summary>Gets the profile (.mobileprovision, or .provisionprofile for macOS).</summary>
    public required string ProfilePath { get; init; }

    /// <summary>Gets Apple's id of the certificate; <see langword="null"/> when a dry run would create it.</summary>
    public string? CertificateId { get; init; }

    /// <summary>Gets the certificate's expiry.</summary>
    public DateTimeOffset? CertificateExpirationDate { get; init; }

    /// <summary>Gets Apple's id of the profile; <see langword="null"/> when a dry run would create it.</summary>
    public string? ProfileId { get; init; }

    /// <summary>Gets the profile's UUID (Xcode's <c>PROVISIONING_PROFILE</c>).</summary>
    public string? ProfileUuid { get; init; }

    /// <summary>Gets the profile's name (Xcode's <c>PROVISIONING_PROFILE_SPECIFIER</c>).</summary>
    public string? ProfileName { get; init; }

    /// <summary>Gets the team id (Xcode's <c>DEVELOPMENT_TEAM</c>), read from the certificate.</summary>
    public string? TeamId { get; init; }

    /// <summary>Gets the profile's expiry.</summary>
    public DateTimeOffset? ExpirationDate { get; init; }

    /// <inheritdoc />
    public bool DryRun { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyList<string> AlreadyInPlace { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => ChangeSummary.Of(this);
}
