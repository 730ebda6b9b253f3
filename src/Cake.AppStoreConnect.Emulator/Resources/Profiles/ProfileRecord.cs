using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Profiles;

/// <summary>A provisioning profile. Its content is made once, at creation, as Apple's is; Apple's API cannot edit a profile.</summary>
internal sealed class ProfileRecord : IRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string ProfileType { get; init; }

    public required string Platform { get; init; }

    public required string Uuid { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }

    public required DateTimeOffset ExpirationDate { get; init; }

    public required string BundleIdId { get; init; }

    public List<string> CertificateIds { get; init; } = [];

    public List<string> DeviceIds { get; init; } = [];

    /// <summary>Gets the signed .mobileprovision, base64.</summary>
    public required string Content { get; init; }
}
