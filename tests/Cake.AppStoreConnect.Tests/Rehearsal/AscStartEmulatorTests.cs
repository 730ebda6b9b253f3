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

    [Test]
    public void Should_Report_What_The_Run_Changed_And_Publish_It_To_The_Run_Summary()
    {
        // Given a GitHub Actions job and an emulator the run talks to
        using var directory = new TemporaryDirectory();
        var summary = directory.File("step_summary.md");
        var variables = new Dictionary<string, string>(TestKeys.VariablesOfAKeyElsewhere) { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary };
        var (context, _, log) = TestCakeContext.Create(variables, directory.Path);
        AscEmulator emulator;
        AscEmulatorChangeReport report;
        string published;
        using (emulator = context.AscStartEmulator(s => s.WithToolPath(EmulatorDll)))
        {
            var untouched = emulator.GetChangeReport();

            // When the script creates a group, then reports
            context.AscCreateBetaGroup("org.fastlane.very-capable-app", "Release QA");
            report = context.AscReportEmulatorChanges(emulator);
            published = File.ReadAllText(summary);

            // Then with the summary switched off in the settings, nothing more is written
            context.AscReportEmulatorChanges(emulator, new AscSettings().SetPublishRunSummary(false));
            Assert.That(File.ReadAllText(summary), Is.EqualTo(published));
            Assert.That(untouched.Changes, Is.Empty, "the seed is the starting point, not a change");
        }

        var created = report.Changes.Single(c => c.Type == "betaGroups");
        Assert.Multiple(() =>
        {
            Assert.That(created.Kind, Is.EqualTo(AscEmulatorChangeKind.Created));
            Assert.That(created.Cause, Is.EqualTo("POST /v1/betaGroups"));
            Assert.That(created.Origin, Is.EqualTo(AscEmulatorChangeOrigin.Request));
            Assert.That(report.PipelineChanges, Is.EqualTo(new[] { created }));
            Assert.That(created.Before, Is.Null);
            Assert.That(created.After!.Value.GetProperty("name").GetString(), Is.EqualTo("Release QA"));
            Assert.That(created.Id, Is.EqualTo(created.After!.Value.GetProperty("id").GetString()));
            Assert.That(report.CountsByType["betaGroups"], Is.EqualTo(new AscEmulatorChangeCounts(1, 0, 0)));
            Assert.That(report.ToString(), Is.EqualTo("betaGroups: 1 created, 0 updated, 0 deleted"));
            Assert.That(report.Markdown, Does.Contain("| betaGroups | 1 | 0 | 0 |").And.Contain("Release QA"));
            Assert.That(log.AllText, Does.Contain("Rehearsal: what this pipeline would change at Apple (1 change(s) to 1 resource type(s)):").And.Contain("| betaGroups | 1 | 0 | 0 |"));
            Assert.That(published, Does.Contain("### App Store Connect: AscCreateBetaGroup"), "the alias's own section");
            Assert.That(published, Does.Contain(report.Markdown.TrimEnd()), "then the change report");
            Assert.That(() => emulator.GetChangeReport(), Throws.InstanceOf<AscEmulatorException>().With.Message.Contains("before disposing it"));
        });
    }

    [Test]
    public void Should_Report_The_Pipelines_Changes_Apart_From_What_The_Emulator_Made_Itself()
    {
        // Given a rehearsal whose analytics appear at once: the emulator makes the report instances itself, as Apple does
        using var directory = new TemporaryDirectory();
        var (context, _, log) = TestCakeContext.Create(new Dictionary<string, string>(TestKeys.VariablesOfAKeyElsewhere), directory.Path);
        AscEmulatorChangeReport report;
        using (var emulator = context.AscStartEmulator(s => s.WithToolPath(EmulatorDll).WithArguments("--analytics-delay-seconds", "0")))
        {
            // When the script asks for reports, then creates a group (its request runs the emulator's clock first)
            context.AscRequestAnalyticsReports("com.example.Sample");
            context.AscCreateBetaGroup("org.fastlane.very-capable-app", "Release QA");
            report = context.AscReportEmulatorChanges(emulator, s => s.SetPublishRunSummary(false));
        }

        // Then
        var own = report.Changes.Where(c => c.Origin != AscEmulatorChangeOrigin.Request).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(report.PipelineChanges.Select(c => c.Type), Does.Contain("betaGroups").And.Contain("analyticsReportRequests"));
            Assert.That(report.PipelineChanges.Select(c => c.Cause), Is.All.StartsWith("POST /v1/"));
            Assert.That(own.Select(c => c.Type), Does.Contain("analyticsReportInstances"), string.Join(Environment.NewLine, report.Changes));
            Assert.That(own.Select(c => c.Origin), Is.All.EqualTo(AscEmulatorChangeOrigin.Processing));
            Assert.That(report.PipelineChanges.Select(c => c.Type), Does.Not.Contain("analyticsReportInstances"));
            Assert.That(report.ToString(), Does.EndWith($"(and {own.Count} change(s) the emulator made itself)"));
            Assert.That(log.AllText, Does.Contain($"; {own.Count} more made by the emulator itself, counted apart:"));
            Assert.That(report.Markdown, Does.Contain($"### Made by the emulator itself, not by the pipeline's requests ({own.Count})"));
        });
    }

    [Test]
    public void Should_Ask_The_Emulator_To_Stop_When_This_Process_Is_Gone()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("reads the emulator's command line from /proc");
        }

        using var directory = new TemporaryDirectory();
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string>(), directory.Path);

        using var emulator = context.AscStartEmulator(s => s.WithToolPath(EmulatorDll).SetUseForAllAliases(false));

        // The switch itself is proven by the emulator's ExecutableTests (a parent killed, the emulator gone).
        var arguments = File.ReadAllText($"/proc/{emulator.ProcessId}/cmdline").Split('\0');
        var at = Array.IndexOf(arguments, "--exit-with-parent");
        Assert.That(at, Is.GreaterThan(0), string.Join(" ", arguments));
        Assert.That(arguments[at + 1], Is.EqualTo(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Should_Seed_The_Users_Own_Apps_From_A_Seed_File_Relative_To_The_Script()
    {
        // Given a seed file in the script's folder, named relative to it (the emulator runs in a folder of its own)
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("account.json"), """
            { "apps": [ { "bundleId": "com.acme.rocket", "name": "Rocket", "platforms": ["IOS"],
                          "betaGroups": [ { "name": "QA", "internal": true, "testers": [ { "email": "ann@acme.test" } ] } ] } ] }
            """);
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string>(TestKeys.VariablesOfAKeyElsewhere), directory.Path);

        // When
        using var emulator = context.AscStartEmulator(s => s.WithToolPath(EmulatorDll).WithSeed(null).WithSeedFile("account.json"));

        // Then the account is the file's alone
        Assert.Multiple(() =>
        {
            Assert.That(context.AscGetApp("com.acme.rocket").Name, Is.EqualTo("Rocket"));
            Assert.That(context.AscVerifyCredentials().VisibleAppCount, Is.EqualTo(1));
            Assert.That(context.AscGetBetaGroups("com.acme.rocket").Select(g => g.Name), Is.EqualTo(new[] { "QA" }));
        });
    }

    [Test]
    public void Should_Name_A_Missing_Seed_File_Before_Starting_Anything()
    {
        using var directory = new TemporaryDirectory();
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string>(), directory.Path);

        var error = Assert.Throws<AscEmulatorException>(() => context.AscStartEmulator(s => s.WithToolPath(EmulatorDll).WithSeedFile("missing.json")));

        Assert.That(error!.Message, Does.Contain(".WithSeedFile(").And.Contain(Path.Combine(directory.Path, "missing.json")));
    }
}
