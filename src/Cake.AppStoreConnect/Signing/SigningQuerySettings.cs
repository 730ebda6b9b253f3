using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Signing;

/// <summary>Settings of <c>AscGetCertificates</c>.</summary>
public sealed class AscGetCertificatesSettings : AscSettings
{
    /// <summary>Gets the <c>CertificateType</c> values to list (such as <c>DISTRIBUTION</c>); every type when empty.</summary>
    public IList<string> CertificateTypes { get; } = [];
}

/// <summary>Settings of <c>AscGetProfiles</c>.</summary>
public sealed class AscGetProfilesSettings : AscSettings
{
    /// <summary>Gets or sets the bundle identifier whose profiles are listed; every bundle id when not set.</summary>
    public string? BundleId { get; set; }

    /// <summary>Gets or sets Apple's <c>ProfileType</c> to list; every type when not set.</summary>
    public string? ProfileType { get; set; }
}

/// <summary>Settings of <c>AscGetDevices</c>.</summary>
public sealed class AscGetDevicesSettings : AscSettings
{
    /// <summary>Gets or sets the platform to list (<c>IOS</c> or <c>MAC_OS</c>); every platform when not set.</summary>
    public string? Platform { get; set; }
}

/// <summary>Settings of <c>AscRevokeCertificate</c>.</summary>
public sealed class AscRevokeCertificateSettings : AscSettings
{
    /// <summary>Gets or sets the <c>CertificateType</c> the certificate must have; a certificate of another type is not revoked (a guard against a wrong id).</summary>
    public string? ExpectedCertificateType { get; set; }
}

/// <summary>Settings of <c>AscDeleteProfiles</c>.</summary>
public sealed class AscDeleteProfilesSettings : AscSettings
{
    /// <summary>Gets or sets Apple's <c>ProfileType</c> to delete; every type when not set.</summary>
    public string? ProfileType { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether valid profiles are deleted too. Off (the default), only stale
    /// ones go: expired (Apple still lists them ACTIVE) or INVALID (a certificate revoked, a device disabled).
    /// </summary>
    public bool IncludeValid { get; set; }
}

/// <summary>Fluent helpers for the settings of the signing listings, revocation and profile deletion; each returns the same instance.</summary>
public static class AscSigningQuerySettingsExtensions
{
    /// <summary>Lists only certificates of these types.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="certificateTypes">Apple's <c>CertificateType</c> values.</param>
    /// <returns>The same settings.</returns>
    public static AscGetCertificatesSettings WithCertificateTypes(this AscGetCertificatesSettings settings, params string[] certificateTypes) =>
        SettingsFluent.Apply(settings, s =>
        {
            foreach (var type in certificateTypes)
            {
                s.CertificateTypes.Add(type);
            }
        });

    /// <summary>Lists only the profiles of a bundle id.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="bundleId">The bundle identifier.</param>
    /// <returns>The same settings.</returns>
    public static AscGetProfilesSettings WithBundleId(this AscGetProfilesSettings settings, string bundleId) =>
        SettingsFluent.Apply(settings, s => s.BundleId = bundleId);

    /// <summary>Lists only profiles of a type.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="profileType">Apple's <c>ProfileType</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscGetProfilesSettings WithProfileType(this AscGetProfilesSettings settings, string profileType) =>
        SettingsFluent.Apply(settings, s => s.ProfileType = profileType);

    /// <summary>Lists only devices of a platform.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c> or <c>MAC_OS</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscGetDevicesSettings ForPlatform(this AscGetDevicesSettings settings, string platform) =>
        SettingsFluent.Apply(settings, s => s.Platform = platform);

    /// <summary>Revokes only when the certificate has this type.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="certificateType">Apple's <c>CertificateType</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscRevokeCertificateSettings WithExpectedCertificateType(this AscRevokeCertificateSettings settings, string certificateType) =>
        SettingsFluent.Apply(settings, s => s.ExpectedCertificateType = certificateType);

    /// <summary>Deletes only profiles of a type.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="profileType">Apple's <c>ProfileType</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscDeleteProfilesSettings WithProfileType(this AscDeleteProfilesSettings settings, string profileType) =>
        SettingsFluent.Apply(settings, s => s.ProfileType = profileType);

    /// <summary>Deletes valid profiles too, not only stale ones.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="includeValid">Whether to delete valid profiles.</param>
    /// <returns>The same settings.</returns>
    public static AscDeleteProfilesSettings SetIncludeValid(this AscDeleteProfilesSettings settings, bool includeValid = true) =>
        SettingsFluent.Apply(settings, s => s.IncludeValid = includeValid);
}
