using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cake.AppStoreConnect.Emulator.Snapshot;

/// <summary>
/// The user's API key, read from the same ASC_* variables the add-in reads (the emulator shares no code with it),
/// and the tokens it signs. The private key never leaves this object: not in messages, not in files.
/// </summary>
internal sealed class SnapshotKey : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ECDsa _key;
    private readonly string _keyId;
    private readonly string? _issuerId;
    private readonly TimeProvider _clock;
    private (string Token, DateTimeOffset Expires)? _token;

    private SnapshotKey(ECDsa key, string keyId, string? issuerId, TimeProvider clock)
    {
        _key = key;
        _keyId = keyId;
        _issuerId = issuerId;
        _clock = clock;
    }

    /// <summary>Reads ASC_KEY_ID, ASC_ISSUER_ID (none: an individual key) and ASC_PRIVATE_KEY, ASC_PRIVATE_KEY_BASE64 or ASC_PRIVATE_KEY_PATH.</summary>
    public static SnapshotKey FromEnvironment(Func<string, string?> variable, TimeProvider? clock = null)
    {
        var keyId = Value(variable, "ASC_KEY_ID") ?? throw new ArgumentException("Set ASC_KEY_ID to the id of your App Store Connect API key (Users and Access > Integrations).");
        var issuerId = Value(variable, "ASC_ISSUER_ID");
        string pem;
        if (Value(variable, "ASC_PRIVATE_KEY") is { } text)
        {
            pem = text.Replace("\\n", "\n", StringComparison.Ordinal);
        }
        else if ((Value(variable, "ASC_PRIVATE_KEY_BASE64") ?? Value(variable, "ASC_PRIVATE_KEY_B64")) is { } base64)
        {
            try
            {
                pem = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            }
            catch (FormatException)
            {
                throw new ArgumentException("ASC_PRIVATE_KEY_BASE64 is not base64; encode the .p8 file's content (base64 -i AuthKey_KEYID.p8).");
            }
        }
        else if (Value(variable, "ASC_PRIVATE_KEY_PATH") is { } path)
        {
            pem = File.Exists(path) ? File.ReadAllText(path) : throw new ArgumentException($"ASC_PRIVATE_KEY_PATH names '{path}', which does not exist; give the path of your AuthKey_{keyId}.p8.");
        }
        else
        {
            throw new ArgumentException("Set ASC_PRIVATE_KEY (the .p8 file's text), ASC_PRIVATE_KEY_BASE64 or ASC_PRIVATE_KEY_PATH (its path).");
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new ArgumentException($"The private key of ASC_KEY_ID {keyId} is not a PKCS#8 PEM P-256 key (the .p8 file Apple gave you).");
        }

        return new SnapshotKey(key, keyId, issuerId, clock ?? TimeProvider.System);
    }

    /// <summary>Gets a token, signed anew when the last one is within two minutes of its expiry.</summary>
    public string Token()
    {
        var now = _clock.GetUtcNow();
        if (_token is { } token && token.Expires - now > TimeSpan.FromMinutes(2))
        {
            return token.Token;
        }

        var expires = now + Lifetime;
        var claims = new Dictionary<string, object>
        {
            ["aud"] = "appstoreconnect-v1",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        };
        claims[_issuerId is null ? "sub" : "iss"] = _issuerId ?? "user";
        var signingKey = new ECDsaSecurityKey(_key)
        {
            KeyId = _keyId,

            // The key is disposed with this object; a cached provider would outlive it.
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.EcdsaSha256),
        };
        var signed = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
        _token = (signed, expires);
        return signed;
    }

    public void Dispose() => _key.Dispose();

    private static string? Value(Func<string, string?> variable, string name) => variable(name) is { Length: > 0 } value ? value.Trim() : null;
}
