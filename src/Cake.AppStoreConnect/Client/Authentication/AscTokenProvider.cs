using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cake.AppStoreConnect.Client.Authentication;

/// <summary>
/// Mints the ES256 JSON Web Tokens App Store Connect expects and reuses each one until shortly before
/// it expires, as Apple recommends. Thread-safe.
/// </summary>
public sealed class AscTokenProvider
{
    /// <summary>The longest lifetime (<c>exp - iat</c>) Apple accepts for ordinary requests.</summary>
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromMinutes(20);

    // Clocks on build agents drift; a token dated slightly in the past is never "from the future" to Apple.
    private static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromSeconds(60);

    // A token is replaced this long before it expires, so a slow request never carries an expired one.
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromSeconds(60);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly AscApiKey _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly SigningCredentials _signingCredentials;
    private readonly Lock _gate = new();
    private string? _token;
    private DateTimeOffset _expires;

    /// <summary>Creates a provider for a key.</summary>
    /// <param name="key">The API key that signs the tokens.</param>
    /// <param name="time">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="lifetime">Token lifetime (<c>exp - iat</c>); 20 minutes, Apple's maximum, when <see langword="null"/>.</param>
    public AscTokenProvider(AscApiKey key, TimeProvider? time = null, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var requested = lifetime ?? MaximumLifetime;
        if (requested <= RenewalMargin + ClockSkewAllowance || requested > MaximumLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), requested, "A token lifetime must be more than 2 minutes and at most 20 minutes, the most App Store Connect accepts.");
        }

        _key = key;
        _time = time ?? TimeProvider.System;
        _lifetime = requested;
        _signingCredentials = new SigningCredentials(new ECDsaSecurityKey(key.PrivateKey) { KeyId = key.KeyId }, SecurityAlgorithms.EcdsaSha256);
    }

    /// <summary>Gets the key this provider signs with.</summary>
    public AscApiKey Key => _key;

    /// <summary>Gets a valid token, minting a new one only when the current one is close to expiry.</summary>
    /// <returns>The compact JWT. Never log it.</returns>
    public string GetToken()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_token is null || now >= _expires - RenewalMargin)
            {
                var issuedAt = now - ClockSkewAllowance;
                _expires = issuedAt + _lifetime;
                _token = Mint(issuedAt, _expires);
            }

            return _token;
        }
    }

    /// <summary>
    /// Drops a token App Store Connect refused, so the next call mints a fresh one. A token that has
    /// already been replaced by another thread is left alone.
    /// </summary>
    /// <param name="refusedToken">The token that was refused.</param>
    public void Invalidate(string refusedToken)
    {
        lock (_gate)
        {
            if (string.Equals(_token, refusedToken, StringComparison.Ordinal))
            {
                _token = null;
            }
        }
    }

    private string Mint(DateTimeOffset issuedAt, DateTimeOffset expires)
    {
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Iat] = issuedAt.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Exp] = expires.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Aud] = _key.Audience,
        };
        if (_key.IsIndividualKey)
        {
            claims[JwtRegisteredClaimNames.Sub] = "user";
        }
        else
        {
            claims[JwtRegisteredClaimNames.Iss] = _key.IssuerId!;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = _signingCredentials,
            TokenType = "JWT",
            Subject = new ClaimsIdentity(),
        };
        return Handler.CreateToken(descriptor);
    }
}
