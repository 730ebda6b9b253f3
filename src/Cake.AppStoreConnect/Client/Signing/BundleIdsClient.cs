using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Signing;

/// <summary>The <c>bundleIds</c> and <c>bundleIdCapabilities</c> resources.</summary>
public sealed class BundleIdsClient
{
    private readonly AscConnection _connection;

    internal BundleIdsClient(AscConnection connection) => _connection = connection;

    /// <summary>
    /// Finds the bundle id with exactly this identifier. Apple's <c>filter[identifier]</c> also matches
    /// longer identifiers that start with it (<c>com.example.app</c> finds <c>com.example.app.widget</c>), so the answer is checked here.
    /// </summary>
    /// <param name="identifier">The bundle identifier.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The bundle id, or <see langword="null"/> when none is registered.</returns>
    public async Task<AscBundleId?> FindAsync(string identifier, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        await foreach (var resource in _connection.GetAllAsync<BundleIdAttributes>("/v1/bundleIds", new AscQuery().Filter("identifier", identifier), cancellationToken))
        {
            if (string.Equals(resource.Attributes?.Identifier, identifier, StringComparison.Ordinal))
            {
                return AscBundleId.From(resource);
            }
        }

        return null;
    }

    /// <summary>Registers a bundle id. Sent once: resolve a lost answer or a 409 with <see cref="IdempotentCreate"/>.</summary>
    /// <param name="identifier">The bundle identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="platform"><c>IOS</c>, <c>MAC_OS</c> or <c>UNIVERSAL</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new bundle id.</returns>
    public async Task<AscBundleId> CreateAsync(string identifier, string name, string platform, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create("bundleIds", new { identifier, name, platform });
        var document = await _connection.SendAsync<JsonApiResource<BundleIdAttributes>>(HttpMethod.Post, "/v1/bundleIds", body, AscRequestKind.Create, cancellationToken);
        return AscBundleId.From(document.Data!);
    }

    /// <summary>Renames a bundle id.</summary>
    /// <param name="id">The bundle id resource.</param>
    /// <param name="name">The new name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The renamed bundle id.</returns>
    public async Task<AscBundleId> RenameAsync(string id, string name, CancellationToken cancellationToken = default)
    {
        var document = await _connection.SendAsync<JsonApiResource<BundleIdAttributes>>(HttpMethod.Patch, $"/v1/bundleIds/{Uri.EscapeDataString(id)}", JsonApiRequest.Update("bundleIds", id, new { name }), AscRequestKind.Idempotent, cancellationToken);
        return AscBundleId.From(document.Data!);
    }

    /// <summary>Reads the capabilities enabled on a bundle id.</summary>
    /// <param name="id">The bundle id resource.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The capabilities.</returns>
    public async Task<IReadOnlyList<AscBundleIdCapability>> GetCapabilitiesAsync(string id, CancellationToken cancellationToken = default)
    {
        var capabilities = new List<AscBundleIdCapability>();
        await foreach (var resource in _connection.GetAllAsync<BundleIdCapabilityAttributes>($"/v1/bundleIds/{Uri.EscapeDataString(id)}/bundleIdCapabilities", null, cancellationToken))
        {
            capabilities.Add(AscBundleIdCapability.From(resource));
        }

        return capabilities;
    }

    /// <summary>Enables a capability. Sent once: a lost answer is resolved by reading the capabilities again.</summary>
    /// <param name="id">The bundle id resource.</param>
    /// <param name="capabilityType">Apple's <c>CapabilityType</c>.</param>
    /// <param name="settings">Its settings, if any.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The enabled capability.</returns>
    public async Task<AscBundleIdCapability> EnableCapabilityAsync(string id, string capabilityType, IReadOnlyList<AscCapabilitySetting>? settings, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create(
            "bundleIdCapabilities",
            new { capabilityType, settings = settings?.Select(s => s.ToWire()).ToArray() },
            new Dictionary<string, ResourceIdentifier> { ["bundleId"] = new("bundleIds", id) });
        var document = await _connection.SendAsync<JsonApiResource<BundleIdCapabilityAttributes>>(HttpMethod.Post, "/v1/bundleIdCapabilities", body, AscRequestKind.Create, cancellationToken);
        return AscBundleIdCapability.From(document.Data!);
    }

    /// <summary>Changes a capability's settings.</summary>
    /// <param name="capabilityId">The capability resource.</param>
    /// <param name="capabilityType">Its type, as Apple's update request carries it.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when it changed.</returns>
    public Task UpdateCapabilityAsync(string capabilityId, string capabilityType, IReadOnlyList<AscCapabilitySetting> settings, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(
            HttpMethod.Patch,
            $"/v1/bundleIdCapabilities/{Uri.EscapeDataString(capabilityId)}",
            JsonApiRequest.Update("bundleIdCapabilities", capabilityId, new { capabilityType, settings = settings.Select(s => s.ToWire()).ToArray() }),
            AscRequestKind.Idempotent,
            cancellationToken);

    /// <summary>Disables a capability.</summary>
    /// <param name="capabilityId">The capability resource.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when it is disabled.</returns>
    public Task DisableCapabilityAsync(string capabilityId, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/bundleIdCapabilities/{Uri.EscapeDataString(capabilityId)}", null, AscRequestKind.Idempotent, cancellationToken);
}
