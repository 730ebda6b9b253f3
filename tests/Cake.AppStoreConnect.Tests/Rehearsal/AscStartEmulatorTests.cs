using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Rehearsal;
using Cake.AppStoreConnect.Tests.RealRunner;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Rehearsal;

/// <summary>
/// AscStartEmulator with the emulator built beside these tests: a real process on a loopback port, its key
/// made the run's, and nothing left behind once disposed.
/// </summary>
[NonParallelizable]
public sealed class AscStartEmulatorTests
{
    private static string EmulatorDll => PackedAddIn.BuiltDll("Cake.AppStoreConnect.Emulator");

    [Test]
    public void Should_Make_The_Emulators_Key_The_Runs_Until_Disposed()
    {
        // Given the environment's variables name another key and address
        using var directory = new TemporaryDirectory();
        var (context, _, log) = TestCakeContext.Create(new Dictionary<string, string>(TestKeys.VariablesOfAKeyElsewhere), directory.Path);

        // When
        AscEmulator emulator;
        string name;
        using (emulator = context.AscStartEmulator(s => s.WithToolPath(EmulatorDll).WithProcessingTime(TimeSpan.Zero)))
        {
            name = context.AscGetApp("org.fastlane.very-capable-app").Name;
            Assert.That(emulator.IsRunning, Is.True);
        }

        // Then the alias talked to the emulator; afterwards the environment's key is back, and the process is gone
        Assert.Multiple(() =>
        {
            Assert.That(name, Is.Not.Empty);
            Assert.That(emulator.ApiUrl.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(emulator.EnvironmentVariables.Keys, Is.SupersetOf(new[] { "ASC_KEY_ID", "ASC_ISSUER_ID", "ASC_PRIVATE_KEY_PATH", "ASC_API_URL" }));
            Assert.That(log.AllText, Does.Contain($"Started the App Store Connect emulator at {emulator.ApiUrl}"));
            Assert.That(emulator.IsRunning, Is.False);
            Assert.That(Processes.IsGone(emulator.ProcessId), Is.True, "disposing stops the process");
            Assert.That(File.Exists(emulator.PrivateKeyFile.FullPath), Is.False, "its temporary folder is removed");
            Assert.That(() => context.AscGetApp("org.fastlane.very-capable-app"), Throws.InstanceOf<AscCredentialsException>(), "the environment's key (a missing file) is used again");
        });
    }

    [Test]
    public void Should_Leave_The_Run_Alone_And_Serve_Only_Settings_Given_UseEmulator()
    {
        using var directory = new TemporaryDirectory();
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string>(TestKeys.VariablesOfAKeyElsewhere), directory.Path);

        using var emulator = context.AscStartEmulator(new AscEmulatorSettings { ToolPath = EmulatorDll, UseForAllAliases = false });

        Assert.Multiple(() =>
        {
            Assert.That(context.AscGetApp("org.fastlane.very-capable-app", new AscSettings().UseEmulator(emulator)).BundleId, Is.EqualTo("org.fastlane.very-capable-app"));
            Assert.That(() => context.AscGetApp("org.fastlane.very-capable-app"), Throws.InstanceOf<AscCredentialsException>());
        });
    }

    [Test]
    public void Should_Find_The_Tool_Cakes_Tool_Locator_Knows()
    {
        // Given an asc-emulator executable registered as #tool registers what it installs
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the stand-in executable is a shell script");
        }

        using var directory = new TemporaryDirectory();
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string>(), directory.Path);
        var tool = directory.File("asc-emulator");
        File.WriteAllText(tool, $"#!/bin/sh\nexec dotnet \"{EmulatorDll}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        context.Tools.RegisterFile(tool);

        // When
        using var emulator = context.AscStartEmulator(s => s.WithSeed("demo"));

        // Then
        Assert.That(context.AscVerifyCredentials().VisibleAppCount, Is.EqualTo(3));
    }

    [Test]
    public void Should_Say_Which_Tool_Directive_To_Add_When_The_Tool_Is_Not_Found()
    {
        using var directory = new TemporaryDirectory();
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string>(), directory.Path);

        var error = Assert.Throws<AscEmulatorException>(() => context.AscStartEmulator());

        Assert.That(error!.Message, Does.Contain("#tool dotnet:?package=Cake.AppStoreConnect.Emulator&version=").And.Contain(".WithToolPath("));
    }

    [Test]
    public void Should_Report_The_Emulators_Own_Words_When_It_Refuses_To_Start()
    {
        using var directory = new TemporaryDirectory();
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string>(), directory.Path);

        var error = Assert.Throws<AscEmulatorException>(() => context.AscStartEmulator(s => s.WithToolPath(EmulatorDll).WithSeed("no-such-seed")));

        Assert.That(error!.Message, Does.Contain("stopped with exit code 2").And.Contain("Unknown seed 'no-such-seed'"));
    }
}
