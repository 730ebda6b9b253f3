using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Signing;

/// <summary>The <c>profiles</c> resource. Apple cannot edit a profile: it is deleted and created again.</summary>
public sealed class ProfilesClient
{
    private readonly AscConnection _connection;

    internal ProfilesClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists profiles, all pages, each with its bundle id's resource id.</summary>
    /// <param name="profileType">Only this <c>ProfileType</c>; every type when <see langword="null"/>.</param>
    /// <param name="name">Only profiles with this name, when given.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The profiles.</returns>
    public async Task<IReadOnlyList<AscProfile>> ListAsync(string? profileType = null, string? name = null, CancellationToken cancellationToken = default)
    {
        var profiles = new List<AscProfile>();
        var query = new AscQuery().Filter("profileType", profileType).Filter("name", name).Include("bundleId").Limit(200);
        await foreach (var resource in _connection.GetAllAsync<ProfileAttributes>("/v1/profiles", query, cancellationToken))
        {
            profiles.Add(AscProfile.From(resource));
        }

        return profiles;
    }

    /// <summary>Reads the ids of a profile's certificates.</summary>
    /// <param name="id">The profile.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The certificate ids.</returns>
    public Task<IReadOnlyList<string>> GetCertificateIdsAsync(string id, CancellationToken cancellationToken = default) =>
        ReadLinkagesAsync($"/v1/profiles/{Uri.EscapeDataString(id)}/relationships/certificates", cancellationToken);

    /// <summary>Reads the ids of a profile's devices.</summary>
    /// <param name="id">The profile.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The device ids.</returns>
    public Task<IReadOnlyList<string>> GetDeviceIdsAsync(string id, CancellationToken cancellationToken = default) =>
        ReadLinkagesAsync($"/v1/profiles/{Uri.EscapeDataString(id)}/relationships/devices", cancellationToken);

    /// <summary>Creates a profile. Sent once: resolve a lost answer with <see cref="IdempotentCreate"/> (look it up by name).</summary>
    /// <param name="name">The name, unique in the team.</param>
    /// <param name="profileType">Apple's <c>ProfileType</c>.</param>
    /// <param name="bundleIdId">The bundle id resource.</param>
    /// <param name="certificateIds">The certificates.</param>
    /// <param name="deviceIds">The devices (development and ad hoc profiles only).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The profile.</returns>
    public async Task<AscProfile> CreateAsync(string name, string profileType, string bundleIdId, IReadOnlyList<string> certificateIds, IReadOnlyList<string> deviceIds, CancellationToken cancellationToken = default)
    {
        var toMany = new Dictionary<string, IReadOnlyList<ResourceIdentifier>> { ["certificates"] = [.. certificateIds.Select(id => new ResourceIdentifier("certificates", id))] };
        if (deviceIds.Count > 0)
        {
            toMany["devices"] = [.. deviceIds.Select(id => new ResourceIdentifier("devices", id))];
        }

        var body = JsonApiRequest.Create("profiles", new { name, profileType }, new Dictionary<string, ResourceIdentifier> { ["bundleId"] = new("bundleIds", bundleIdId) }, toMany);
        var document = await _connection.SendAsync<JsonApiResource<ProfileAttributes>>(HttpMethod.Post, "/v1/profiles", body, AscRequestKind.Create, cancellationToken);
        return AscProfile.From(document.Data!) with { BundleIdId = bundleIdId };
    }

    /// <summary>Deletes a profile.</summary>
    /// <param name="id">The profile.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when it is deleted.</returns>
    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/profiles/{Uri.EscapeDataString(id)}", null, AscRequestKind.Idempotent, cancellationToken);

    private async Task<IReadOnlyList<string>> ReadLinkagesAsync(string path, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var linkage in _connection.GetAllAsync<System.Text.Json.JsonElement>(path, null, cancellationToken))
        {
            ids.Add(linkage.Id);
        }

        return ids;
    }
}
