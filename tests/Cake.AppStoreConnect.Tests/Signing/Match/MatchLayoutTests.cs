using Cake.AppStoreConnect.Signing.Match;

namespace Cake.AppStoreConnect.Tests.Signing.Match;

public sealed class MatchLayoutTests
{
    public sealed class TheProfilePathMethod
    {
        // match's runner.rb fetch_provisioning_profile and generator.rb profile_type_name.
        [TestCase("appstore", null, "profiles/appstore/AppStore_com.example.app.mobileprovision")]
        [TestCase("adhoc", "ios", "profiles/adhoc/AdHoc_com.example.app.mobileprovision")]
        [TestCase("development", "tvos", "profiles/development/Development_com.example.app_tvos.mobileprovision")]
        [TestCase("enterprise", "IOS", "profiles/enterprise/InHouse_com.example.app.mobileprovision")]
        [TestCase("appstore", "macos", "profiles/appstore/AppStore_com.example.app.provisionprofile")]
        [TestCase("appstore", "MAC_OS", "profiles/appstore/AppStore_com.example.app.provisionprofile")]
        [TestCase("developer_id", "catalyst", "profiles/developer_id/Direct_com.example.app_catalyst.provisionprofile")]
        public void Should_Name_The_Profile_As_Match_Does(string type, string? platform, string expected)
        {
            // When
            var path = MatchLayout.For(type, platform).ProfilePath("/storage", "com.example.app");

            // Then
            Assert.That(Path.GetRelativePath("/storage", path).Replace('\\', '/'), Is.EqualTo(expected));
        }
    }

    public sealed class TheKeyPathMethod
    {
        // match's module.rb cert_type_sym: adhoc and appstore share the distribution certificates.
        [TestCase("appstore", "certs/distribution/A1B2C3D4E5.p12")]
        [TestCase("adhoc", "certs/distribution/A1B2C3D4E5.p12")]
        [TestCase("development", "certs/development/A1B2C3D4E5.p12")]
        [TestCase("enterprise", "certs/enterprise/A1B2C3D4E5.p12")]
        [TestCase("developer_id", "certs/developer_id_application/A1B2C3D4E5.p12")]
        public void Should_Keep_The_Key_Beside_The_Certificate_In_Matchs_Folder(string type, string expected)
        {
            // When
            var layout = MatchLayout.For(type, null);

            // Then
            Assert.That(Path.GetRelativePath("/storage", layout.KeyPath("/storage", "A1B2C3D4E5")).Replace('\\', '/'), Is.EqualTo(expected));
            Assert.That(Path.ChangeExtension(layout.KeyPath("/storage", "A1B2C3D4E5"), ".cer"), Is.EqualTo(layout.CertificatePath("/storage", "A1B2C3D4E5")));
        }
    }
}
