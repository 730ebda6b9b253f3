using System.Text.RegularExpressions;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.RealRunner;

/// <summary>
/// A user's script with the three packed packages, as NuGet delivers them (a local feed its nuget.config
/// adds): #addin, #load nuget (the recipe) and #tool (the emulator), rehearsed with --rehearse. The
/// environment names a real-looking key and an address nothing answers: a rehearsal must use neither.
/// </summary>
[Category("RealRunner")]
[NonParallelizable]
public sealed partial class RehearsalTests
{
    [Test]
    public async Task Should_Rehearse_A_Users_Unchanged_Release_With_The_Packed_Packages_And_Leave_No_Process()
    {
        // Given the user's release.cake and the documented command, with the rehearsal app's first build
        using var directory = UserFolder();
        var script = directory.File("release.cake");
        File.WriteAllText(script, $"""
            {PackedAddIn.AddinDirective}
            {PackedAddIn.RecipeDirective}
            {PackedAddIn.ToolDirective}
            RunTarget(Argument("target", "AppStoreConnect-Release"));
            """);
        var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "1.0", "1") { UsesNonExemptEncryption = false }.WriteTo(directory.File("Rehearsal.ipa"));
        string[] arguments = ["cake", script, "--rehearse", $"--asc-archive={ipa}", "--asc-groups=Internal QA,Public Beta", "--asc-notes=Rehearsal", "--asc-release-notes=Bug fixes", "--asc-uses-encryption=false", "--asc-third-party-content=false"];

        // ... on GitHub Actions
        var summary = directory.File("step_summary.md");
        var variables = new Dictionary<string, string>(TestKeys.VariablesOfAKeyElsewhere) { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary };

        // When
        var (exitCode, output) = await PackedAddIn.RunAsync("dotnet", arguments, directory.Path, variables, TimeSpan.FromMinutes(5));

        // Then the whole release ran against the tool the recipe started, which is gone, and its changes were reported
        Assert.That(exitCode, Is.EqualTo(0), output);
        var published = File.ReadAllText(summary);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("Rehearsal: every App Store Connect request of this run goes to http://127.0.0.1:"));
            Assert.That(output, Does.Contain("Release of org.cakebuild.appstoreconnect.rehearsal").And.Contain("TestFlight done"));
            Assert.That(output, Does.Not.Contain("127.0.0.1:9/"), "the environment's address is never used");
            Assert.That(Processes.IsGone(EmulatorProcessId(output)), Is.True, "the emulator is stopped at the end of the run");
            Assert.That(output, Does.Contain("Rehearsal: what this pipeline would change at Apple (").And.Contain("| created | buildUploads |").And.Contain("POST /v1/buildUploads"));
            Assert.That(published, Does.Contain("## What the pipeline changed (App Store Connect emulator)").And.Contain("POST /v1/buildUploads"), "the report is in the CI run summary");
            Assert.That(published.IndexOf("## What the pipeline changed", StringComparison.Ordinal), Is.GreaterThan(published.IndexOf("### App Store Connect: AscUploadBuild", StringComparison.Ordinal)), "after the aliases' own sections");
        });
    }

    [Test]
    public async Task Should_Stop_The_Emulator_When_A_Task_Fails_And_No_Teardown_Stops_It()
    {
        // Given a script that starts the emulator without Teardown, then fails
        using var directory = UserFolder();
        var script = directory.File("failing.cake");
        File.WriteAllText(script, $$"""
            {{PackedAddIn.AddinDirective}}
            {{PackedAddIn.ToolDirective}}
            var emulator = AscStartEmulator(s => s.WithProcessingTime(TimeSpan.Zero));
            Task("Fail").Does(() =>
            {
                Information("APPS {0}", AscVerifyCredentials().VisibleAppCount);
                throw new InvalidOperationException("a planned failure");
            });
            RunTarget("Fail");
            """);

        // When
        var (exitCode, output) = await PackedAddIn.RunAsync("dotnet", ["cake", script], directory.Path, new Dictionary<string, string>(TestKeys.VariablesOfAKeyElsewhere), TimeSpan.FromMinutes(5));

        // Then
        Assert.That(exitCode, Is.Not.EqualTo(0), output);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("APPS 3").And.Contain("a planned failure"));
            Assert.That(Processes.IsGone(EmulatorProcessId(output)), Is.True, "the end of the Cake process stops the emulator, failed or not");
        });
    }

    [Test]
    public async Task Should_Rehearse_Against_The_Users_Own_Apps_From_The_Seed_File_Argument()
    {
        // Given the user's seed file, named relative to the script's folder
        using var directory = UserFolder();
        File.WriteAllText(directory.File("account.json"), """
            { "apps": [ { "bundleId": "com.acme.rocket", "name": "Rocket", "platforms": ["IOS"] } ] }
            """);
        var script = directory.File("seeded.cake");
        File.WriteAllText(script, $$"""
            {{PackedAddIn.AddinDirective}}
            {{PackedAddIn.RecipeDirective}}
            {{PackedAddIn.ToolDirective}}
            Task("Seeded").Does(() => Information("SEEDED {0}, {1} app(s)", AscGetApp("com.acme.rocket").Name, AscVerifyCredentials().VisibleAppCount));
            RunTarget("Seeded");
            """);

        // When
        var (exitCode, output) = await PackedAddIn.RunAsync("dotnet", ["cake", script, "--rehearse", "--asc-rehearse-seed-file=account.json"], directory.Path, new Dictionary<string, string>(TestKeys.VariablesOfAKeyElsewhere), TimeSpan.FromMinutes(5));

        // Then the emulator held the file's app alone, and a run that changed nothing says so
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("SEEDED Rocket, 1 app(s)"));
            Assert.That(output, Does.Contain("Rehearsal: what this pipeline would change at Apple (nothing):").And.Contain("Nothing was changed."));
            Assert.That(Processes.IsGone(EmulatorProcessId(output)), Is.True);
        });
    }

    /// <summary>A user's folder: the Cake tool manifest, and a nuget.config that adds the local feed to the machine's sources.</summary>
    private static TemporaryDirectory UserFolder()
    {
        var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.File(".config"));
        File.Copy(Path.Combine(PackedAddIn.RepositoryRoot, ".config", "dotnet-tools.json"), directory.File(Path.Combine(".config", "dotnet-tools.json")));
        PackedAddIn.WriteNuGetConfig(directory.Path, PackedAddIn.Feed, onlySource: false);
        return directory;
    }

    private static int EmulatorProcessId(string output)
    {
        var match = StartedLine().Match(output);
        Assert.That(match.Success, Is.True, "the add-in says which process it started:" + Environment.NewLine + output);
        return int.Parse(match.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Started the App Store Connect emulator at http://127\.0\.0\.1:\d+/? \(process (?<pid>\d+)\)")]
    private static partial Regex StartedLine();
}
