using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Signing;

/// <summary>A registered bundle id (App ID).</summary>
/// <param name="Id">Apple's id of the bundle id resource.</param>
/// <param name="Identifier">The bundle identifier, such as <c>com.example.app</c>.</param>
/// <param name="Name">The name shown in Certificates, Identifiers &amp; Profiles.</param>
/// <param name="Platform">Apple's <c>BundleIdPlatform</c>: <c>IOS</c>, <c>MAC_OS</c>, <c>UNIVERSAL</c> or <c>SERVICES</c>.</param>
/// <param name="SeedId">The app id prefix (usually the team id).</param>
public sealed record AscBundleId(string Id, string Identifier, string Name, string Platform, string? SeedId)
{
    internal static AscBundleId From(JsonApiResource<BundleIdAttributes> r) =>
        new(r.Id, r.Attributes?.Identifier ?? string.Empty, r.Attributes?.Name ?? string.Empty, r.Attributes?.Platform ?? string.Empty, r.Attributes?.SeedId);

    /// <inheritdoc />
    public override string ToString() => $"{Identifier} ({Platform}, id {Id})";
}

/// <summary>A capability enabled on a bundle id.</summary>
/// <param name="Id">Apple's id of the capability resource.</param>
/// <param name="CapabilityType">Apple's <c>CapabilityType</c>, such as <c>PUSH_NOTIFICATIONS</c>.</param>
/// <param name="Settings">Its settings: each setting key with the option keys enabled.</param>
public sealed record AscBundleIdCapability(string Id, string CapabilityType, IReadOnlyList<AscCapabilitySetting> Settings)
{
    internal static AscBundleIdCapability From(JsonApiResource<BundleIdCapabilityAttributes> r) =>
        new(r.Id, r.Attributes?.CapabilityType ?? string.Empty, [.. (r.Attributes?.Settings ?? []).Select(AscCapabilitySetting.From)]);
}

/// <summary>One setting of a capability (<c>CapabilitySetting</c>), by key, with the options to enable.</summary>
/// <param name="Key">Apple's setting key: <c>ICLOUD_VERSION</c>, <c>DATA_PROTECTION_PERMISSION_LEVEL</c> or <c>APPLE_ID_AUTH_APP_CONSENT</c>.</param>
/// <param name="EnabledOptions">The option keys to enable, such as <c>XCODE_6</c> or <c>COMPLETE_PROTECTION</c>.</param>
public sealed record AscCapabilitySetting(string Key, IReadOnlyList<string> EnabledOptions)
{
    internal static AscCapabilitySetting From(CapabilitySettingWire wire) =>
        new(wire.Key ?? string.Empty, [.. (wire.Options ?? []).Where(o => o.Enabled != false && o.Key is not null).Select(o => o.Key!)]);

    internal object ToWire() => new { key = Key, options = EnabledOptions.Select(o => new { key = o, enabled = true }).ToArray() };

    internal bool SameAs(AscCapabilitySetting other) =>
        Key == other.Key && EnabledOptions.Order(StringComparer.Ordinal).SequenceEqual(other.EnabledOptions.Order(StringComparer.Ordinal));
}

/// <summary>A registered device.</summary>
/// <param name="Id">Apple's id of the device.</param>
/// <param name="Udid">The UDID.</param>
/// <param name="Name">The name.</param>
/// <param name="Platform"><c>IOS</c> or <c>MAC_OS</c>.</param>
/// <param name="Status"><c>ENABLED</c> or <c>DISABLED</c>.</param>
/// <param name="DeviceClass">The product family Apple counts its slot against (<c>IPHONE</c>, <c>IPAD</c>, <c>MAC</c>, …).</param>
/// <param name="AddedDate">When it was registered.</param>
public sealed record AscDevice(string Id, string Udid, string Name, string Platform, string Status, string? DeviceClass, DateTimeOffset? AddedDate)
{
    /// <summary>Gets a value indicating whether the device is enabled (disabled devices are left out of new profiles).</summary>
    public bool IsEnabled => Status == "ENABLED";

    internal static AscDevice From(JsonApiResource<DeviceAttributes> r) =>
        new(r.Id, r.Attributes?.Udid ?? string.Empty, r.Attributes?.Name ?? string.Empty, r.Attributes?.Platform ?? string.Empty, r.Attributes?.Status ?? string.Empty, r.Attributes?.DeviceClass, r.Attributes?.AddedDate);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Udid}, {Platform}, {Status})";
}

/// <summary>A signing certificate; Apple never holds its private key.</summary>
/// <param name="Id">Apple's id of the certificate.</param>
/// <param name="Name">The name, such as <c>Apple Distribution: Team</c>.</param>
/// <param name="CertificateType">Apple's <c>CertificateType</c>.</param>
/// <param name="SerialNumber">The serial number.</param>
/// <param name="ExpirationDate">When it expires.</param>
/// <param name="Content">The certificate, DER.</param>
public sealed record AscCertificate(string Id, string Name, string CertificateType, string? SerialNumber, DateTimeOffset? ExpirationDate, byte[] Content)
{
    internal static AscCertificate From(JsonApiResource<CertificateAttributes> r) =>
        new(r.Id, r.Attributes?.Name ?? string.Empty, r.Attributes?.CertificateType ?? string.Empty, r.Attributes?.SerialNumber, r.Attributes?.ExpirationDate,
            r.Attributes?.CertificateContent is { } content ? Convert.FromBase64String(content) : []);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({CertificateType}, id {Id}, expires {ExpirationDate:yyyy-MM-dd})";
}

/// <summary>A provisioning profile.</summary>
/// <param name="Id">Apple's id of the profile.</param>
/// <param name="Name">The name, unique in the team.</param>
/// <param name="ProfileType">Apple's <c>ProfileType</c>, such as <c>IOS_APP_STORE</c>.</param>
/// <param name="State"><c>ACTIVE</c> or <c>INVALID</c>; Apple still says ACTIVE past <paramref name="ExpirationDate"/>.</param>
/// <param name="Uuid">The profile's UUID, what Xcode's <c>PROVISIONING_PROFILE</c> names.</param>
/// <param name="ExpirationDate">When it expires.</param>
/// <param name="BundleIdId">The id of its bundle id resource, when the response carried it.</param>
/// <param name="Content">The signed .mobileprovision.</param>
public sealed record AscProfile(string Id, string Name, string ProfileType, string State, string? Uuid, DateTimeOffset? ExpirationDate, string? BundleIdId, byte[] Content)
{
    /// <summary>Tells whether the profile has expired although Apple may still list it as ACTIVE (a stale profile).</summary>
    /// <param name="now">The current time.</param>
    /// <returns>Whether it expired.</returns>
    public bool IsExpired(DateTimeOffset now) => ExpirationDate is { } expiry && expiry <= now;

    internal static AscProfile From(JsonApiResource<ProfileAttributes> r) =>
        new(r.Id, r.Attributes?.Name ?? string.Empty, r.Attributes?.ProfileType ?? string.Empty, r.Attributes?.ProfileState ?? string.Empty, r.Attributes?.Uuid, r.Attributes?.ExpirationDate,
            r.GetRelatedId("bundleId"), r.Attributes?.ProfileContent is { } content ? Convert.FromBase64String(content) : []);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({ProfileType}, {State}, UUID {Uuid}, expires {ExpirationDate:yyyy-MM-dd})";
}

internal sealed class BundleIdAttributes
{
    public string? Name { get; init; }

    public string? Platform { get; init; }

    public string? Identifier { get; init; }

    public string? SeedId { get; init; }
}

internal sealed class BundleIdCapabilityAttributes
{
    public string? CapabilityType { get; init; }

    public List<CapabilitySettingWire>? Settings { get; init; }
}

internal sealed class CapabilitySettingWire
{
    public string? Key { get; init; }

    public List<CapabilityOptionWire>? Options { get; init; }
}

internal sealed class CapabilityOptionWire
{
    public string? Key { get; init; }

    public bool? Enabled { get; init; }
}

internal sealed class DeviceAttributes
{
    public string? Name { get; init; }

    public string? Platform { get; init; }

    public string? Udid { get; init; }

    public string? DeviceClass { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? AddedDate { get; init; }
}

internal sealed class CertificateAttributes
{
    public string? Name { get; init; }

    public string? CertificateType { get; init; }

    public string? SerialNumber { get; init; }

    public DateTimeOffset? ExpirationDate { get; init; }

    public string? CertificateContent { get; init; }
}

internal sealed class ProfileAttributes
{
    public string? Name { get; init; }

    public string? ProfileType { get; init; }

    public string? ProfileState { get; init; }

    public string? Uuid { get; init; }

    public DateTimeOffset? ExpirationDate { get; init; }

    public string? ProfileContent { get; init; }
}

