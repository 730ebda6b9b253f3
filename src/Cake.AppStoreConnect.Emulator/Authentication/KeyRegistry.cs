using System.Security.Cryptography;
using Cake.AppStoreConnect.Emulator.Access;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Authentication;

/// <summary>The keys the emulator accepts, by key id; revoked keys are remembered so they answer 401.</summary>
internal sealed class KeyRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ApiKey> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _revoked = new(StringComparer.Ordinal);

    /// <summary>Generates a P-256 key pair and registers it; a null issuer makes an individual key.</summary>
    public GeneratedKey Generate(string? keyId, string? issuerId, KeyAccess? access = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var id = keyId ?? Ids.NewKeyId();
        Register(id, issuerId, key, access);
        return new GeneratedKey(id, issuerId, key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>Registers the public half of an existing key (a <c>.p8</c> PEM or a public key PEM).</summary>
    public void RegisterPem(string keyId, string? issuerId, string pem, KeyAccess? access = null)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(pem);
        if (key.KeySize != 256)
        {
            throw new ArgumentException($"Key '{keyId}' is not a P-256 key.", nameof(pem));
        }

        Register(keyId, issuerId, key, access);
    }

    public bool Revoke(string keyId)
    {
        lock (_gate)
        {
            return _keys.ContainsKey(keyId) && _revoked.Add(keyId);
        }
    }

    /// <summary>Finds a usable key; revoked and unknown keys are both null (the caller answers 401 either way).</summary>
    public ApiKey? Find(string keyId, out bool revoked)
    {
        lock (_gate)
        {
            revoked = _revoked.Contains(keyId);
            return revoked ? null : _keys.GetValueOrDefault(keyId);
        }
    }

    /// <summary>
    /// Adds a key (<c>ADMIN</c> when no access is given); a key id already registered (revoked or not) is refused,
    /// never replaced. Visible apps belong to individual keys only: a team key sees every app.
    /// </summary>
    private void Register(string keyId, string? issuerId, ECDsa key, KeyAccess? access)
    {
        access ??= KeyAccess.Admin;
        if (issuerId is not null && access.VisibleAppIds is not null)
        {
            throw new ArgumentException($"Key '{keyId}' is a team key (it has an issuer id); team keys see every app, so visible apps apply to individual keys only.");
        }

        lock (_gate)
        {
            if (!_keys.TryAdd(keyId, new ApiKey(keyId, issuerId, key.ExportSubjectPublicKeyInfo(), access)))
            {
                throw new KeyIdTakenException($"Key id '{keyId}' is already registered; give another keyId or none to have one generated.");
            }
        }
    }
}

/// <summary>A key registration that would replace a key already registered.</summary>
internal sealed class KeyIdTakenException(string message) : InvalidOperationException(message);
