using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Signing;

/// <summary>A device to register: its UDID, name and platform.</summary>
/// <param name="Udid">The UDID: 40 hex digits or <c>XXXXXXXX-XXXXXXXXXXXXXXXX</c> (iPhone, iPad, Apple silicon Mac), or a UUID (Intel Mac).</param>
/// <param name="Name">The name shown in the developer portal.</param>
/// <param name="Platform"><c>IOS</c> (iPhone, iPad, Apple TV, Apple Watch, Vision Pro) or <c>MAC_OS</c>.</param>
public sealed partial record AscDeviceRegistration(string Udid, string Name, string Platform = "IOS")
{
    /// <summary>Gets Apple's complaint about the UDID for its platform, or <see langword="null"/> when it is well formed.</summary>
    internal string? UdidProblem() => Platform switch
    {
        "MAC_OS" when ModernUdid().IsMatch(Udid) || MacUuid().IsMatch(Udid) => null,
        "IOS" when ModernUdid().IsMatch(Udid) || LegacyUdid().IsMatch(Udid) => null,
        "MAC_OS" => "a Mac's UDID is 8-16 hex digits (00008103-001A2B3C4D5E6F7A) or its hardware UUID",
        "IOS" => "an iOS device's UDID is 40 hex digits or 8-16 hex digits (00008030-001A2D3E0C38802E)",
        _ => "the platform must be IOS or MAC_OS",
    };

    [GeneratedRegex("^[0-9A-Fa-f]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyUdid();

    [GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{16}$", RegexOptions.CultureInvariant)]
    private static partial Regex ModernUdid();

    [GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex MacUuid();
}

/// <summary>Settings of <c>AscRegisterDevices</c>.</summary>
public sealed class AscRegisterDevicesSettings : AscSettings
{
    /// <summary>Gets or sets a value indicating whether a listed device that is disabled is enabled again (the default); off, it stays disabled.</summary>
    public bool ReenableDisabled { get; set; } = true;
}

/// <summary>Fluent helpers for <see cref="AscRegisterDevicesSettings"/>; each returns the same instance.</summary>
public static class AscRegisterDevicesSettingsExtensions
{
    /// <summary>Says whether listed devices that are disabled are enabled again.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="reenable">Whether to enable them.</param>
    /// <returns>The same settings.</returns>
    public static AscRegisterDevicesSettings SetReenableDisabled(this AscRegisterDevicesSettings settings, bool reenable = true) =>
        SettingsFluent.Apply(settings, s => s.ReenableDisabled = reenable);
}

/// <summary>
/// Reads fastlane's devices file: a header line, then <c>Device ID&lt;TAB&gt;Device Name&lt;TAB&gt;Device Platform</c>
/// per line (platform <c>ios</c> or <c>mac</c>, <c>ios</c> when left out), as <c>register_devices(devices_file:)</c> reads it.
/// </summary>
internal static class DevicesFile
{
    public static List<AscDeviceRegistration> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !lines[0].StartsWith("Device ID", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Devices file '{path}' must start with fastlane's header line 'Device ID<TAB>Device Name<TAB>Device Platform'.");
        }

        var devices = new List<AscDeviceRegistration>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length < 2 || cells.Length > 3 || string.IsNullOrWhiteSpace(cells[0]) || string.IsNullOrWhiteSpace(cells[1]))
            {
                throw new ArgumentException($"Devices file '{path}', line {i + 1}: expected 'UDID<TAB>Name[<TAB>ios|mac]' separated by TABs, found {cells.Length} cell(s).");
            }

            var platform = cells.Length == 3 ? cells[2].Trim().ToLowerInvariant() : "ios";
            devices.Add(new AscDeviceRegistration(cells[0].Trim(), cells[1].Trim(), platform switch
            {
                "ios" => "IOS",
                "mac" or "macos" => "MAC_OS",
                _ => throw new ArgumentException($"Devices file '{path}', line {i + 1}: platform '{AscText.Echo(cells[2])}' is not 'ios' or 'mac'."),
            }));
        }

        return devices;
    }
}
