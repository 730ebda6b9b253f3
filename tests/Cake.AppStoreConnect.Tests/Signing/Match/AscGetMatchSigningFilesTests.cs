using System.Security.Cryptography.X509Certificates;
using Cake.AppStoreConnect.Credentials;
using Cake.AppStoreConnect.Signing.Match;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Signing.Match;

/// <summary>AscGetMatchSigningFiles over match storages written by independent producers and by match's layout.</summary>
public sealed class AscGetMatchSigningFilesTests
{
    private const string MatchPassword = "match-secret-7f3a";
    private const string P12Password = "p12-secret-91bc";

    private static (Cake.Core.ICakeContext Context, CapturingLog Log) Context(string? matchPassword = MatchPassword) =>
        ContextWith(matchPassword);

    private static (Cake.Core.ICakeContext Context, CapturingLog Log) ContextWith(string? matchPassword)
    {
        var variables = new Dictionary<string, string> { [AscEnvironmentVariables.SigningP12Password] = P12Password };
        if (matchPassword is not null)
        {
            variables[AscEnvironmentVariables.MatchPassword] = matchPassword;
        }

        var (context, _, log) = TestCakeContext.Create(variables);
        return (context, log);
    }

    private static byte[] V2(byte[] plain) => MatchCipher.EncryptV2(plain, new MatchPassword(MatchPassword, "test"));

    private static void AssertUsable(AscMatchSigningFiles files, SigningMaterial material)
    {
        using var p12 = X509CertificateLoader.LoadPkcs12FromFile(files.P12Path, P12Password);
        using var key = p12.GetRSAPrivateKey();
        Assert.Multiple(() =>
        {
            Assert.That(p12.RawData, Is.EqualTo(material.Certificate.RawData), "the .p12 holds the certificate");
            Assert.That(key!.ExportSubjectPublicKeyInfo(), Is.EqualTo(material.Key.ExportSubjectPublicKeyInfo()), "and its key");
            Assert.That(File.ReadAllBytes(files.CertificatePath), Is.EqualTo(material.Certificate.RawData));
            Assert.That(File.ReadAllBytes(files.ProfilePath), Is.EqualTo(material.Profile));
            Assert.That(files.ProfileUuid, Is.EqualTo(material.ProfileUuid));
            Assert.That(files.ProfileName, Is.EqualTo("match AppStore com.example.app"));
            Assert.That(files.TeamId, Is.EqualTo("TEAM123456"));
            Assert.That(files.BundleId, Is.EqualTo("com.example.app"));
            Assert.That(files.CertificateId, Is.EqualTo("A1B2C3D4E5"));
        });
    }

    [Test]
    public void Should_Write_A_P12_The_Cer_And_The_Profile_From_A_V2_Storage()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, V2);
        var (context, log) = Context();

        // When
        var files = context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output));

        // Then
        AssertUsable(files, material);
        Assert.That(files.P12Path, Is.EqualTo(Path.Combine(storage.Output, "A1B2C3D4E5.p12")));
        Assert.That(files.ProfilePath, Does.EndWith("AppStore_com.example.app.mobileprovision"));
        Assert.That(files.ExpirationDate, Is.GreaterThan(DateTimeOffset.UtcNow.AddMonths(5)));
        Assert.That(log.AllText, Does.Not.Contain(MatchPassword).And.Not.Contain(P12Password).And.Not.Contain("PRIVATE KEY"));
    }

    [TestCase("md5")]
    [TestCase("sha256")]
    public void Should_Read_A_V1_Storage_Written_By_The_OpenSsl_Command(string digest)
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, plain => IndependentProducer.OpenSslV1(plain, MatchPassword, digest));
        var (context, _) = Context();

        // When
        var files = context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output));

        // Then
        AssertUsable(files, material);
    }

    [Test]
    public void Should_Read_A_V2_Storage_Written_By_Nodes_OpenSsl()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, plain => IndependentProducer.NodeV2Encrypt(plain, MatchPassword));
        var (context, _) = Context();

        // When
        var files = context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output));

        // Then
        AssertUsable(files, material);
    }

    [Test]
    public void Should_Read_A_Key_Stored_As_A_Pkcs12_By_Match_Import()
    {
        // Given match import's copy of a keychain export without a password
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, V2, key: material.Pkcs12(string.Empty));
        var (context, _) = Context();

        // When
        var files = context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output));

        // Then
        AssertUsable(files, material);
    }

    [Test]
    public void Should_Read_An_Unencrypted_Storage_Without_A_Password()
    {
        // Given a google_cloud or gitlab_secure_files storage: match does not encrypt those
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, plain => plain);
        var (context, _) = Context(matchPassword: null);

        // When
        var files = context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output));

        // Then
        AssertUsable(files, material);
    }

    [Test]
    public void Should_Say_The_Password_Is_Wrong_Naming_Match_Password_And_Writing_Nothing()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, V2);
        var (context, log) = Context("not-the-password-55");

        // When
        var error = Assert.Throws<AscMatchPasswordException>(() => context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output)));

        // Then
        Assert.That(error!.Message, Does.Contain("MATCH_PASSWORD").And.Contain("AppStore_com.example.app.mobileprovision").And.Not.Contain("not-the-password-55"));
        Assert.That(Directory.Exists(storage.Output), Is.False);
        Assert.That(log.AllText, Does.Not.Contain("not-the-password-55"));
    }

    [Test]
    public void Should_Let_The_Settings_Password_Override_Match_Password()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, V2);
        var (context, _) = Context("not-the-password-55");

        // When
        var files = context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WithPassword(MatchPassword).WriteToDirectory(storage.Output));

        // Then
        AssertUsable(files, material);
    }

    [Test]
    public void Should_Call_A_File_Damaged_When_The_Password_Opens_The_Others()
    {
        // Given a profile whose cipher text lost its last bytes (cut on a base64 boundary, so only GCM can tell)
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, V2);
        var profile = storage.File("profiles/appstore/AppStore_com.example.app.mobileprovision");
        var data = Convert.FromBase64String(File.ReadAllText(profile));
        File.WriteAllText(profile, Convert.ToBase64String(data[..^30]));
        var (context, _) = Context();

        // When
        var error = Assert.Throws<AscMatchStorageException>(() => context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output)));

        // Then
        Assert.That(error, Is.Not.InstanceOf<AscMatchPasswordException>());
        Assert.That(error!.Message, Does.Contain("is damaged or was encrypted with another password").And.Contain("opens"));
    }

    [Test]
    public void Should_Name_The_Profiles_There_When_The_Bundle_Id_Has_None()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, V2);
        var (context, _) = Context();

        // When
        var error = Assert.Throws<AscMatchStorageException>(() => context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.other"));

        // Then
        Assert.That(error!.Message, Does.Contain("profiles/appstore/AppStore_com.example.other.mobileprovision").And.Contain("AppStore_com.example.app.mobileprovision"));
    }

    [Test]
    public void Should_Take_The_Certificate_The_Profile_Was_Made_With()
    {
        // Given an older certificate (sorted last, which match would take) beside the one the profile names
        using var older = SigningMaterial.Create();
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, V2);
        storage.Write("certs/distribution/Z9Z9Z9Z9Z9.cer", V2(older.Certificate.RawData));
        storage.Write("certs/distribution/Z9Z9Z9Z9Z9.p12", V2(older.KeyPem));
        var (context, _) = Context();

        // When
        var files = context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output));

        // Then
        AssertUsable(files, material);
    }

    [Test]
    public void Should_Refuse_A_Key_That_Is_Not_The_Certificates()
    {
        // Given
        using var other = SigningMaterial.Create();
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, V2, key: other.KeyPem);
        var (context, _) = Context();

        // When
        var error = Assert.Throws<AscMatchStorageException>(() => context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output)));

        // Then
        Assert.That(error!.Message, Does.Contain("does not belong to the certificate").And.Contain("A1B2C3D4E5.p12"));
    }

    [Test]
    public void Should_Refuse_An_Expired_Profile()
    {
        // Given
        using var material = SigningMaterial.Create(profileExpires: DateTimeOffset.UtcNow.AddDays(-2));
        using var storage = new MatchStorageFolder().Add(material, V2);
        var (context, _) = Context();

        // When / Then
        Assert.That(
            () => context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output)),
            Throws.InstanceOf<AscMatchStorageException>().With.Message.Contains("expired"));
    }

    [Test]
    public void Should_Use_Matchs_Names_For_A_Mac_Profile()
    {
        // Given
        using var material = SigningMaterial.Create(bundleId: "com.example.mac", mac: true);
        using var storage = new MatchStorageFolder().Add(material, V2, certificateFolder: "developer_id_application", profileFile: "developer_id/Direct_com.example.mac.provisionprofile");
        var (context, _) = Context();

        // When
        var files = context.AscGetMatchSigningFiles(storage.Root, "developer_id", "com.example.mac", s => s.ForPlatform("macos").WriteToDirectory(storage.Output));

        // Then
        Assert.That(files.ProfilePath, Does.EndWith("Direct_com.example.mac.provisionprofile"));
        Assert.That(files.BundleId, Is.EqualTo("com.example.mac"));
    }

    [Test]
    public void Should_Ask_For_The_P12_Password_Before_Reading()
    {
        // Given
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string> { [AscEnvironmentVariables.MatchPassword] = MatchPassword });

        // When / Then
        Assert.That(
            () => context.AscGetMatchSigningFiles("/nowhere", "appstore", "com.example.app"),
            Throws.ArgumentException.With.Message.Contains("ASC_SIGNING_P12_PASSWORD").And.Message.Contains("P12Password"));
    }

    [TestCase("store", "match type")]
    [TestCase("appstore", "Platform 'android'")]
    public void Should_Refuse_A_Type_Or_Platform_Match_Does_Not_Know(string type, string expected)
    {
        // Given
        var (context, _) = Context();

        // When / Then
        Assert.That(
            () => context.AscGetMatchSigningFiles("/nowhere", type, "com.example.app", s => s.ForPlatform(type == "appstore" ? "android" : "ios")),
            Throws.ArgumentException.With.Message.Contains(expected));
    }
}
