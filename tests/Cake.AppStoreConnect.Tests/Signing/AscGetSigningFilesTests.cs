using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Cake.AppStoreConnect.Signing;
using Cake.AppStoreConnect.Tests.TestSupport;
using static Cake.AppStoreConnect.Tests.TestSupport.EmulatorFixture;

namespace Cake.AppStoreConnect.Tests.Signing;

/// <summary>Signing files fetched on Linux through the aliases, against the emulator with Apple's contract checked.</summary>
public sealed class AscGetSigningFilesTests
{
    private EmulatorFixture _emulator = null!;
    private RSA _key = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _emulator = await EmulatorFixture.StartAsync(o => o.WithContractCheck().WithIndividualKey());
        _key = RSA.Create(2048);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _key.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    [Test]
    public async Task Should_Write_A_P12_And_An_App_Store_Profile_Then_Create_Nothing_On_A_Second_Run()
    {
        // Given the seeded account: one distribution certificate whose key nobody has
        var (context, _) = _emulator.CakeContext(SigningSteps.Secrets(_key));
        var output = Path.Combine(_emulator.Directory, "signing");

        // When
        var first = context.AscGetSigningFiles(Sample, "IOS_APP_STORE", s => s.SetCreateIfMissing().WithOutputDirectory(output));
        await _emulator.ClearRequestsAsync();
        var second = context.AscGetSigningFiles(Sample, AscProfileType.IosAppStore, s => s.SetCreateIfMissing().WithOutputDirectory(output));

        // Then the .p12 opens with its password and holds the key of its certificate
        using var p12 = X509CertificateLoader.LoadPkcs12FromFile(first.P12Path, SigningSteps.P12Password, X509KeyStorageFlags.EphemeralKeySet);
        using var p12Key = p12.GetRSAPrivateKey();
        var certificate = File.ReadAllBytes(first.CertificatePath);
        var profile = SigningSteps.ReadProfile(first.ProfilePath);
        var developerCertificates = SigningSteps.Value(profile, "DeveloperCertificates").Elements("data").Select(d => Convert.FromBase64String(d.Value)).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(p12.RawData, Is.EqualTo(certificate));
            Assert.That(p12Key!.ExportSubjectPublicKeyInfo(), Is.EqualTo(_key.ExportSubjectPublicKeyInfo()));
            Assert.That(first.CertificateId, Is.Not.EqualTo("SEEDDIST01"), "the seeded certificate's key is unknown, so it cannot be reused");
            Assert.That(developerCertificates, Has.Count.EqualTo(1).And.Some.EqualTo(certificate));
            Assert.That(SigningSteps.Value(profile, "UUID").Value, Is.EqualTo(first.ProfileUuid));
            Assert.That(SigningSteps.Value(profile, "TeamIdentifier").Elements("string").Single().Value, Is.EqualTo(first.TeamId));
            Assert.That(first.ProfilePath, Does.EndWith(".mobileprovision"));
            Assert.That(first.Changes, Has.Some.StartsWith("create a DISTRIBUTION certificate").And.Some.StartsWith("create the IOS_APP_STORE profile"));
            Assert.That(await _emulator.CountAsync("certificates"), Is.EqualTo(2), "one certificate created, the seeded one kept");
            Assert.That(second.Changes, Is.Empty);
            Assert.That(second.ProfileUuid, Is.EqualTo(first.ProfileUuid));
            Assert.That(await _emulator.ChangesAsync(), Is.Empty, "a second run sends no POST, PATCH or DELETE");
        });
        await _emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Replace_The_Development_Profile_When_A_Device_Is_Registered()
    {
        // Given a development profile for the enabled iOS devices
        var (context, _) = _emulator.CakeContext(SigningSteps.Secrets(_key));
        var first = context.AscGetSigningFiles(VeryCapableApp, AscProfileType.IosAppDevelopment, s => s.SetCreateIfMissing());

        // When a device is registered and the files are fetched again
        context.AscRegisterDevices([new AscDeviceRegistration("00008120-000A0B0C0D0E0F10", "New QA iPhone")]);
        var second = context.AscGetSigningFiles(VeryCapableApp, AscProfileType.IosAppDevelopment, s => s.SetCreateIfMissing());

        // Then the profile is replaced, not duplicated, and lists the new device
        var profiles = (await _emulator.StateAsync("profiles")).Where(p => p!["Name"]?.GetValue<string>() == first.ProfileName || p!["name"]?.GetValue<string>() == first.ProfileName).ToList();
        var devices = SigningSteps.Value(SigningSteps.ReadProfile(second.ProfilePath), "ProvisionedDevices").Elements("string").Select(e => e.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(second.ProfileUuid, Is.Not.EqualTo(first.ProfileUuid));
            Assert.That(second.ProfileName, Is.EqualTo(first.ProfileName));
            Assert.That(second.CertificateId, Is.EqualTo(first.CertificateId), "the certificate is reused");
            Assert.That(profiles, Has.Count.EqualTo(1));
            Assert.That(devices, Does.Contain("00008120-000A0B0C0D0E0F10").And.Contain("00008030-001A2D3E0C38802E"));
            Assert.That(devices, Does.Not.Contain("0f1e2d3c4b5a69788796a5b4c3d2e1f001234567"), "disabled devices are left out");
            Assert.That(second.Changes, Has.Some.StartsWith("delete the outdated profile"));
        });
        await _emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Explain_Apples_Certificate_Limit_And_Revoke_Nothing()
    {
        // Given the team holds Apple's two distribution certificates, neither made from this key
        using var other = RSA.Create(2048);
        var (filler, _) = _emulator.CakeContext(SigningSteps.Secrets(other));
        filler.AscGetSigningFiles(Sample, AscProfileType.IosAppStore, s => s.SetCreateIfMissing());
        var (context, _) = _emulator.CakeContext(SigningSteps.Secrets(_key));
        await _emulator.ClearRequestsAsync();

        // When
        var error = Assert.Throws<AscSigningException>(() => context.AscGetSigningFiles(Sample, AscProfileType.IosAppStore, s => s.SetCreateIfMissing()));

        // Then
        Assert.Multiple(async () =>
        {
            Assert.That(error!.Message, Does.Contain("RevokeOldest").And.Contain("AscRevokeCertificate").And.Contain("holds 2"));
            Assert.That((await _emulator.ChangesAsync()).Select(r => r.Method), Is.EqualTo(new[] { "POST" }), "one refused create, no revocation");
            Assert.That(await _emulator.CountAsync("certificates"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Should_Revoke_The_Oldest_Only_When_Asked()
    {
        // Given the limit is reached
        using var other = RSA.Create(2048);
        var (filler, _) = _emulator.CakeContext(SigningSteps.Secrets(other));
        filler.AscGetSigningFiles(Sample, AscProfileType.IosAppStore, s => s.SetCreateIfMissing());
        var (context, _) = _emulator.CakeContext(SigningSteps.Secrets(_key));

        // When
        var result = context.AscGetSigningFiles(Sample, AscProfileType.IosAppStore, s => s.SetCreateIfMissing().SetRevokeOldest());

        // Then the seeded certificate (the oldest) is gone and one was created
        var ids = (await _emulator.StateAsync("certificates")).Select(c => (c!["Id"] ?? c["id"])!.GetValue<string>()).ToList();
        Assert.That(ids, Has.Count.EqualTo(2).And.Not.Contains("SEEDDIST01").And.Contains(result.CertificateId));
    }

    [Test]
    public async Task Should_Plan_Without_Changing_In_A_Dry_Run()
    {
        // Given
        var (context, _) = _emulator.CakeContext(SigningSteps.Secrets(_key));
        var output = Path.Combine(_emulator.Directory, "dry");

        // When
        var plan = context.AscGetSigningFiles(Sample, AscProfileType.IosAppStore, new AscGetSigningFilesSettings { CreateIfMissing = true, OutputDirectory = output, DryRun = true });

        // Then
        Assert.Multiple(async () =>
        {
            Assert.That(plan.DryRun, Is.True);
            Assert.That(plan.Changes, Has.Some.StartsWith("create a DISTRIBUTION certificate").And.Some.StartsWith("create the IOS_APP_STORE profile"));
            Assert.That(await _emulator.ChangesAsync(), Is.Empty);
            Assert.That(File.Exists(plan.P12Path), Is.False);
        });
    }

    [Test]
    public async Task Should_Not_Create_Anything_Without_CreateIfMissing()
    {
        // Given
        var (context, _) = _emulator.CakeContext(SigningSteps.Secrets(_key));

        // When
        var error = Assert.Throws<AscSigningException>(() => context.AscGetSigningFiles(Sample, "IOS_APP_STORE"));

        // Then
        Assert.That(error!.Message, Does.Contain("SEEDDIST01").And.Contain("CreateIfMissing"));
        Assert.That(await _emulator.ChangesAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Say_What_To_Do_When_Apple_Refuses_To_Create_A_Developer_Id_Certificate()
    {
        // Given a team Admin key, and no Developer ID certificate made from the signing key
        var (context, _) = _emulator.CakeContext(SigningSteps.Secrets(_key));
        var output = Path.Combine(_emulator.Directory, "developer-id");
        var certificates = await _emulator.CountAsync("certificates");

        // When
        var error = Assert.Throws<AscSigningException>(() => context.AscGetSigningFiles(Sample, AscProfileType.MacAppDirect, s => s.SetCreateIfMissing().WithOutputDirectory(output)));

        // Then the refusal is explained, and nothing was created or written
        Assert.Multiple(async () =>
        {
            Assert.That(error!.Message, Does.Contain("only the Account Holder").And.Contain("developer portal").And.Contain("Xcode").And.Contain("ASC_SIGNING_KEY").And.Contain("reuses it"));
            Assert.That(error.InnerException, Is.InstanceOf<Cake.AppStoreConnect.Client.Errors.AscForbiddenException>());
            Assert.That(await _emulator.CountAsync("certificates"), Is.EqualTo(certificates));
            Assert.That(await _emulator.CountAsync("profiles", p => p["profileType"]?.GetValue<string>() == "MAC_APP_DIRECT"), Is.Zero);
            Assert.That(Directory.Exists(output) && Directory.EnumerateFiles(output).Any(), Is.False);
        });
    }

    [Test]
    public async Task Should_Reuse_A_Seeded_Developer_Id_Certificate_Made_From_The_Signing_Key_And_Create_Only_The_Profile()
    {
        // Given a Developer ID certificate the Account Holder made from the signing key, carried by a seed file
        using var directory = new TemporaryDirectory();
        var seed = directory.File("account.json");
        await File.WriteAllTextAsync(seed, new System.Text.Json.Nodes.JsonObject
        {
            ["apps"] = new System.Text.Json.Nodes.JsonArray(),
            ["certificates"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = "SEEDDEVID1",
                ["certificateType"] = "DEVELOPER_ID_APPLICATION",
                ["publicKey"] = _key.ExportSubjectPublicKeyInfoPem(),
            }),
        }.ToJsonString());
        await using var emulator = await EmulatorFixture.StartAsync(o => o.WithContractCheck().Configure(e => e.SeedFile = seed));
        var (context, _) = emulator.CakeContext(SigningSteps.Secrets(_key));
        var output = Path.Combine(emulator.Directory, "developer-id");
        var certificates = await emulator.CountAsync("certificates");

        // When
        var first = context.AscGetSigningFiles(Sample, "MAC_APP_DIRECT", s => s.SetCreateIfMissing().WithOutputDirectory(output));
        var written = Directory.EnumerateFiles(output).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        await emulator.ClearRequestsAsync();
        var second = context.AscGetSigningFiles(Sample, "MAC_APP_DIRECT", s => s.SetCreateIfMissing().WithOutputDirectory(output));

        // Then the seeded certificate is reused: only the profile is created, and the second run writes nothing
        using var p12 = X509CertificateLoader.LoadPkcs12FromFile(first.P12Path, SigningSteps.P12Password, X509KeyStorageFlags.EphemeralKeySet);
        var profile = SigningSteps.ReadProfile(first.ProfilePath);
        Assert.Multiple(async () =>
        {
            Assert.That(first.CertificateId, Is.EqualTo("SEEDDEVID1"));
            Assert.That(first.Changes.Where(c => c.StartsWith("create", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1).And.Some.StartsWith("create the MAC_APP_DIRECT profile"), "the certificate reused, only the profile created");
            Assert.That(first.Changes.Where(c => c.StartsWith("write", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(3));
            Assert.That(p12.Subject, Does.Contain("Developer ID Application"));
            Assert.That(File.ReadAllBytes(first.CertificatePath), Is.EqualTo(p12.RawData));
            Assert.That(SigningSteps.Value(profile, "DeveloperCertificates").Elements("data").Select(d => Convert.FromBase64String(d.Value)), Is.EqualTo(new[] { p12.RawData }));
            Assert.That(first.ProfilePath, Does.EndWith(".provisionprofile"));
            Assert.That(written.Keys.Select(Path.GetFileName), Is.EquivalentTo(new[] { Path.GetFileName(first.P12Path), Path.GetFileName(first.CertificatePath), Path.GetFileName(first.ProfilePath) }));
            Assert.That(await emulator.CountAsync("certificates"), Is.EqualTo(certificates), "no certificate created");
            Assert.That(second.Changes, Is.Empty);
            Assert.That(await emulator.ChangesAsync(), Is.Empty, "a second run sends no POST, PATCH or DELETE");
            Assert.That(Directory.EnumerateFiles(output).ToDictionary(f => f, File.GetLastWriteTimeUtc), Is.EqualTo(written), "a second run writes nothing");
        });
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Say_Before_Anything_That_A_Developer_Id_Certificate_Cannot_Be_Created_By_A_Key()
    {
        // Given
        var (context, _) = _emulator.CakeContext(SigningSteps.Secrets(_key));

        // When a dry run plans, and a run without CreateIfMissing stops
        var plan = context.AscGetSigningFiles(Sample, AscProfileType.MacAppDirect, new AscGetSigningFilesSettings { CreateIfMissing = true, DryRun = true });
        var error = Assert.Throws<AscSigningException>(() => context.AscGetSigningFiles(Sample, AscProfileType.MacAppDirect));

        // Then both say who creates it and how the alias then reuses it, and nothing was sent that changes anything
        Assert.Multiple(async () =>
        {
            Assert.That(plan.Changes, Has.Some.StartsWith("create a DEVELOPER_ID_APPLICATION certificate").And.Some.Contains("only the Account Holder").And.Some.Contains("ASC_SIGNING_KEY"));
            Assert.That(error!.Message, Does.Contain("only the Account Holder").And.Not.Contain("Set CreateIfMissing"));
            Assert.That(await _emulator.ChangesAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task Should_Refuse_An_Individual_Key_Before_Any_Request()
    {
        // Given
        var (context, _) = _emulator.CakeContext(SigningSteps.Secrets(_key), individualKey: true);
        await _emulator.ClearRequestsAsync();

        // When
        var error = Assert.Throws<AscSigningException>(() => context.AscGetSigningFiles(Sample, AscProfileType.IosAppStore, s => s.SetCreateIfMissing()));

        // Then
        Assert.That(error!.Message, Does.Contain("team key"));
        Assert.That(await _emulator.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Keep_The_Signing_Key_P12_Password_And_Token_Out_Of_The_Log()
    {
        // Given a Diagnostic log
        var (context, log) = _emulator.CakeContext(SigningSteps.Secrets(_key));

        // When a run creates everything, and one fails on a wrong password file
        context.AscGetSigningFiles(Sample, AscProfileType.IosAppStore, s => s.SetCreateIfMissing());
        context.AscGetSigningFiles(VeryCapableApp, AscProfileType.IosAppDevelopment, s => s.SetCreateIfMissing());
        Assert.Throws<ArgumentException>(() => context.AscGetSigningFiles(Sample, AscProfileType.IosAppStore, s => s.WithSigningKey("-----BEGIN PRIVATE KEY-----\nnot-a-key\n-----END PRIVATE KEY-----")));

        // Then
        var text = log.AllText;
        var keyBody = _key.ExportPkcs8PrivateKeyPem().Split('\n')[1];
        var apiKeyBody = _emulator.Host.Key.PrivateKeyPem.Split('\n')[1];
        Assert.Multiple(() =>
        {
            Assert.That(log.Lines, Is.Not.Empty);
            Assert.That(text, Does.Not.Contain(keyBody));
            Assert.That(text, Does.Not.Contain(apiKeyBody));
            Assert.That(text, Does.Not.Contain(SigningSteps.P12Password));
            Assert.That(text, Does.Not.Contain("eyJ"), "no JWT (its header always starts eyJ)");
            Assert.That(text, Does.Not.Contain("BEGIN"));
        });
    }
}
