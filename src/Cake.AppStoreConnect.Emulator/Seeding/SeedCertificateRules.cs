using System.Security.Cryptography;
using Cake.AppStoreConnect.Emulator.Resources.Certificates;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>What a seed file's certificates must hold: a type Apple has, an RSA public key, and Apple's limit per type.</summary>
internal static class SeedCertificateRules
{
    /// <summary>Reads the public key: PEM, or base64 SubjectPublicKeyInfo; null when it is neither, or not RSA.</summary>
    public static RSA? ReadPublicKey(string text)
    {
        var key = RSA.Create();
        try
        {
            if (text.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                key.ImportFromPem(text.Replace("\\n", "\n", StringComparison.Ordinal));
            }
            else
            {
                key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(text), out _);
            }

            return key;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException or FormatException)
        {
            key.Dispose();
            return null;
        }
    }

    public static IEnumerable<string> Problems(IReadOnlyList<SeedCertificate> certificates)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var perType = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < certificates.Count; c++)
        {
            var certificate = certificates[c];
            var at = $"$.certificates[{c}]";
            if (!CertificateRecord.Types.Contains(certificate.CertificateType))
            {
                yield return $"{at}.certificateType: '{certificate.CertificateType}' is not one of {string.Join(", ", CertificateRecord.Types)}.";
            }
            else if (CertificatesModule.LimitOf(certificate.CertificateType) is { } limit && (perType[certificate.CertificateType] = perType.GetValueOrDefault(certificate.CertificateType) + 1) > limit)
            {
                yield return $"{at}.certificateType: Apple allows {limit} {certificate.CertificateType} certificate(s) per team; this is one more.";
            }

            if (certificate.Id is { } id && (id.Length == 0 || !id.All(char.IsAsciiLetterOrDigit) || !ids.Add(id)))
            {
                yield return $"{at}.id: '{id}' is not a certificate id of its own (letters and digits, like \"8X4K2M9QPL\"); leave it out to have one made from the public key.";
            }

            using var key = ReadPublicKey(certificate.PublicKey);
            if (key is null)
            {
                yield return $"{at}.publicKey: not an RSA public key; give it as PEM (openssl rsa -in signing.key -pubout) or base64 SubjectPublicKeyInfo.";
            }
            else if (key.KeySize < 2048)
            {
                yield return $"{at}.publicKey: the key has {key.KeySize} bits; Apple's certificates need an RSA key of 2048 bits or more.";
            }
        }
    }
}
