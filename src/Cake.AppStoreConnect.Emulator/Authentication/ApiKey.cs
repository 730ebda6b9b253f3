using Cake.AppStoreConnect.Emulator.Access;

namespace Cake.AppStoreConnect.Emulator.Authentication;

/// <summary>A registered API key: its public half and what it may do. A null issuer means an individual key.</summary>
internal sealed record ApiKey(string KeyId, string? IssuerId, byte[] PublicKey, KeyAccess Access)
{
    public bool IsIndividual => IssuerId is null;
}
