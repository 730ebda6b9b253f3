using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BundleIds;

/// <summary>A registered bundle id (an App ID of Certificates, Identifiers &amp; Profiles).</summary>
internal sealed class BundleIdRecord : IRecord
{
    public static IReadOnlyList<string> Platforms { get; } = ["IOS", "MAC_OS", "UNIVERSAL", "SERVICES"];

    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string Platform { get; init; }

    public required string Identifier { get; init; }

    public required string SeedId { get; init; }
}

/// <summary>A capability enabled on a bundle id, with its settings as sent (Apple's <c>CapabilitySetting</c> array).</summary>
internal sealed class BundleIdCapabilityRecord : IRecord
{
    public static IReadOnlyList<string> CapabilityTypes { get; } =
    [
        "ICLOUD", "IN_APP_PURCHASE", "GAME_CENTER", "PUSH_NOTIFICATIONS", "WALLET", "INTER_APP_AUDIO", "MAPS", "ASSOCIATED_DOMAINS",
        "PERSONAL_VPN", "APP_GROUPS", "HEALTHKIT", "HOMEKIT", "WIRELESS_ACCESSORY_CONFIGURATION", "APPLE_PAY", "DATA_PROTECTION",
        "SIRIKIT", "NETWORK_EXTENSIONS", "MULTIPATH", "HOT_SPOT", "NFC_TAG_READING", "CLASSKIT", "AUTOFILL_CREDENTIAL_PROVIDER",
        "ACCESS_WIFI_INFORMATION", "NETWORK_CUSTOM_PROTOCOL", "COREMEDIA_HLS_LOW_LATENCY", "SYSTEM_EXTENSION_INSTALL", "USER_MANAGEMENT", "APPLE_ID_AUTH",
    ];

    public required string Id { get; init; }

    public required string BundleIdId { get; init; }

    public required string CapabilityType { get; set; }

    /// <summary>Gets or sets the settings as JSON text (an array), kept as sent so they render back unchanged.</summary>
    public string? SettingsJson { get; set; }
}
