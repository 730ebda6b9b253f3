using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Signing;
using Cake.AppStoreConnect.Tests.Emulator;
using Cake.AppStoreConnect.Tests.TestSupport;
using static Cake.AppStoreConnect.Tests.TestSupport.EmulatorFixture;

namespace Cake.AppStoreConnect.Tests.Signing;

/// <summary>Stale profiles: expired, yet listed ACTIVE as Apple lists them, and deleted by <c>AscDeleteProfiles</c>.</summary>
public sealed class AscDeleteProfilesTests
{
    [Test]
    public async Task Should_List_An_Expired_Profile_As_Active_And_Delete_Only_Stale_Ones()
    {
        // Given an account whose state file holds a profile that expired yesterday, and a valid one
        using var directory = new TemporaryDirectory();
        var stateFile = directory.File("state.json");
        string staleId, validId;
        await using (var first = await EmulatorFixture.StartAsync(f => f.Configure(o => o.StateFile = stateFile)))
        {
            using var key = RSA.Create(2048);
            var bundle = (await first.Client.BundleIds.FindAsync(Sample))!;
            var certificate = await first.Client.Certificates.CreateAsync("IOS_DEVELOPMENT", SigningContractSteps.Csr(key));
            var device = (await first.Client.Devices.ListAsync("IOS")).First(d => d.IsEnabled);
            staleId = (await first.Client.Profiles.CreateAsync("Old development", "IOS_APP_DEVELOPMENT", bundle.Id, [certificate.Id], [device.Id])).Id;
            validId = (await first.Client.Profiles.CreateAsync("New development", "IOS_APP_DEVELOPMENT", bundle.Id, [certificate.Id], [device.Id])).Id;
        }

        var state = JsonNode.Parse(await File.ReadAllTextAsync(stateFile))!;
        var stale = state["profiles"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == staleId)!;
        stale["expirationDate"] = DateTimeOffset.UtcNow.AddDays(-1).ToString("O");
        await File.WriteAllTextAsync(stateFile, state.ToJsonString());
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck().Configure(o => o.StateFile = stateFile));
        var (context, _) = emulator.CakeContext();

        // When
        var listed = context.AscGetProfiles(s => s.WithBundleId(Sample));
        var plan = context.AscDeleteProfiles(Sample, s => s.DryRun = true);
        var result = context.AscDeleteProfiles(Sample);

        // Then
        var left = context.AscGetProfiles(s => s.WithBundleId(Sample));
        Assert.Multiple(() =>
        {
            Assert.That(listed.Single(p => p.Id == staleId).State, Is.EqualTo("ACTIVE"), "Apple still lists an expired profile as ACTIVE");
            Assert.That(listed.Single(p => p.Id == staleId).IsExpired(DateTimeOffset.UtcNow), Is.True);
            Assert.That(plan.Changes, Has.Count.EqualTo(1).And.Some.Contain("expired but listed as ACTIVE"));
            Assert.That(result.Resource!.Select(p => p.Id), Is.EqualTo(new[] { staleId }));
            Assert.That(left.Select(p => p.Id), Is.EqualTo(new[] { validId }));
        });
        await emulator.AssertContractKeptAsync();
    }
}
