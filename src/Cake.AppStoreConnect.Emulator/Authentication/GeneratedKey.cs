namespace Cake.AppStoreConnect.Emulator.Authentication;

/// <summary>A key pair the emulator made and registered; the private key goes to the caller only.</summary>
internal sealed record GeneratedKey(string KeyId, string? IssuerId, string PrivateKeyPem);
