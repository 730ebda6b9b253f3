using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Signing;

/// <summary>The <c>devices</c> resource. Apple's API cannot delete a device: disable it instead.</summary>
public sealed class DevicesClient
{
    private readonly AscConnection _connection;

    internal DevicesClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists every registered device, enabled and disabled, all pages.</summary>
    /// <param name="platform"><c>IOS</c> or <c>MAC_OS</c> to list only those; every platform when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The devices.</returns>
    public async Task<IReadOnlyList<AscDevice>> ListAsync(string? platform = null, CancellationToken cancellationToken = default)
    {
        var devices = new List<AscDevice>();
        await foreach (var resource in _connection.GetAllAsync<DeviceAttributes>("/v1/devices", new AscQuery().Filter("platform", platform).Limit(200), cancellationToken))
        {
            devices.Add(AscDevice.From(resource));
        }

        return devices;
    }

    /// <summary>Registers a device. Sent once: resolve a lost answer with <see cref="IdempotentCreate"/> (look it up by UDID).</summary>
    /// <param name="udid">The UDID.</param>
    /// <param name="name">The name.</param>
    /// <param name="platform"><c>IOS</c> or <c>MAC_OS</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The device.</returns>
    public async Task<AscDevice> RegisterAsync(string udid, string name, string platform, CancellationToken cancellationToken = default)
    {
        var document = await _connection.SendAsync<JsonApiResource<DeviceAttributes>>(HttpMethod.Post, "/v1/devices", JsonApiRequest.Create("devices", new { name, platform, udid }), AscRequestKind.Create, cancellationToken);
        return AscDevice.From(document.Data!);
    }

    /// <summary>Renames, enables or disables a device.</summary>
    /// <param name="id">The device.</param>
    /// <param name="name">The new name, or <see langword="null"/> to keep it.</param>
    /// <param name="status"><c>ENABLED</c>, <c>DISABLED</c>, or <see langword="null"/> to keep it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The device.</returns>
    public async Task<AscDevice> UpdateAsync(string id, string? name, string? status, CancellationToken cancellationToken = default)
    {
        var document = await _connection.SendAsync<JsonApiResource<DeviceAttributes>>(HttpMethod.Patch, $"/v1/devices/{Uri.EscapeDataString(id)}", JsonApiRequest.Update("devices", id, new { name, status }), AscRequestKind.Idempotent, cancellationToken);
        return AscDevice.From(document.Data!);
    }
}
