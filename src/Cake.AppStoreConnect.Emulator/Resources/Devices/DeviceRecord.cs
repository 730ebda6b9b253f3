using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Devices;

/// <summary>A registered device. Never deleted (Apple's API has no DELETE): disabled devices stay and keep their slot.</summary>
internal sealed class DeviceRecord : IRecord
{
    public static IReadOnlyList<string> Statuses { get; } = ["ENABLED", "DISABLED"];

    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string Platform { get; init; }

    public required string Udid { get; init; }

    public required string DeviceClass { get; init; }

    public string Status { get; set; } = "ENABLED";

    public string? Model { get; init; }

    public required DateTimeOffset AddedDate { get; init; }
}
