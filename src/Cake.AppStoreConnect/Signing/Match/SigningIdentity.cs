using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// A certificate with its private key, read from what match stores and written as match stores it. match's
/// <c>.p12</c> is not always a PKCS#12: a certificate match (fastlane cert) made holds the key as PEM text
/// (<c>cert/lib/cert/runner.rb</c> writes the RSA key object to <c>&lt;id&gt;.p12</c>), while <c>match import</c> copies
/// whatever PKCS#12 it is given. Both are read; the key is stored as match itself writes it, PEM.
/// </summary>
internal sealed class SigningIdentity : IDisposable
{
    private SigningIdentity(X509Certificate2 certificate, AsymmetricAlgorithm key)
    {
        Certificate = certificate;
        Key = key;
    }

    public X509Certificate2 Certificate { get; }

    public AsymmetricAlgorithm Key { get; }

    /// <summary>Pairs a certificate (DER or PEM) with a key (PEM, or PKCS#12 opened with <paramref name="pkcs12Password"/> or none).</summary>
    /// <exception cref="AscMatchStorageException">The certificate or key cannot be read, or the key is not the certificate's.</exception>
    public static SigningIdentity Open(byte[] certificate, string certificatePath, byte[] key, string keyPath, string? pkcs12Password, string passwordSource)
    {
        X509Certificate2 cert;
        try
        {
            cert = X509CertificateLoader.LoadCertificate(certificate);
        }
        catch (CryptographicException ex)
        {
            throw new AscMatchStorageException($"'{certificatePath}' is not an X.509 certificate (DER or PEM). Download the certificate again from Certificates, Identifiers & Profiles.", certificatePath, ex);
        }

        var privateKey = ReadKey(key, keyPath, pkcs12Password, passwordSource);
        if (!PublicKeyOf(privateKey).AsSpan().SequenceEqual(cert.PublicKey.ExportSubjectPublicKeyInfo()))
        {
            privateKey.Dispose();
            throw new AscMatchStorageException($"The private key in '{keyPath}' does not belong to the certificate '{certificatePath}' ({cert.Subject}). Pair the certificate with the key its signing request was made from.", keyPath);
        }

        return new SigningIdentity(cert, privateKey);
    }

    /// <summary>The key as match stores it: PEM, PKCS#1 for RSA (what Ruby's <c>OpenSSL::PKey::RSA#to_s</c> writes), PKCS#8 otherwise.</summary>
    public byte[] MatchKeyText() => Encoding.ASCII.GetBytes((Key is RSA rsa ? rsa.ExportRSAPrivateKeyPem() : Key.ExportPkcs8PrivateKeyPem()) + "\n");

    /// <summary>The certificate and key as a PKCS#12 that macOS keychains and Azure's InstallAppleCertificate import (3DES/SHA-1).</summary>
    public byte[] ExportPkcs12(string password)
    {
        using var withKey = Key switch
        {
            RSA rsa => Certificate.CopyWithPrivateKey(rsa),
            ECDsa ecdsa => Certificate.CopyWithPrivateKey(ecdsa),
            _ => throw new NotSupportedException("Only RSA and EC keys are supported."),
        };
        return withKey.ExportPkcs12(Pkcs12ExportPbeParameters.Pkcs12TripleDesSha1, password);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        Key.Dispose();
    }

    private static AsymmetricAlgorithm ReadKey(byte[] key, string keyPath, string? pkcs12Password, string passwordSource)
    {
        if (key.AsSpan().StartsWith("-----BEGIN "u8))
        {
            var pem = Encoding.ASCII.GetString(key);
            try
            {
                var rsa = RSA.Create();
                rsa.ImportFromPem(pem);
                return rsa;
            }
            catch (Exception ex) when (ex is CryptographicException or ArgumentException)
            {
                try
                {
                    var ecdsa = ECDsa.Create();
                    ecdsa.ImportFromPem(pem);
                    return ecdsa;
                }
                catch (Exception inner) when (inner is CryptographicException or ArgumentException)
                {
                    throw new AscMatchStorageException($"'{keyPath}' is PEM text but holds no unencrypted RSA or EC private key. Store the key unencrypted, as match does.", keyPath, ex);
                }
            }
        }

        return ReadPkcs12Key(key, keyPath, pkcs12Password, passwordSource);
    }

    private static AsymmetricAlgorithm ReadPkcs12Key(byte[] key, string keyPath, string? password, string passwordSource)
    {
        X509Certificate2Collection collection;
        try
        {
            collection = X509CertificateLoader.LoadPkcs12Collection(key, password ?? string.Empty, X509KeyStorageFlags.Exportable);
        }
        catch (CryptographicException ex)
        {
            throw new AscMatchStorageException(
                password is null
                    ? $"'{keyPath}' is neither a PEM private key nor a PKCS#12 without a password. If it is a PKCS#12 with a password, set {passwordSource}."
                    : $"'{keyPath}' does not open as a PKCS#12 with the password from {passwordSource}: the password is wrong or the file is not a PKCS#12.",
                keyPath,
                ex);
        }

        try
        {
            var holder = collection.FirstOrDefault(c => c.HasPrivateKey)
                ?? throw new AscMatchStorageException($"The PKCS#12 '{keyPath}' holds no private key. Export the certificate with its key.", keyPath);

            // Through an encrypted PKCS#8 because a Windows key store refuses a plain export of an imported key.
            var transfer = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            var parameters = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1);
            AsymmetricAlgorithm copy;
            if (holder.GetRSAPrivateKey() is { } rsa)
            {
                using (rsa)
                {
                    var target = RSA.Create();
                    target.ImportEncryptedPkcs8PrivateKey(transfer, rsa.ExportEncryptedPkcs8PrivateKey(transfer, parameters), out _);
                    copy = target;
                }
            }
            else if (holder.GetECDsaPrivateKey() is { } ecdsa)
            {
                using (ecdsa)
                {
                    var target = ECDsa.Create();
                    target.ImportEncryptedPkcs8PrivateKey(transfer, ecdsa.ExportEncryptedPkcs8PrivateKey(transfer, parameters), out _);
                    copy = target;
                }
            }
            else
            {
                throw new AscMatchStorageException($"The PKCS#12 '{keyPath}' holds a key that is neither RSA nor EC.", keyPath);
            }

            return copy;
        }
        finally
        {
            foreach (var certificate in collection)
            {
                certificate.Dispose();
            }
        }
    }

    private static byte[] PublicKeyOf(AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => rsa.ExportSubjectPublicKeyInfo(),
        ECDsa ecdsa => ecdsa.ExportSubjectPublicKeyInfo(),
        _ => [],
    };
}
