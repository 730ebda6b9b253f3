using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cake.AppStoreConnect.Emulator.Authentication;

/// <summary>
/// Checks a bearer token the way App Store Connect does: ES256 signature by a registered key, audience,
/// issuer or <c>sub: "user"</c>, and a lifetime of at most 20 minutes. The reason for a refusal is kept
/// for the request log only; the client always gets the same 401, as from Apple.
/// </summary>
internal sealed class TokenVerifier
{
    public const string Audience = "appstoreconnect-v1";
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromSeconds(60);

    private readonly KeyRegistry _keys;

    public TokenVerifier(KeyRegistry keys)
    {
        _keys = keys;
    }

    public TokenVerification Verify(string? authorization, DateTimeOffset now)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return TokenVerification.Refused("no bearer token");
        }

        var parts = authorization[7..].Trim().Split('.');
        if (parts.Length != 3)
        {
            return TokenVerification.Refused("not a compact JWS");
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return Verify(header.RootElement, payload.RootElement, parts, now);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return TokenVerification.Refused("malformed token");
        }
    }

    private TokenVerification Verify(JsonElement header, JsonElement payload, string[] parts, DateTimeOffset now)
    {
        if (String(header, "alg") != "ES256")
        {
            return TokenVerification.Refused("alg is not ES256");
        }

        if (String(header, "kid") is not { } keyId)
        {
            return TokenVerification.Refused("no kid");
        }

        var key = _keys.Find(keyId, out var revoked);
        if (key is null)
        {
            return TokenVerification.Refused(revoked ? "key revoked" : "unknown kid");
        }

        if (!SignatureIsValid(key, parts))
        {
            return TokenVerification.Refused("bad signature");
        }

        return CheckClaims(key, payload, now) is { } failure
            ? TokenVerification.Refused(failure)
            : TokenVerification.Accepted(key);
    }

    private static string? CheckClaims(ApiKey key, JsonElement payload, DateTimeOffset now)
    {
        if (!HasAudience(payload))
        {
            return "aud is not appstoreconnect-v1";
        }

        if (key.IsIndividual)
        {
            if (String(payload, "sub") != "user" || payload.TryGetProperty("iss", out _))
            {
                return "individual key needs sub 'user' and no iss";
            }
        }
        else if (String(payload, "iss") != key.IssuerId)
        {
            return "iss does not match the key's issuer";
        }

        if (Seconds(payload, "iat") is not { } issuedAt || Seconds(payload, "exp") is not { } expires)
        {
            return "iat and exp are required";
        }

        var unixNow = now.ToUnixTimeSeconds();
        if (expires - issuedAt > (long)MaximumLifetime.TotalSeconds)
        {
            return "lifetime over 20 minutes";
        }

        if (expires <= unixNow)
        {
            return "expired";
        }

        return issuedAt > unixNow + (long)AllowedClockSkew.TotalSeconds ? "issued in the future" : null;
    }

    private static bool SignatureIsValid(ApiKey key, string[] parts)
    {
        var signature = Base64Url.DecodeFromChars(parts[2]);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(key.PublicKey, out _);
        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        return signature.Length == 64 && ecdsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    private static bool HasAudience(JsonElement payload) =>
        payload.TryGetProperty("aud", out var aud) && aud.ValueKind switch
        {
            JsonValueKind.String => aud.GetString() == Audience,
            JsonValueKind.Array => aud.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.GetString() == Audience),
            _ => false,
        };

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Seconds(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds)
            ? (long)seconds
            : null;
}

/// <summary>The outcome of <see cref="TokenVerifier.Verify(string?, DateTimeOffset)"/>.</summary>
internal sealed record TokenVerification(ApiKey? Key, string? Failure)
{
    public static TokenVerification Accepted(ApiKey key) => new(key, null);

    public static TokenVerification Refused(string reason) => new(null, reason);
}
