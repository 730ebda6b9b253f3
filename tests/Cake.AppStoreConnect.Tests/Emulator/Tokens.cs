using System.Security.Cryptography;
using Cake.AppStoreConnect.Emulator;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>Mints ES256 tokens the way a client does, with every claim under the test's control.</summary>
internal static class Tokens
{
    public const string Audience = "appstoreconnect-v1";

    public static string Mint(
        EmulatorKey key,
        DateTimeOffset? issuedAt = null,
        TimeSpan? lifetime = null,
        string audience = Audience,
        bool individual = false,
        string? issuer = null,
        string? keyId = null)
    {
        var iat = issuedAt ?? DateTimeOffset.UtcNow.AddSeconds(-30);
        var claims = new Dictionary<string, object>
        {
            ["aud"] = audience,
            ["iat"] = iat.ToUnixTimeSeconds(),
            ["exp"] = (iat + (lifetime ?? TimeSpan.FromMinutes(15))).ToUnixTimeSeconds(),
        };
        if (individual)
        {
            claims["sub"] = "user";
        }
        else
        {
            claims["iss"] = issuer ?? key.IssuerId!;
        }

        return Sign(key, claims, keyId);
    }

    /// <summary>Signs exactly these claims (plus nothing): for tokens no well-behaved client would make.</summary>
    public static string Sign(EmulatorKey key, IDictionary<string, object> claims, string? keyId = null)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(key.PrivateKeyPem);
        var signingKey = new ECDsaSecurityKey(ecdsa)
        {
            KeyId = keyId ?? key.KeyId,

            // The key is disposed after signing; a cached provider would outlive it.
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.EcdsaSha256),
        };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(descriptor);
    }
}
