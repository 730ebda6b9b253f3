using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cake.AppStoreConnect.Emulator.Authentication;

/// <summary>
/// Checks a bearer token the way App Store Connect does: ES256 signature by a registered key, audience,
/// issuer or <c>sub: "user"</c>, <c>exp</c> at most 20 minutes ahead and, when <c>iat</c> is given, a
/// lifetime of at most 20 minutes. The reason for a refusal is kept
/// for the request log only; the client always gets the same 401, as from Apple.
/// </summary>
internal sealed class TokenVerifier
{
    public const string Audience = "appstoreconnect-v1";
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromSeconds(60);

    /// <summary>9999-12-31T23:59:59Z: the latest NumericDate accepted, far below any overflow.</summary>
    private const double LatestDate = 253_402_300_799;

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

        if (!TryReadDate(payload, "exp", out var expires) || expires is not { } exp)
        {
            return "exp is required, a NumericDate from 0 to 253402300799";
        }

        if (!TryReadDate(payload, "iat", out var issuedAt))
        {
            return "iat is not a NumericDate from 0 to 253402300799";
        }

        var unixNow = now.ToUnixTimeSeconds();
        var maximum = (long)MaximumLifetime.TotalSeconds;
        if (exp <= unixNow)
        {
            return "expired";
        }

        // Apple's rule is on exp itself: "Tokens that expire more than 20 minutes into the future are not
        // valid". iat is optional (Apple's own WWDC sample and Codemagic's CLI sign none).
        if (exp > unixNow + maximum + (long)AllowedClockSkew.TotalSeconds)
        {
            return "exp more than 20 minutes ahead";
        }

        if (issuedAt is not { } iat)
        {
            return null;
        }

        if (exp - iat > maximum)
        {
            return "lifetime over 20 minutes";
        }

        return iat > unixNow + (long)AllowedClockSkew.TotalSeconds ? "issued in the future" : null;
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

    /// <summary>
    /// Reads a NumericDate claim. Absent is fine (the caller decides); present, it must be a number from 0
    /// to the end of year 9999, so no arithmetic on it can overflow (iat = -2^63 with exp = 2^63-1 once
    /// passed as a token that never expires).
    /// </summary>
    private static bool TryReadDate(JsonElement payload, string name, out long? seconds)
    {
        seconds = null;
        if (!payload.TryGetProperty(name, out var value))
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number) || number < 0 || number > LatestDate)
        {
            return false;
        }

        seconds = (long)Math.Floor(number);
        return true;
    }
}

/// <summary>The outcome of <see cref="TokenVerifier.Verify(string?, DateTimeOffset)"/>.</summary>
internal sealed record TokenVerification(ApiKey? Key, string? Failure)
{
    public static TokenVerification Accepted(ApiKey key) => new(key, null);

    public static TokenVerification Refused(string reason) => new(null, reason);
}
