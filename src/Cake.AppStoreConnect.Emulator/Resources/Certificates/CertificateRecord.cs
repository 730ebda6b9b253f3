using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Certificates;

/// <summary>A signing certificate issued by the emulator's CA. Revoking deletes it, as Apple's DELETE does.</summary>
internal sealed class CertificateRecord : IRecord
{
    public static IReadOnlyList<string> Types { get; } =
    [
        "APPLE_PAY", "APPLE_PAY_MERCHANT_IDENTITY", "APPLE_PAY_PSP_IDENTITY", "APPLE_PAY_RSA", "DEVELOPER_ID_KEXT", "DEVELOPER_ID_KEXT_G2",
        "DEVELOPER_ID_APPLICATION", "DEVELOPER_ID_APPLICATION_G2", "DEVELOPMENT", "DISTRIBUTION", "IDENTITY_ACCESS", "IOS_DEVELOPMENT",
        "IOS_DISTRIBUTION", "MAC_APP_DISTRIBUTION", "MAC_INSTALLER_DISTRIBUTION", "MAC_APP_DEVELOPMENT", "PASS_TYPE_ID", "PASS_TYPE_ID_WITH_NFC",
    ];

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string CertificateType { get; init; }

    public required string DisplayName { get; init; }

    public required string SerialNumber { get; init; }

    public string? Platform { get; init; }

    public required DateTimeOffset ExpirationDate { get; init; }

    /// <summary>Gets the certificate, DER, base64.</summary>
    public required string Content { get; init; }

    public bool Activated { get; set; } = true;
}
