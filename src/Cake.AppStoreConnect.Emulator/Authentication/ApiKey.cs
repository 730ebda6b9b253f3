namespace Cake.AppStoreConnect.Emulator.Authentication;

/// <summary>A registered API key: its public half only. A null issuer means an individual key.</summary>
internal sealed record ApiKey(string KeyId, string? IssuerId, byte[] PublicKey)
{
    public bool IsIndividual => IssuerId is null;
}
