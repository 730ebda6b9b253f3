using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.RunSummaries;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.TestFlight;
using Cake.AppStoreConnect.Tests.TestSupport;
using Cake.Core.IO;

namespace Cake.AppStoreConnect.Tests.RunSummaries;

/// <summary>What the changing aliases did, in the CI run summary (issue 17): real Cake contexts with faked CI variables.</summary>
public sealed class CiRunSummaryTests
{
    private const string App = EmulatorFixture.Rehearsal;

    [Test]
    public async Task Should_Append_What_Was_Uploaded_And_Created_To_The_GitHub_Step_Summary_And_No_Secret()
    {
        // Given a GitHub Actions job
        using var directory = new TemporaryDirectory();
        var summary = directory.File("step_summary.md");
        await File.WriteAllTextAsync(summary, "## Earlier step\n");
        await using var emulator = await EmulatorFixture.StartAsync();
        var (context, _) = emulator.CakeContext(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary });
        var ipa = new SampleIpaBuilder(App, "3.0", "5").WriteTo(directory.File("App.ipa"));

        // When the script uploads, creates a group, plans another and reads
        context.AscUploadBuild(new FilePath(ipa), s => s.SetPollInterval(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100)));
        context.AscCreateBetaGroup(App, "Release QA");
        context.AscCreateBetaGroup(App, "Maybe later", new AscCreateBetaGroupSettings().SetDryRun());
        context.AscGetBetaGroups(App);

        // Then
        var text = await File.ReadAllTextAsync(summary);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("## Earlier step\n"), "appended, never replaced");
            Assert.That(text, Does.Contain("### App Store Connect: AscUploadBuild").And.Contain("3.0 (5)"));
            Assert.That(text, Does.Contain("### App Store Connect: AscCreateBetaGroup\n").And.Contain("Release QA"));
            Assert.That(text, Does.Contain("### App Store Connect: AscCreateBetaGroup (dry run: nothing was changed)").And.Contain("- would ").And.Contain("Maybe later"));
            Assert.That(text, Does.Not.Contain("AscGetBetaGroups"), "reads change nothing, so they report nothing");
            Assert.That(text, Does.Not.Contain(emulator.Host.PrivateKeyPem.Split('\n')[1]).And.Not.Contain("eyJ").And.Not.Contain("BEGIN"));
        });
    }

    [Test]
    public async Task Should_Upload_A_Summary_File_On_Azure_Pipelines()
    {
        // Given an Azure Pipelines job
        using var directory = new TemporaryDirectory();
        await using var emulator = await EmulatorFixture.StartAsync();
        var (context, log) = emulator.CakeContext(new Dictionary<string, string> { ["TF_BUILD"] = "True", ["AGENT_TEMPDIRECTORY"] = directory.Path });

        // When
        context.AscCreateBetaGroup(App, "Release QA");

        // Then: the service message Cake's Azure Pipelines commands write, naming a Markdown file with the section
        var command = log.Lines.Select(l => l.Text).Single(t => t.StartsWith("##vso[task.uploadsummary]", StringComparison.Ordinal));
        var file = command["##vso[task.uploadsummary]".Length..];
        Assert.That(System.IO.Path.GetDirectoryName(file), Is.EqualTo(directory.Path));
        Assert.That(await File.ReadAllTextAsync(file), Does.Contain("### App Store Connect: AscCreateBetaGroup").And.Contain("Release QA"));
    }

    [TestCase(null, null, "GITHUB_STEP_SUMMARY only: not a GitHub Actions job")]
    [TestCase("false", null, "switched off by ASC_RUN_SUMMARY")]
    [TestCase("true", false, "switched off in the settings, which win")]
    [TestCase("0", null, "switched off by ASC_RUN_SUMMARY=0")]
    public async Task Should_Write_Nothing_Without_A_CI_Or_When_Switched_Off(string? runSummary, bool? setting, string why)
    {
        // Given
        using var directory = new TemporaryDirectory();
        var summary = directory.File("step_summary.md");
        var variables = new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary };
        if (runSummary is not null)
        {
            variables["GITHUB_ACTIONS"] = "true";
            variables[CiRunSummary.Switch] = runSummary;
        }

        await using var emulator = await EmulatorFixture.StartAsync();
        var (context, _) = emulator.CakeContext(variables);

        // When
        context.AscCreateBetaGroup(App, "Release QA", new AscCreateBetaGroupSettings { PublishRunSummary = setting });

        // Then
        Assert.That(File.Exists(summary), Is.False, why);
        Assert.That(await emulator.CountAsync("betaGroups", g => g["name"]!.GetValue<string>() == "Release QA"), Is.EqualTo(1), "the alias did its work");
    }

    [Test]
    public void Should_Hide_Tokens_And_Keys_Whatever_The_Markdown_Holds()
    {
        // Given
        using var directory = new TemporaryDirectory();
        var summary = directory.File("step_summary.md");
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary });
        var settings = new AscSettings { PrivateKey = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49" };
        const string Markdown = "token eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl\n-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\nkey MIGTAgEAMBMGByqGSM49AgEGCCqGSM49 end";

        // When
        var written = CiRunSummary.Publish(context, settings, Markdown);

        // Then
        Assert.That(written, Is.True);
        Assert.That(File.ReadAllText(summary), Is.EqualTo("token (hidden)\n(hidden)\nkey (hidden) end" + Environment.NewLine));
    }
}
