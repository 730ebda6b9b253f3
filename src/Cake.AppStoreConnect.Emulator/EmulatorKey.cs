namespace Cake.AppStoreConnect.Emulator;

/// <summary>An API key registered with a running emulator.</summary>
/// <param name="KeyId">The key id, the JWT's <c>kid</c>.</param>
/// <param name="IssuerId">The issuer id, the JWT's <c>iss</c>; null for an individual key (<c>sub: "user"</c>).</param>
/// <param name="PrivateKeyPem">The PKCS#8 PEM of the private key, to sign tokens with.</param>
/// <param name="PrivateKeyPath">Where the <c>.p8</c> file is, when one was written or given.</param>
public sealed record EmulatorKey(string KeyId, string? IssuerId, string PrivateKeyPem, string? PrivateKeyPath);
