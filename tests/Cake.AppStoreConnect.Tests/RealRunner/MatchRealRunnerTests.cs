using System.Security.Cryptography.X509Certificates;
using Cake.AppStoreConnect.Signing.Match;
using Cake.AppStoreConnect.Tests.Signing.Match;

namespace Cake.AppStoreConnect.Tests.RealRunner;

/// <summary>The match aliases in the real Cake runner: the packed add-in loads its CMS dependency and needs no API key.</summary>
[Category("RealRunner")]
[NonParallelizable]
public sealed class MatchRealRunnerTests
{
    [Test]
    public async Task Should_Take_Signing_Files_From_A_Match_Storage_In_A_Script_Without_An_Api_Key()
    {
        // Given a match storage (v2) and a script as the docs show it
        using var material = SigningMaterial.Create();
        using var storage = new MatchStorageFolder().Add(material, plain => MatchCipher.EncryptV2(plain, new MatchPassword("match-secret", "test")));
        var script = Path.Combine(storage.Output, "..", "signing.cake");
        File.WriteAllText(script, PackedAddIn.AddinDirective + Environment.NewLine + $$"""
            var signing = AscGetMatchSigningFiles("{{storage.Root}}", "appstore", "com.example.app", s => s.WriteToDirectory("{{storage.Output}}"));
            Information("PROFILE {0}", signing.ProfileUuid);
            """);

        // When
        var (exitCode, output) = await PackedAddIn.RunCakeAsync(script, new Dictionary<string, string> { ["MATCH_PASSWORD"] = "match-secret", ["ASC_SIGNING_P12_PASSWORD"] = "p12-secret" });

        // Then
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain($"PROFILE {material.ProfileUuid}").And.Not.Contain("match-secret").And.Not.Contain("p12-secret"));
        using var p12 = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(storage.Output, "A1B2C3D4E5.p12"), "p12-secret");
        Assert.That(p12.HasPrivateKey, Is.True);
    }
}
