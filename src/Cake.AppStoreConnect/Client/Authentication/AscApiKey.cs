using System.Security.Cryptography;

namespace Cake.AppStoreConnect.Client.Authentication;

/// <summary>
/// An App Store Connect API key: its id, its issuer (absent for an individual key) and the P-256
/// private key from the <c>.p8</c> file. The private key never leaves this object except to sign.
/// </summary>
public sealed class AscApiKey : IDisposable
{
    private const string P256Oid = "1.2.840.10045.3.1.7";
    private const string ExpectedKeyHint =
        "expected the .p8 file downloaded once from App Store Connect (Users and Access > Integrations), " +
        "a PKCS#8 PEM starting with -----BEGIN PRIVATE KEY-----";

    private AscApiKey(string keyId, string? issuerId, ECDsa privateKey, bool inHouse, string source)
    {
        KeyId = keyId;
        IssuerId = issuerId;
        PrivateKey = privateKey;
        InHouse = inHouse;
        Source = source;
    }

    /// <summary>Gets the key id (the 10-character id shown next to the key in App Store Connect).</summary>
    public string KeyId { get; }

    /// <summary>Gets the issuer id of a team key, or <see langword="null"/> for an individual key.</summary>
    public string? IssuerId { get; }

    /// <summary>Gets a value indicating whether this is an individual key (tokens carry <c>sub: "user"</c>).</summary>
    public bool IsIndividualKey => IssuerId is null;

    /// <summary>Gets a value indicating whether this is an enterprise (in-house) key.</summary>
    public bool InHouse { get; }

    /// <summary>Gets where the key was read from (a variable or file name, never its content).</summary>
    public string Source { get; }

    /// <summary>Gets the token audience for this key.</summary>
    public string Audience => InHouse ? "apple-developer-enterprise-v1" : "appstoreconnect-v1";

    internal ECDsa PrivateKey { get; }

    /// <summary>
    /// Reads a key from the text of a <c>.p8</c> file (PEM), or from its base64 body without the PEM lines.
    /// </summary>
    /// <param name="keyId">The key id.</param>
    /// <param name="issuerId">The issuer id of a team key; <see langword="null"/> or empty for an individual key.</param>
    /// <param name="privateKeyText">The PEM text of the <c>.p8</c> file.</param>
    /// <param name="source">Where the text came from, for error messages (a variable or file name).</param>
    /// <param name="inHouse">Whether the key is an enterprise (in-house) key.</param>
    /// <returns>The key.</returns>
    /// <exception cref="AscCredentialsException">The id, issuer or key text is not usable; the message says why.</exception>
    public static AscApiKey FromPem(string keyId, string? issuerId, string privateKeyText, string source, bool inHouse = false)
    {
        ArgumentNullException.ThrowIfNull(privateKeyText);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var id = ValidateKeyId(keyId);
        var issuer = ValidateIssuerId(issuerId);

        var text = privateKeyText.Trim();
        if (text.Length == 0)
        {
            throw new AscCredentialsException($"The private key from {source} is empty; {ExpectedKeyHint}.");
        }

        var ecdsa = ECDsa.Create();
        try
        {
            if (text.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                ImportPem(ecdsa, text, source);
            }
            else
            {
                ImportBareBase64(ecdsa, text, source);
            }

            EnsureP256(ecdsa, source);
            return new AscApiKey(id, issuer, ecdsa, inHouse, source);
        }
        catch
        {
            ecdsa.Dispose();
            throw;
        }
    }

    /// <summary>Reads a key from the raw bytes of a <c>.p8</c> file: PEM text, or DER-encoded PKCS#8.</summary>
    /// <param name="keyId">The key id.</param>
    /// <param name="issuerId">The issuer id of a team key; <see langword="null"/> or empty for an individual key.</param>
    /// <param name="privateKeyBytes">The file's bytes.</param>
    /// <param name="source">Where the bytes came from, for error messages.</param>
    /// <param name="inHouse">Whether the key is an enterprise (in-house) key.</param>
    /// <returns>The key.</returns>
    public static AscApiKey FromBytes(string keyId, string? issuerId, ReadOnlySpan<byte> privateKeyBytes, string source, bool inHouse = false)
    {
        if (privateKeyBytes.Length > 0 && privateKeyBytes[0] == 0x30)
        {
            // 0x30 is an ASN.1 SEQUENCE: DER rather than PEM text.
            var id = ValidateKeyId(keyId);
            var issuer = ValidateIssuerId(issuerId);
            var ecdsa = ECDsa.Create();
            try
            {
                ImportDer(ecdsa, privateKeyBytes, source);
                EnsureP256(ecdsa, source);
                return new AscApiKey(id, issuer, ecdsa, inHouse, source);
            }
            catch
            {
                ecdsa.Dispose();
                throw;
            }
        }

        return FromPem(keyId, issuerId, System.Text.Encoding.UTF8.GetString(privateKeyBytes), source, inHouse);
    }

    /// <summary>Gets a fingerprint of the public key, to tell keys apart without revealing them.</summary>
    /// <returns>A hex SHA-256 of the public key.</returns>
    public string GetPublicKeyFingerprint() =>
        Convert.ToHexStringLower(SHA256.HashData(PrivateKey.ExportSubjectPublicKeyInfo()));

    /// <inheritdoc />
    public void Dispose() => PrivateKey.Dispose();

    /// <inheritdoc />
    public override string ToString() =>
        IsIndividualKey ? $"individual key {KeyId}" : $"team key {KeyId} (issuer {IssuerId})";

    /// <summary>Says what is wrong with a key id, without repeating it, or returns <see langword="null"/> when it is usable.</summary>
    /// <param name="keyId">The key id to check.</param>
    /// <returns>A sentence starting with "is", or <see langword="null"/>.</returns>
    internal static string? DescribeKeyIdProblem(string keyId)
    {
        var id = keyId?.Trim() ?? string.Empty;
        if (id.Length == 0)
        {
            return "is empty: set it to the key id shown next to the key in App Store Connect (Users and Access > Integrations).";
        }

        var others = id.Count(c => !char.IsAsciiLetterOrDigit(c));
        return others == 0
            ? null
            : $"is not a key id: it has {id.Length} characters, {others} of them neither letters nor digits. A key id is letters and digits only, such as 2X9R4HXF34, as shown next to the key in App Store Connect.";
    }

    /// <summary>Says what is wrong with an issuer id, without repeating it, or returns <see langword="null"/> when it is usable.</summary>
    /// <param name="issuerId">The issuer id to check; empty means an individual key.</param>
    /// <returns>A sentence starting with "is", or <see langword="null"/>.</returns>
    internal static string? DescribeIssuerIdProblem(string? issuerId)
    {
        var issuer = issuerId?.Trim();
        return string.IsNullOrEmpty(issuer) || Guid.TryParse(issuer, out _)
            ? null
            : $"is not a UUID (it has {issuer.Length} characters; an issuer id has 36, such as 57246542-96fe-1a63-e053-0824d011072a): copy the Issuer ID shown above the team keys in App Store Connect (Users and Access > Integrations), or leave it unset for an individual key.";
    }

    private static string ValidateKeyId(string keyId) =>
        DescribeKeyIdProblem(keyId) is { } problem
            ? throw new AscCredentialsException($"The API key id {problem}")
            : keyId.Trim();

    private static string? ValidateIssuerId(string? issuerId)
    {
        if (DescribeIssuerIdProblem(issuerId) is { } problem)
        {
            throw new AscCredentialsException($"The issuer id {problem}");
        }

        var issuer = issuerId?.Trim();
        return string.IsNullOrEmpty(issuer) ? null : issuer.ToLowerInvariant();
    }

    private static void ImportPem(ECDsa ecdsa, string text, string source)
    {
        if (text.Contains("BEGIN ENCRYPTED PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new AscCredentialsException($"The private key from {source} is encrypted; {ExpectedKeyHint}, which is not encrypted.");
        }

        if (!text.Contains("BEGIN PRIVATE KEY", StringComparison.Ordinal) && !text.Contains("BEGIN EC PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new AscCredentialsException($"The text from {source} is a PEM block but not a private key; {ExpectedKeyHint}.");
        }

        try
        {
            ecdsa.ImportFromPem(text);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            // The inner message is the runtime's and names no key material.
            throw new AscCredentialsException($"The private key from {source} could not be read as a P-256 private key; {ExpectedKeyHint}.", ex);
        }
    }

    private static void ImportBareBase64(ECDsa ecdsa, string text, string source)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        byte[] der;
        try
        {
            der = Convert.FromBase64String(compact);
        }
        catch (FormatException)
        {
            throw new AscCredentialsException($"The private key from {source} is neither PEM text nor base64; {ExpectedKeyHint}.");
        }

        ImportDer(ecdsa, der, source);
    }

    private static void ImportDer(ECDsa ecdsa, ReadOnlySpan<byte> der, string source)
    {
        try
        {
            ecdsa.ImportPkcs8PrivateKey(der, out _);
        }
        catch (CryptographicException ex)
        {
            throw new AscCredentialsException($"The private key from {source} is not a PKCS#8 P-256 private key; {ExpectedKeyHint}.", ex);
        }
    }

    private static void EnsureP256(ECDsa ecdsa, string source)
    {
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid?.Value != P256Oid && parameters.Curve.Oid?.FriendlyName is not ("nistP256" or "ECDSA_P256"))
        {
            throw new AscCredentialsException($"The private key from {source} is an EC key on another curve; App Store Connect keys are P-256 ({ExpectedKeyHint}).");
        }
    }
}
