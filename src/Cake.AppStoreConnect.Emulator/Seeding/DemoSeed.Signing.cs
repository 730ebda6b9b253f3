using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.BundleIds;
using Cake.AppStoreConnect.Emulator.Resources.Certificates;
using Cake.AppStoreConnect.Emulator.Resources.Devices;
using Cake.AppStoreConnect.Emulator.Resources.Provisioning;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Seeding;

/// <summary>
/// The demo account's provisioning: a bundle id per seeded app, a few devices (one disabled) and one
/// Apple Distribution certificate whose private key nobody has (it is thrown away here), so a client
/// must tell "a certificate of the right type" from "a certificate it can sign with".
/// </summary>
internal static class SigningSeeder
{
    public const string UnknownKeyCertificateId = "SEEDDIST01";

    public static void Seed(StateStore store, DateTimeOffset now)
    {
        var bundles = store.Table<BundleIdRecord>();
        foreach (var app in store.Table<AppRecord>().All.ToList())
        {
            var platform = app.Platforms.Count > 1 ? "UNIVERSAL" : app.Platforms.Contains("MAC_OS") ? "MAC_OS" : "IOS";
            bundles.Add(new BundleIdRecord { Id = $"B{app.Id}", Name = app.Name, Platform = platform, Identifier = app.BundleId, SeedId = ProvisioningAccess.TeamId });
        }

        store.Table<BundleIdCapabilityRecord>().Add(new BundleIdCapabilityRecord { Id = $"B{AppSeeder.VeryCapableAppId}_PUSH_NOTIFICATIONS", BundleIdId = $"B{AppSeeder.VeryCapableAppId}", CapabilityType = "PUSH_NOTIFICATIONS" });

        var devices = store.Table<DeviceRecord>();
        (string Name, string Platform, string Udid, string Status)[] seeded =
        [
            ("Tim's iPhone", "IOS", "00008030-001A2D3E0C38802E", "ENABLED"),
            ("QA iPhone 12", "IOS", "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "ENABLED"),
            ("QA iPad Air", "IOS", "00008103-000A1B2C3D4E5F6A", "ENABLED"),
            ("Old iPhone 8", "IOS", "0f1e2d3c4b5a69788796a5b4c3d2e1f001234567", "DISABLED"),
            ("Build Mac mini", "MAC_OS", "6A2B1C3D-4E5F-6071-8293-A4B5C6D7E8F9", "ENABLED"),
        ];
        for (var i = 0; i < seeded.Length; i++)
        {
            var (name, platform, udid, status) = seeded[i];
            devices.Add(new DeviceRecord
            {
                Id = $"SEEDDEV{i + 1:D3}",
                Name = name,
                Platform = platform,
                Udid = udid,
                DeviceClass = DevicesModule.DeviceClassOf(platform, name),
                Status = status,
                AddedDate = now.AddDays(-30 + i),
            });
        }

        using var lostKey = RSA.Create(2048);
        var label = CertificatesModule.LabelOf("DISTRIBUTION");
        using var issued = EmulatorCertificateAuthority.Issue(new PublicKey(lostKey), CertificatesModule.SubjectOf(UnknownKeyCertificateId, label), now.AddDays(-60), now.AddDays(305), [0x1E, 0xED, 0x00, 0x01]);
        store.Table<CertificateRecord>().Add(new CertificateRecord
        {
            Id = UnknownKeyCertificateId,
            Name = $"{label}: {ProvisioningAccess.TeamName}",
            DisplayName = ProvisioningAccess.TeamName,
            CertificateType = "DISTRIBUTION",
            SerialNumber = issued.SerialNumber,
            ExpirationDate = new DateTimeOffset(issued.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            Content = Convert.ToBase64String(issued.RawData),
        });
    }
}
