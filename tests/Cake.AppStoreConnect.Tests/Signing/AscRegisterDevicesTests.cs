using Cake.AppStoreConnect.Signing;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Signing;

/// <summary>Devices through <c>AscRegisterDevices</c>, from fastlane's devices file and from code, against the emulator.</summary>
public sealed class AscRegisterDevicesTests
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
    public async Task Should_Register_New_Rename_And_Reenable_Existing_Devices_From_A_Devices_File()
    {
        // Given fastlane's format: a header, then UDID, name and platform separated by TABs
        var file = Path.Combine(_emulator.Directory, "devices.txt");
        await File.WriteAllTextAsync(file, string.Join('\n',
            "Device ID\tDevice Name\tDevice Platform",
            "00008120-000A0B0C0D0E0F10\tNew QA iPhone\tios",
            "0f1e2d3c4b5a69788796a5b4c3d2e1f001234567\tOld iPhone 8 (back)\tios",
            "00008030-001A2D3E0C38802E\tTim's iPhone\tios",
            "00008103-00AABBCCDDEEFF00\tBuild Mac Studio\tmac"));
        var (context, _) = _emulator.CakeContext();

        // When
        var result = context.AscRegisterDevices(file);
        var again = context.AscRegisterDevices(file);

        // Then
        var devices = await _emulator.Client.Devices.ListAsync();
        var old = devices.Single(d => d.Udid == "0f1e2d3c4b5a69788796a5b4c3d2e1f001234567");
        Assert.Multiple(() =>
        {
            Assert.That(result.Changes, Has.Count.EqualTo(3));
            Assert.That(result.AlreadyInPlace, Has.Count.EqualTo(1));
            Assert.That(old.Name, Is.EqualTo("Old iPhone 8 (back)"));
            Assert.That(old.IsEnabled, Is.True);
            Assert.That(devices, Has.Count.EqualTo(7), "five seeded and two new, none twice");
            Assert.That(devices.Single(d => d.Udid == "00008103-00AABBCCDDEEFF00").Platform, Is.EqualTo("MAC_OS"));
            Assert.That(again.Changes, Is.Empty);
        });
        await _emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Check_Every_Udid_Before_Any_Request()
    {
        // Given one good and one bad UDID
        var (context, _) = _emulator.CakeContext();
        await _emulator.ClearRequestsAsync();

        // When
        var error = Assert.Throws<ArgumentException>(() => context.AscRegisterDevices(
        [
            new AscDeviceRegistration("00008120-000A0B0C0D0E0F10", "Good"),
            new AscDeviceRegistration("1234", "Bad"),
        ]));

        // Then
        Assert.That(error!.Message, Does.Contain("'1234' (Bad)").And.Contain("40 hex digits"));
        Assert.That(await _emulator.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Name_The_Family_And_Count_When_Apples_Device_Slots_Are_Used_Up()
    {
        // Given 100 iPhones registered this membership year, one of them disabled (disabled ones keep their slot)
        var (context, _) = _emulator.CakeContext();
        var filler = Enumerable.Range(0, 97).Select(i => new AscDeviceRegistration($"00008120-{i:X16}", $"Lab iPhone {i}")).ToList();
        context.AscRegisterDevices(filler);

        // When
        var error = Assert.Throws<AscSigningException>(() => context.AscRegisterDevices([new AscDeviceRegistration("00008120-FFFFFFFFFFFFFFFF", "One too many")]));

        // Then
        Assert.Multiple(async () =>
        {
            Assert.That(error!.Message, Does.Contain("IPHONE (100 registered, disabled ones included)").And.Contain("membership"));
            Assert.That(await _emulator.CountAsync("devices"), Is.EqualTo(102));
        });
    }
}
