using System.Text;
using System.Text.Json;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Credentials;
using Cake.AppStoreConnect.Tests.TestSupport;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Tests.Credentials;

public sealed class AscCredentialResolverTests
{
    private static (AscCredentialResolver Resolver, TestCakeEnvironment Environment) Create(TemporaryDirectory directory, Dictionary<string, string> variables)
    {
        var (context, environment, _) = TestCakeContext.Create(variables, directory.Path);
        return (new AscCredentialResolver(context.Environment, context.FileSystem), environment);
    }

    private static AscApiKey Resolve(TemporaryDirectory directory, Dictionary<string, string> variables, AscSettings? settings = null) =>
        Create(directory, variables).Resolver.Resolve(settings ?? new AscSettings()).Key;

    public sealed class TheAscVariables
    {
        [Test]
        public void Should_Read_A_Team_Key_From_A_P8_File()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();
            var path = TestKeys.WriteP8(directory.Path, pem);

            using var key = Resolve(directory, new() { ["ASC_KEY_ID"] = TestKeys.KeyId, ["ASC_ISSUER_ID"] = TestKeys.IssuerId, ["ASC_PRIVATE_KEY_PATH"] = path });

            Assert.Multiple(() =>
            {
                Assert.That(key.KeyId, Is.EqualTo(TestKeys.KeyId));
                Assert.That(key.IssuerId, Is.EqualTo(TestKeys.IssuerId));
                Assert.That(key.Source, Is.EqualTo("ASC_PRIVATE_KEY_PATH"));
            });
        }

        [Test]
        public void Should_Read_A_Relative_Path_From_The_Working_Directory()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();
            TestKeys.WriteP8(directory.Path, pem);

            using var key = Resolve(directory, new() { ["ASC_KEY_ID"] = TestKeys.KeyId, ["ASC_PRIVATE_KEY_PATH"] = $"AuthKey_{TestKeys.KeyId}.p8" });

            Assert.That(key.IsIndividualKey, Is.True, "no issuer id means an individual key");
        }

        [Test]
        public void Should_Turn_Literal_Backslash_N_Into_Newlines()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();

            using var key = Resolve(directory, new() { ["ASC_KEY_ID"] = TestKeys.KeyId, ["ASC_ISSUER_ID"] = TestKeys.IssuerId, ["ASC_PRIVATE_KEY"] = pem.Replace("\n", "\\n", StringComparison.Ordinal) });

            Assert.That(key.Source, Is.EqualTo("ASC_PRIVATE_KEY"));
        }

        [TestCase("ASC_PRIVATE_KEY_BASE64")]
        [TestCase("ASC_PRIVATE_KEY_B64")]
        public void Should_Read_A_Base64_Encoded_P8(string variable)
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();

            using var key = Resolve(directory, new() { ["ASC_KEY_ID"] = TestKeys.KeyId, [variable] = Convert.ToBase64String(Encoding.UTF8.GetBytes(pem)) });

            Assert.That(key.Source, Is.EqualTo(variable));
        }

        [Test]
        public void Should_Name_The_Variable_When_Base64_Is_Malformed()
        {
            using var directory = new TemporaryDirectory();

            var error = Assert.Throws<AscCredentialsException>(() => Resolve(directory, new() { ["ASC_KEY_ID"] = TestKeys.KeyId, ["ASC_PRIVATE_KEY_BASE64"] = "%%%secret%%%" }));

            Assert.That(error!.Message, Does.Contain("ASC_PRIVATE_KEY_BASE64 is not valid base64").And.Not.Contain("secret"));
        }

        [Test]
        public void Should_Name_The_Missing_File()
        {
            using var directory = new TemporaryDirectory();
            var missing = directory.File("AuthKey_MISSING.p8");

            var error = Assert.Throws<AscCredentialsException>(() => Resolve(directory, new() { ["ASC_KEY_ID"] = TestKeys.KeyId, ["ASC_PRIVATE_KEY_PATH"] = missing }));

            // The path is not echoed: a variable's value never is (the variable may hold a key pasted in the wrong place).
            Assert.That(error!.Message, Does.Contain("ASC_PRIVATE_KEY_PATH").And.Contain("does not exist").And.Contain("its folder exists").And.Not.Contain(missing));
        }

        [Test]
        public void Should_Name_The_Missing_Private_Key()
        {
            using var directory = new TemporaryDirectory();

            var error = Assert.Throws<AscCredentialsException>(() => Resolve(directory, new() { ["ASC_KEY_ID"] = TestKeys.KeyId, ["ASC_ISSUER_ID"] = TestKeys.IssuerId }));

            Assert.That(error!.Message, Does.Contain("ASC_KEY_ID").And.Contain("ASC_PRIVATE_KEY_PATH").And.Contain("ASC_PRIVATE_KEY_BASE64"));
        }

        [Test]
        public void Should_Name_The_Missing_Key_Id()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();

            var error = Assert.Throws<AscCredentialsException>(() => Resolve(directory, new() { ["ASC_PRIVATE_KEY"] = pem }));

            Assert.That(error!.Message, Does.Contain("no key id").And.Contain("set ASC_KEY_ID"));
        }

        [Test]
        public void Should_List_Every_Way_To_Provide_A_Key_When_There_Is_None()
        {
            using var directory = new TemporaryDirectory();

            var error = Assert.Throws<AscCredentialsException>(() => Resolve(directory, []));

            Assert.That(error!.Message, Does.Contain("ASC_KEY_ID").And.Contain("APP_STORE_CONNECT_API_KEY_KEY_ID").And.Contain("APP_STORE_CONNECT_API_KEY_PATH").And.Contain(".WithKeyId"));
        }
    }

    public sealed class TheFastlaneVariables
    {
        [Test]
        public void Should_Read_Fastlanes_Variables_Unchanged()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();

            using var key = Resolve(directory, new()
            {
                ["APP_STORE_CONNECT_API_KEY_KEY_ID"] = TestKeys.KeyId,
                ["APP_STORE_CONNECT_API_KEY_ISSUER_ID"] = TestKeys.IssuerId,
                ["APP_STORE_CONNECT_API_KEY_KEY"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(pem)),
                ["APP_STORE_CONNECT_API_KEY_IS_KEY_CONTENT_BASE64"] = "true",
                ["APP_STORE_CONNECT_API_KEY_IN_HOUSE"] = "true",
            });

            Assert.Multiple(() =>
            {
                Assert.That(key.IssuerId, Is.EqualTo(TestKeys.IssuerId));
                Assert.That(key.InHouse, Is.True);
                Assert.That(key.Source, Is.EqualTo("APP_STORE_CONNECT_API_KEY_KEY"));
            });
        }

        [Test]
        public void Should_Read_Fastlanes_Api_Key_Json()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();
            var json = directory.File("api_key.json");
            File.WriteAllText(json, JsonSerializer.Serialize(new { key_id = TestKeys.KeyId, issuer_id = TestKeys.IssuerId, key = pem, duration = 1200, in_house = false, extra = "tolerated" }));

            var (resolver, _) = Create(directory, new() { ["APP_STORE_CONNECT_API_KEY_PATH"] = json });
            var resolved = resolver.Resolve(new AscSettings());

            Assert.That(resolved.Key.KeyId, Is.EqualTo(TestKeys.KeyId));
            Assert.That(resolved.TokenLifetime, Is.EqualTo(TimeSpan.FromSeconds(1200)));
            resolved.Key.Dispose();
        }

        [Test]
        public void Should_Not_Quote_Key_Material_When_The_Json_Is_Malformed()
        {
            using var directory = new TemporaryDirectory();
            var json = directory.File("api_key.json");
            File.WriteAllText(json, "{\"key_id\": \"ABC\", \"key\": \"MIGTAgEAMBMGByqGSM49AgEGCCqGSM49\nAwEHBHkwdwIBAQQg\"");

            var error = Assert.Throws<AscCredentialsException>(() => Resolve(directory, new() { ["APP_STORE_CONNECT_API_KEY_PATH"] = json }));

            Assert.That(error!.Message, Does.Contain("is not valid JSON").And.Contain("line").And.Not.Contain("MIGTAgEA"));
        }

        [Test]
        public void Should_Refuse_A_Duration_Apple_Would_Reject()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();

            var error = Assert.Throws<AscCredentialsException>(() => Resolve(directory, new()
            {
                ["APP_STORE_CONNECT_API_KEY_KEY_ID"] = TestKeys.KeyId,
                ["APP_STORE_CONNECT_API_KEY_KEY"] = pem,
                ["APP_STORE_CONNECT_API_KEY_DURATION"] = "3600",
            }));

            Assert.That(error!.Message, Does.Contain("APP_STORE_CONNECT_API_KEY_DURATION").And.Contain("1200"));
        }
    }

    public sealed class ThePrecedence
    {
        [Test]
        public void Should_Prefer_Asc_Variables_Over_Fastlanes()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();

            using var key = Resolve(directory, new()
            {
                ["ASC_KEY_ID"] = "ASCKEY1234",
                ["ASC_PRIVATE_KEY"] = pem,
                ["APP_STORE_CONNECT_API_KEY_KEY_ID"] = "FASTLANE12",
                ["APP_STORE_CONNECT_API_KEY_KEY"] = pem,
            });

            Assert.That(key.KeyId, Is.EqualTo("ASCKEY1234"));
        }

        [Test]
        public void Should_Fall_Through_An_Incomplete_Source_To_A_Complete_One()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();

            using var key = Resolve(directory, new()
            {
                ["ASC_ISSUER_ID"] = TestKeys.IssuerId,
                ["APP_STORE_CONNECT_API_KEY_KEY_ID"] = "FASTLANE12",
                ["APP_STORE_CONNECT_API_KEY_KEY"] = pem,
            });

            Assert.That(key.KeyId, Is.EqualTo("FASTLANE12"));
        }

        [Test]
        public void Should_Let_Settings_Win_Field_By_Field()
        {
            using var directory = new TemporaryDirectory();
            var (envPem, _) = TestKeys.NewP256();
            var (settingsPem, _) = TestKeys.NewP256();
            var settingsFile = TestKeys.WriteP8(directory.Path, settingsPem);

            using var key = Resolve(
                directory,
                new() { ["ASC_KEY_ID"] = "ENVKEY1234", ["ASC_ISSUER_ID"] = TestKeys.IssuerId, ["ASC_PRIVATE_KEY"] = envPem },
                new AscSettings().WithKeyId("SETTINGS12").WithPrivateKeyFile(new FilePath(settingsFile)));

            using var expected = AscApiKey.FromPem("SETTINGS12", null, settingsPem, "x");
            Assert.Multiple(() =>
            {
                Assert.That(key.KeyId, Is.EqualTo("SETTINGS12"));
                Assert.That(key.IssuerId, Is.EqualTo(TestKeys.IssuerId), "unset fields still come from the environment");
                Assert.That(key.GetPublicKeyFingerprint(), Is.EqualTo(expected.GetPublicKeyFingerprint()));
            });
        }

        [Test]
        public void Should_Use_An_Individual_Key_When_Told_Whatever_The_Environment_Says()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();

            using var key = Resolve(directory, new() { ["ASC_KEY_ID"] = TestKeys.KeyId, ["ASC_ISSUER_ID"] = TestKeys.IssuerId, ["ASC_PRIVATE_KEY"] = pem }, new AscSettings().UseIndividualKey());

            Assert.That(key.IsIndividualKey, Is.True);
        }

        [Test]
        public void Should_Ignore_A_Stale_Later_Source_When_An_Earlier_One_Is_Complete()
        {
            using var directory = new TemporaryDirectory();
            var (pem, _) = TestKeys.NewP256();

            using var key = Resolve(directory, new()
            {
                ["ASC_KEY_ID"] = TestKeys.KeyId,
                ["ASC_PRIVATE_KEY"] = pem,
                ["APP_STORE_CONNECT_API_KEY_PATH"] = directory.File("gone.json"),
            });

            Assert.That(key.KeyId, Is.EqualTo(TestKeys.KeyId));
        }
    }

    public sealed class TheResolveApiUrlMethod
    {
        [Test]
        public void Should_Default_To_Apple()
        {
            using var directory = new TemporaryDirectory();

            Assert.That(Create(directory, []).Resolver.ResolveApiUrl(new AscSettings()), Is.EqualTo(new Uri("https://api.appstoreconnect.apple.com/")));
        }

        [Test]
        public void Should_Read_Asc_Api_Url_And_Let_Settings_Override_It()
        {
            using var directory = new TemporaryDirectory();
            var (resolver, _) = Create(directory, new() { ["ASC_API_URL"] = "http://127.0.0.1:5555" });

            Assert.That(resolver.ResolveApiUrl(new AscSettings()), Is.EqualTo(new Uri("http://127.0.0.1:5555")));
            Assert.That(resolver.ResolveApiUrl(new AscSettings().WithApiUrl(new Uri("http://localhost:1"))), Is.EqualTo(new Uri("http://localhost:1")));
        }

        [Test]
        public void Should_Name_The_Variable_When_The_Url_Is_Not_One()
        {
            using var directory = new TemporaryDirectory();

            var error = Assert.Throws<AscCredentialsException>(() => Create(directory, new() { ["ASC_API_URL"] = "127.0.0.1:5555" }).Resolver.ResolveApiUrl(new AscSettings()));

            Assert.That(error!.Message, Does.Contain("ASC_API_URL"));
        }
    }
}
