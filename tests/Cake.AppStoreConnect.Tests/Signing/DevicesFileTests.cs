using Cake.AppStoreConnect.Tests.TestSupport;
using Cake.Core;

namespace Cake.AppStoreConnect.Tests.Signing;

/// <summary>fastlane's devices file, read and checked before any request (no credentials needed to fail).</summary>
public sealed class DevicesFileTests
{
    private static ICakeContext Offline(TemporaryDirectory directory) =>
        TestCakeContext.Create(new Dictionary<string, string>(), directory.Path).Context;

    [Test]
    public void Should_Refuse_A_File_Without_Fastlanes_Header()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("devices.txt"), "00008030-001A2D3E0C38802E\tTim's iPhone\tios\n");

        var error = Assert.Throws<ArgumentException>(() => Offline(directory).AscRegisterDevices(directory.File("devices.txt")));

        Assert.That(error!.Message, Does.Contain("header line"));
    }

    [Test]
    public void Should_Name_The_Line_Of_A_Row_That_Is_Not_Tab_Separated()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("devices.txt"), "Device ID\tDevice Name\tDevice Platform\n00008030-001A2D3E0C38802E Tim's iPhone ios\n");

        var error = Assert.Throws<ArgumentException>(() => Offline(directory).AscRegisterDevices(directory.File("devices.txt")));

        Assert.That(error!.Message, Does.Contain("line 2").And.Contain("TAB"));
    }

    [Test]
    public void Should_Refuse_A_Mac_Uuid_Given_For_Ios_Naming_The_Device()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("devices.txt"), "Device ID\tDevice Name\tDevice Platform\n6A2B1C3D-4E5F-6071-8293-A4B5C6D7E8F9\tIntel Mac\tios\n");

        var error = Assert.Throws<ArgumentException>(() => Offline(directory).AscRegisterDevices(directory.File("devices.txt")));

        Assert.That(error!.Message, Does.Contain("Intel Mac").And.Contain("nothing was changed"));
    }
}
