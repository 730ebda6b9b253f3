using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Cake.AppStoreConnect.Emulator.Resources.Certificates;

/// <summary>
/// The emulator's stand-in for Apple's Worldwide Developer Relations CA: it signs the public key of each
/// CSR into a real X.509 certificate and signs provisioning profiles (CMS). One per process, made on
/// first use; nothing outside the emulator trusts it.
/// </summary>
internal static class EmulatorCertificateAuthority
{
    private static readonly Lazy<X509Certificate2> Root = new(CreateRoot);

    public static X509Certificate2 Certificate => Root.Value;

    /// <summary>Issues a code-signing certificate for the CSR's public key.</summary>
    public static X509Certificate2 Issue(PublicKey publicKey, X500DistinguishedName subject, DateTimeOffset notBefore, DateTimeOffset notAfter, byte[] serialNumber)
    {
        var request = new CertificateRequest(subject, publicKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.3")], true));
        return request.Create(Root.Value, notBefore, notAfter, serialNumber);
    }

    private static X509Certificate2 CreateRoot()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Emulator Worldwide Developer Relations Certification Authority, OU=Cake.AppStoreConnect.Emulator, O=Emulator, C=US", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.DigitalSignature, true));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddYears(-10), now.AddYears(20));
    }
}
