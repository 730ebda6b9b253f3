using Cake.AppStoreConnect.Client.Signing;
using Cake.AppStoreConnect.Signing;
using Cake.AppStoreConnect.Tests.TestSupport;
using static Cake.AppStoreConnect.Tests.TestSupport.EmulatorFixture;

namespace Cake.AppStoreConnect.Tests.Signing;

/// <summary>Bundle ids and their capabilities through <c>AscEnsureBundleId</c>, against the emulator.</summary>
public sealed class AscEnsureBundleIdTests
{
    private EmulatorFixture _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(o => o.WithContractCheck());

    [TearDown]
    public async Task StopAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    [Test]
    public async Task Should_Create_A_Bundle_Id_That_Apples_Prefix_Filter_Would_Mistake_For_An_Existing_One()
    {
        // Given com.example.Sample exists, which Apple's filter[identifier]=com.example also returns
        var (context, _) = _emulator.CakeContext();

        // When
        var result = context.AscEnsureBundleId("com.example", s => s.WithName("Example").ForPlatform("ios").WithCapabilities("PUSH_NOTIFICATIONS"));
        var again = context.AscEnsureBundleId("com.example", s => s.WithName("Example").ForPlatform("ios").WithCapabilities("PUSH_NOTIFICATIONS"));

        // Then
        var capabilities = await _emulator.Client.BundleIds.GetCapabilitiesAsync(result.Resource!.Id);
        Assert.Multiple(async () =>
        {
            Assert.That(result.Resource.Identifier, Is.EqualTo("com.example"));
            Assert.That(result.Changes, Has.Some.StartsWith("register the bundle id com.example").And.Some.EqualTo("enable PUSH_NOTIFICATIONS"));
            Assert.That(capabilities.Select(c => c.CapabilityType), Is.EqualTo(new[] { "PUSH_NOTIFICATIONS" }));
            Assert.That(again.Changes, Is.Empty);
            Assert.That(await _emulator.CountAsync("bundleIds"), Is.EqualTo(4));
        });
        await _emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Enable_Disable_And_Change_Capabilities_To_Match_The_List()
    {
        // Given Very Capable App has PUSH_NOTIFICATIONS (seeded)
        var (context, _) = _emulator.CakeContext();
        var iCloud = new AscCapabilitySetting("ICLOUD_VERSION", ["XCODE_6"]);

        // When
        var result = context.AscEnsureBundleId(VeryCapableApp, s => s.WithName("Very Capable").WithCapability("ICLOUD", iCloud).WithCapability("APP_GROUPS"));
        var changed = context.AscEnsureBundleId(VeryCapableApp, s => s.WithCapability("ICLOUD", new AscCapabilitySetting("ICLOUD_VERSION", ["XCODE_5"])).WithCapability("APP_GROUPS"));

        // Then
        var capabilities = await _emulator.Client.BundleIds.GetCapabilitiesAsync(result.Resource!.Id);
        Assert.Multiple(() =>
        {
            Assert.That(result.Changes, Is.EquivalentTo(new[] { "rename org.fastlane.very-capable-app from 'Very Capable App' to 'Very Capable'", "enable ICLOUD", "enable APP_GROUPS", "disable PUSH_NOTIFICATIONS" }));
            Assert.That(changed.Changes, Is.EqualTo(new[] { "change the settings of ICLOUD" }));
            Assert.That(capabilities.Select(c => c.CapabilityType), Is.EquivalentTo(new[] { "ICLOUD", "APP_GROUPS" }));
            Assert.That(capabilities.Single(c => c.CapabilityType == "ICLOUD").Settings.Single().EnabledOptions, Is.EqualTo(new[] { "XCODE_5" }));
        });
        await _emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Refuse_A_Malformed_Identifier_Before_Any_Request()
    {
        // Given
        var (context, _) = _emulator.CakeContext();
        await _emulator.ClearRequestsAsync();

        // When
        var error = Assert.Throws<ArgumentException>(() => context.AscEnsureBundleId("com.example app"));

        // Then
        Assert.That(error!.Message, Does.Contain("com.example app").And.Contain("reverse-DNS"));
        Assert.That(await _emulator.RequestsAsync(), Is.Empty);
    }
}
