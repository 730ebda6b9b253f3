using System.Security.Cryptography;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Client.Authentication;

public sealed class AscApiKeyTests
{
    public sealed class TheFromPemMethod
    {
        [Test]
        public void Should_Read_A_Pkcs8_P256_Key_As_Apple_Issues_It()
        {
            var (pem, _) = TestKeys.NewP256();

            using var key = AscApiKey.FromPem(TestKeys.KeyId, TestKeys.IssuerId, pem, "ASC_PRIVATE_KEY");

            Assert.Multiple(() =>
            {
                Assert.That(key.KeyId, Is.EqualTo(TestKeys.KeyId));
                Assert.That(key.IssuerId, Is.EqualTo(TestKeys.IssuerId));
                Assert.That(key.IsIndividualKey, Is.False);
                Assert.That(key.Audience, Is.EqualTo("appstoreconnect-v1"));
                Assert.That(key.ToString(), Does.Not.Contain("PRIVATE"));
            });
        }

        [Test]
        public void Should_Read_The_Base64_Body_Without_Pem_Lines()
        {
            var (pem, _) = TestKeys.NewP256();
            var body = string.Concat(pem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)));

            using var key = AscApiKey.FromPem(TestKeys.KeyId, null, body, "ASC_PRIVATE_KEY");

            Assert.That(key.IsIndividualKey, Is.True);
        }

        [Test]
        public void Should_Use_The_Enterprise_Audience_For_In_House_Keys()
        {
            var (pem, _) = TestKeys.NewP256();

            using var key = AscApiKey.FromPem(TestKeys.KeyId, TestKeys.IssuerId, pem, "test", inHouse: true);

            Assert.That(key.Audience, Is.EqualTo("apple-developer-enterprise-v1"));
        }

        [Test]
        public void Should_Refuse_A_Key_On_Another_Curve_Without_Showing_It()
        {
            using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
            var pem = p384.ExportPkcs8PrivateKeyPem();

            var error = Assert.Throws<AscCredentialsException>(() => AscApiKey.FromPem(TestKeys.KeyId, null, pem, "ASC_PRIVATE_KEY"));

            Assert.That(error!.Message, Does.Contain("P-256").And.Contain("ASC_PRIVATE_KEY").And.Contain(".p8"));
            AssertNoKeyMaterial(error, pem);
        }

        [Test]
        public void Should_Refuse_An_Rsa_Key_Naming_The_Source()
        {
            using var rsa = RSA.Create(2048);
            var pem = rsa.ExportPkcs8PrivateKeyPem();

            var error = Assert.Throws<AscCredentialsException>(() => AscApiKey.FromPem(TestKeys.KeyId, null, pem, "ASC_PRIVATE_KEY_PATH"));

            Assert.That(error!.Message, Does.Contain("ASC_PRIVATE_KEY_PATH").And.Contain("expected the .p8 file downloaded once from App Store Connect"));
            AssertNoKeyMaterial(error, pem);
        }

        [Test]
        public void Should_Refuse_A_Certificate_Or_Public_Key()
        {
            var (_, key) = TestKeys.NewP256();
            var publicPem = key.ExportSubjectPublicKeyInfoPem();

            var error = Assert.Throws<AscCredentialsException>(() => AscApiKey.FromPem(TestKeys.KeyId, null, publicPem, "settings"));

            Assert.That(error!.Message, Does.Contain("not a private key"));
        }

        [Test]
        public void Should_Refuse_Text_That_Is_Neither_Pem_Nor_Base64()
        {
            var error = Assert.Throws<AscCredentialsException>(() => AscApiKey.FromPem(TestKeys.KeyId, null, "not a key at all!", "ASC_PRIVATE_KEY"));

            Assert.That(error!.Message, Does.Contain("neither PEM text nor base64").And.Not.Contain("not a key at all"));
        }

        [TestCase("")]
        [TestCase("has space")]
        [TestCase("ABC/123")]
        public void Should_Refuse_A_Malformed_Key_Id(string keyId)
        {
            var (pem, _) = TestKeys.NewP256();

            var error = Assert.Throws<AscCredentialsException>(() => AscApiKey.FromPem(keyId, null, pem, "test"));

            Assert.That(error!.Message, Does.Contain("key id"));
        }

        [Test]
        public void Should_Refuse_An_Issuer_Id_That_Is_Not_A_Uuid()
        {
            var (pem, _) = TestKeys.NewP256();

            var error = Assert.Throws<AscCredentialsException>(() => AscApiKey.FromPem(TestKeys.KeyId, "my-team", pem, "test"));

            Assert.That(error!.Message, Does.Contain("is not a UUID").And.Contain("Issuer ID").And.Not.Contain("my-team"), "no credential value is echoed");
        }

        private static void AssertNoKeyMaterial(Exception error, string pem)
        {
            var body = pem.Split('\n').Where(l => l.Length > 20 && !l.StartsWith("-----", StringComparison.Ordinal));
            for (var e = error; e is not null; e = e.InnerException)
            {
                foreach (var line in body)
                {
                    Assert.That(e.Message, Does.Not.Contain(line[..20]));
                }
            }
        }
    }

    public sealed class TheFromBytesMethod
    {
        [Test]
        public void Should_Read_Der_Encoded_Pkcs8()
        {
            var (_, ecdsa) = TestKeys.NewP256();

            using var key = AscApiKey.FromBytes(TestKeys.KeyId, TestKeys.IssuerId, ecdsa.ExportPkcs8PrivateKey(), "ASC_PRIVATE_KEY_BASE64");

            Assert.That(key.GetPublicKeyFingerprint(), Has.Length.EqualTo(64));
        }
    }
}
