using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Cake.AppStoreConnect.Client.Signing;

namespace Cake.AppStoreConnect.Signing;

/// <summary>
/// The team's RSA signing key and the .p12 password: the two secrets of signing. Neither is ever
/// formatted into text; <see cref="ToString"/> names only where the key came from.
/// </summary>
internal sealed class SigningKey : IDisposable
{
    private readonly RSA _key;
    private readonly string _password;
    private readonly byte[] _publicKey;

    private SigningKey(RSA key, string password, string source)
    {
        _key = key;
        _password = password;
        Source = source;
        _publicKey = key.ExportSubjectPublicKeyInfo();
    }

    public string Source { get; }

    /// <summary>Reads a PEM RSA key (PKCS#1 or PKCS#8); the message of a failure names the source, never the text.</summary>
    public static SigningKey FromPem(string pem, string source, string password)
    {
        var key = RSA.Create();
        try
        {
            key.ImportFromPem(pem.Replace("\\n", "\n", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new ArgumentException($"The signing key from {source} is not a PEM RSA private key (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----).");
        }

        if (key.KeySize < 2048)
        {
            key.Dispose();
            throw new ArgumentException($"The signing key from {source} has {key.KeySize} bits; Apple's certificates need an RSA key of 2048 bits or more.");
        }

        return new SigningKey(key, password, source);
    }

    public bool Matches(AscCertificate certificate)
    {
        if (certificate.Content.Length == 0)
        {
            return false;
        }

        using var x509 = X509CertificateLoader.LoadCertificate(certificate.Content);
        return x509.PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(_publicKey);
    }

    public string CreateSigningRequestPem() =>
        new CertificateRequest("CN=Cake.AppStoreConnect signing key, O=Cake.AppStoreConnect", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSigningRequestPem();

    /// <summary>
    /// The certificate with this key as a .p12. 3DES/SHA-1 PBE rather than AES: macOS keychains (<c>security
    /// import</c>, and so Azure's InstallAppleCertificate@2) reject the newer PBES2 encodings on older agents.
    /// </summary>
    public byte[] ExportP12(AscCertificate certificate)
    {
        using var x509 = X509CertificateLoader.LoadCertificate(certificate.Content);
        using var withKey = x509.CopyWithPrivateKey(_key);
        return withKey.ExportPkcs12(Pkcs12ExportPbeParameters.Pkcs12TripleDesSha1, _password);
    }

    /// <summary>Tells whether a .p12 already there opens with the password and holds this certificate and key.</summary>
    public bool P12Holds(string path, AscCertificate certificate)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var existing = X509CertificateLoader.LoadPkcs12FromFile(path, _password, X509KeyStorageFlags.EphemeralKeySet);
            using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Content);
            using var key = existing.GetRSAPrivateKey();
            return existing.HasPrivateKey && existing.RawData.AsSpan().SequenceEqual(publicOnly.RawData)
                && key is not null && key.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(_publicKey);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public void Dispose() => _key.Dispose();

    public override string ToString() => $"signing key from {Source}";
}
