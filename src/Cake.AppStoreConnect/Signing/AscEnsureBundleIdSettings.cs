using Cake.AppStoreConnect.Client.Signing;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Signing;

/// <summary>A capability a bundle id should have, with its settings.</summary>
/// <param name="Type">Apple's <c>CapabilityType</c>, such as <c>PUSH_NOTIFICATIONS</c> or <c>ICLOUD</c>.</param>
/// <param name="Settings">Its settings; <see langword="null"/> leaves those of an enabled capability as they are.</param>
public sealed record AscCapability(string Type, IReadOnlyList<AscCapabilitySetting>? Settings = null)
{
    /// <inheritdoc />
    public override string ToString() => Settings is null ? Type : $"{Type} ({string.Join(", ", Settings.Select(s => $"{s.Key}: {string.Join("/", s.EnabledOptions)}"))})";
}

/// <summary>Settings of <c>AscEnsureBundleId</c>: the name, platform and capabilities the bundle id should have.</summary>
public sealed class AscEnsureBundleIdSettings : AscSettings
{
    /// <summary>Gets or sets the name; for a new bundle id the identifier when not set; an existing one is renamed to it when set.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the platform of a new bundle id: <c>IOS</c> (default), <c>MAC_OS</c> or <c>UNIVERSAL</c>. Apple cannot change it later.</summary>
    public string Platform { get; set; } = "IOS";

    /// <summary>Gets or sets the capabilities the bundle id should have, exactly: missing ones are enabled, others disabled. <see langword="null"/> leaves capabilities alone.</summary>
    public IList<AscCapability>? Capabilities { get; set; }
}

/// <summary>Fluent helpers for <see cref="AscEnsureBundleIdSettings"/>; each returns the same instance.</summary>
public static class AscEnsureBundleIdSettingsExtensions
{
    /// <summary>Sets the name.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="name">The name.</param>
    /// <returns>The same settings.</returns>
    public static AscEnsureBundleIdSettings WithName(this AscEnsureBundleIdSettings settings, string name) =>
        SettingsFluent.Apply(settings, s => s.Name = name);

    /// <summary>Sets the platform of a new bundle id.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c> or <c>UNIVERSAL</c>.</param>
    /// <returns>The same settings.</returns>
    public static AscEnsureBundleIdSettings ForPlatform(this AscEnsureBundleIdSettings settings, string platform) =>
        SettingsFluent.Apply(settings, s => s.Platform = platform);

    /// <summary>Sets the capabilities the bundle id should have, exactly, without settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="capabilityTypes">Apple's <c>CapabilityType</c> values; none disables every capability.</param>
    /// <returns>The same settings.</returns>
    public static AscEnsureBundleIdSettings WithCapabilities(this AscEnsureBundleIdSettings settings, params string[] capabilityTypes) =>
        SettingsFluent.Apply(settings, s => s.Capabilities = [.. capabilityTypes.Select(t => new AscCapability(t))]);

    /// <summary>Adds a capability with its settings to those the bundle id should have.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="capabilityType">Apple's <c>CapabilityType</c>.</param>
    /// <param name="capabilitySettings">Its settings.</param>
    /// <returns>The same settings.</returns>
    public static AscEnsureBundleIdSettings WithCapability(this AscEnsureBundleIdSettings settings, string capabilityType, params AscCapabilitySetting[] capabilitySettings) =>
        SettingsFluent.Apply(settings, s => (s.Capabilities ??= []).Add(new AscCapability(capabilityType, capabilitySettings.Length == 0 ? null : capabilitySettings)));
}
