using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Credentials;
using Cake.AppStoreConnect.Signing.Match;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Signing.Match;

/// <summary>AscWriteMatchSigningFiles: match's layout in v2, read back by an independent decryptor and by AscGetMatchSigningFiles.</summary>
public sealed class AscWriteMatchSigningFilesTests
{
    private const string MatchPassword = "match-secret-7f3a";
    private const string P12Password = "p12-secret-91bc";

    private const string CertificateFile = "certs/distribution/A1B2C3D4E5.cer";
    private const string KeyFile = "certs/distribution/A1B2C3D4E5.p12";
    private const string ProfileFile = "profiles/appstore/AppStore_com.example.app.mobileprovision";

    private static (Cake.Core.ICakeContext Context, CapturingLog Log) Context(string matchPassword = MatchPassword)
    {
        var (context, _, log) = TestCakeContext.Create(new Dictionary<string, string>
        {
            [AscEnvironmentVariables.MatchPassword] = matchPassword,
            [AscEnvironmentVariables.SigningP12Password] = P12Password,
        });
        return (context, log);
    }

    /// <summary>The inputs as AscGetSigningFiles or a keychain export leave them: a .cer, a .p12 with a password, a profile.</summary>
    private static (string Certificate, string P12, string Profile) Inputs(MatchStorageFolder storage, SigningMaterial material)
    {
        var folder = Path.Combine(storage.Output, "..", "inputs");
        Directory.CreateDirectory(folder);
        var (certificate, p12, profile) = (Path.Combine(folder, "A1B2C3D4E5.cer"), Path.Combine(folder, "A1B2C3D4E5.p12"), Path.Combine(folder, "store.mobileprovision"));
        File.WriteAllBytes(certificate, material.Certificate.RawData);
        File.WriteAllBytes(p12, material.Pkcs12(P12Password));
        File.WriteAllBytes(profile, material.Profile);
        return (certificate, p12, profile);
    }

    [Test]
    public void Should_Write_Matchs_Layout_Encrypted_As_V2()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder();
        var (certificate, p12, profile) = Inputs(storage, material);
        var (context, log) = Context();

        // When
        var result = context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile);

        // Then every file opens with an independent v2 decryptor, the key as match's own PEM
        var written = storage.Snapshot();
        Assert.That(written.Keys, Is.EquivalentTo(new[] { CertificateFile, KeyFile, ProfileFile, "match_version.txt" }.Select(f => f.Replace('/', Path.DirectorySeparatorChar))));
        Assert.That(result.Changes, Has.Count.EqualTo(4));
        Assert.That(result.Resource!.ProfileUuid, Is.EqualTo(material.ProfileUuid));
        Assert.That(File.ReadAllText(storage.File("match_version.txt")), Is.EqualTo("2.220.0"));
        Assert.That(File.ReadAllText(storage.File(CertificateFile)), Does.StartWith("bWF0Y2hfZW5jcnlwdGVkX3Yy"), "base64 of match_encrypted_v2__");
        Assert.That(IndependentProducer.NodeV2Decrypt(written[CertificateFile.Replace('/', Path.DirectorySeparatorChar)], MatchPassword), Is.EqualTo(material.Certificate.RawData));
        Assert.That(IndependentProducer.NodeV2Decrypt(written[ProfileFile.Replace('/', Path.DirectorySeparatorChar)], MatchPassword), Is.EqualTo(material.Profile));
        Assert.That(IndependentProducer.NodeV2Decrypt(written[KeyFile.Replace('/', Path.DirectorySeparatorChar)], MatchPassword), Is.EqualTo(material.KeyPem));
        Assert.That(log.AllText, Does.Not.Contain(MatchPassword).And.Not.Contain(P12Password).And.Not.Contain("PRIVATE KEY"));
    }

    [Test]
    public void Should_Be_Read_Back_By_AscGetMatchSigningFiles()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder();
        var (certificate, p12, profile) = Inputs(storage, material);
        var (context, _) = Context();
        context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile);

        // When
        var files = context.AscGetMatchSigningFiles(storage.Root, "appstore", "com.example.app", s => s.WriteToDirectory(storage.Output));

        // Then
        Assert.That(files.ProfileUuid, Is.EqualTo(material.ProfileUuid));
        Assert.That(File.ReadAllBytes(files.CertificatePath), Is.EqualTo(material.Certificate.RawData));
    }

    [Test]
    public void Should_Plan_In_A_Dry_Run_What_A_Real_Run_Then_Does_Writing_Nothing()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder();
        var (certificate, p12, profile) = Inputs(storage, material);
        var (context, _) = Context();

        // When
        var plan = context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile, s => s.SetDryRun());
        var written = storage.Snapshot();
        var run = context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile);

        // Then
        Assert.That(plan.DryRun, Is.True);
        Assert.That(written, Is.Empty);
        Assert.That(plan.Changes, Is.EqualTo(run.Changes));
        Assert.That(plan.Resource, Is.EqualTo(run.Resource));
    }

    [Test]
    public void Should_Write_Nothing_On_A_Second_Run()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder();
        var (certificate, p12, profile) = Inputs(storage, material);
        var (context, _) = Context();
        context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile);
        var before = storage.Snapshot();

        // When
        var again = context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile);

        // Then
        Assert.That(again.Changes, Is.Empty);
        Assert.That(again.AlreadyInPlace, Has.Count.EqualTo(3));
        Assert.That(storage.Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void Should_Keep_A_V1_File_That_Already_Holds_The_Same_Content()
    {
        // Given a storage written by an older match (v1), holding this certificate, key and profile
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, plain => IndependentProducer.OpenSslV1(plain, MatchPassword, "md5"));
        storage.Write("match_version.txt", "2.219.0"u8.ToArray());
        var before = storage.Snapshot();
        var (certificate, p12, profile) = Inputs(storage, material);
        var (context, _) = Context();

        // When
        var result = context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile);

        // Then
        Assert.That(result.Changes, Is.Empty);
        Assert.That(storage.Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void Should_Replace_A_Profile_That_Changed()
    {
        // Given the storage holds an older profile for the same bundle id
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder();
        var (certificate, p12, profile) = Inputs(storage, material);
        var (context, _) = Context();
        context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile);
        storage.Write(ProfileFile, MatchCipher.EncryptV2("-----BEGIN OLD PROFILE-----"u8, new MatchPassword(MatchPassword, "test")));

        // When
        var result = context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile);

        // Then
        Assert.That(result.Changes, Is.EqualTo(new[] { $"replace {ProfileFile} (match v2)" }));
        Assert.That(IndependentProducer.NodeV2Decrypt(File.ReadAllBytes(storage.File(ProfileFile)), MatchPassword), Is.EqualTo(material.Profile));
    }

    [Test]
    public void Should_Refuse_A_Password_That_Does_Not_Open_The_Storage_Before_Writing()
    {
        // Given a storage encrypted with another password
        using var other = SigningMaterial.Create(bundleId: "com.example.other");
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(other, plain => MatchCipher.EncryptV2(plain, new MatchPassword("the-teams-real-password", "test")), certificateId: "OTHER00001", profileFile: "appstore/AppStore_com.example.other.mobileprovision");
        var before = storage.Snapshot();
        var (certificate, p12, profile) = Inputs(storage, material);
        var (context, _) = Context();

        // When
        var error = Assert.Throws<AscMatchPasswordException>(() => context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile));

        // Then
        Assert.That(error!.Message, Does.Contain("MATCH_PASSWORD").And.Not.Contain(MatchPassword));
        Assert.That(storage.Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void Should_Refuse_A_Profile_Not_Made_With_The_Certificate()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var unrelated = SigningMaterial.Create();
        using var storage = new MatchStorageFolder();
        var (certificate, p12, _) = Inputs(storage, material);
        var profile = Path.Combine(storage.Output, "..", "unrelated.mobileprovision");
        File.WriteAllBytes(profile, unrelated.Profile);
        var (context, _) = Context();

        // When / Then
        Assert.That(
            () => context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile),
            Throws.InstanceOf<AscMatchStorageException>().With.Message.Contains("was not made with the certificate"));
        Assert.That(storage.Snapshot(), Is.Empty);
    }

    [Test]
    public void Should_Say_The_P12_Password_Is_Wrong_Naming_Its_Variable()
    {
        // Given
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder();
        var (certificate, p12, profile) = Inputs(storage, material);
        var (context, _) = Context();

        // When / Then
        Assert.That(
            () => context.AscWriteMatchSigningFiles(storage.Root, "appstore", certificate, p12, profile, s => s.WithP12Password("wrong-p12-pass")),
            Throws.InstanceOf<AscMatchStorageException>().With.Message.Contains("P12Password").And.Message.Not.Contains("wrong-p12-pass"));
    }

    [Test]
    public void Should_Ask_For_A_Match_Password()
    {
        // Given
        var (context, _, _) = TestCakeContext.Create();

        // When / Then
        Assert.That(
            () => context.AscWriteMatchSigningFiles("/nowhere", "appstore", "a.cer", "a.p12", "a.mobileprovision"),
            Throws.ArgumentException.With.Message.Contains("MATCH_PASSWORD"));
    }
}
