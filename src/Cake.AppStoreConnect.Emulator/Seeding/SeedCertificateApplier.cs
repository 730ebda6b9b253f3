using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Cake.AppStoreConnect.Emulator.Resources.Certificates;
using Cake.AppStoreConnect.Emulator.Resources.Provisioning;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>
/// Issues a seed file's certificates with the emulator's CA for the public keys the file gives, as the team's own: the
/// way to have a Developer ID certificate in a rehearsal, since no API key may create one (at Apple or here).
/// </summary>
internal static class SeedCertificateApplier
{
    public static void Add(StateStore store, IReadOnlyList<SeedCertificate> certificates, DateTimeOffset now)
    {
        foreach (var seeded in certificates)
        {
            using var key = SeedCertificateRules.ReadPublicKey(seeded.PublicKey)!;
            var publicKeyInfo = key.ExportSubjectPublicKeyInfo();
            var name = $"certificate:{seeded.CertificateType}:{Convert.ToHexString(SHA256.HashData(publicKeyInfo))}";
            var id = seeded.Id ?? Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..10];
            var serial = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name + ":serial"))[..8];
            serial[0] &= 0x7F;
            var label = CertificatesModule.LabelOf(seeded.CertificateType);
            var lifetime = CertificatesModule.LifetimeOf(seeded.CertificateType);
            var expires = seeded.ExpirationDate ?? now + lifetime;
            using var issued = EmulatorCertificateAuthority.Issue(PublicKey.CreateFromSubjectPublicKeyInfo(publicKeyInfo, out _), CertificatesModule.SubjectOf(id, label), expires - lifetime, expires, serial);
            store.Table<CertificateRecord>().Add(new CertificateRecord
            {
                Id = id,
                Name = $"{label}: {ProvisioningAccess.TeamName}",
                DisplayName = ProvisioningAccess.TeamName,
                CertificateType = seeded.CertificateType,
                SerialNumber = issued.SerialNumber,
                Platform = CertificatesModule.PlatformOf(seeded.CertificateType),
                ExpirationDate = new DateTimeOffset(issued.NotAfter.ToUniversalTime(), TimeSpan.Zero),
                Content = Convert.ToBase64String(issued.RawData),
            });
        }
    }
}
