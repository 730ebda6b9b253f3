using System.Text.Json;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.RealRunner;

/// <summary>
/// The packed add-in in the real Cake runner (dotnet cake, Cake.Tool 7.0.0 from the tool manifest),
/// loaded from a local feed with #addin, against the emulator; the emulator's state is the proof.
/// </summary>
[Category("RealRunner")]
[NonParallelizable]
public sealed class RealCakeRunnerTests
{
    private static async Task<string> CountsAsync(EmulatorFixture emulator)
    {
        var counts = new List<string>();
        foreach (var type in new[] { "buildUploads", "buildUploadFiles", "builds", "betaGroups", "betaTesters", "betaBuildLocalizations", "betaAppReviewSubmissions", "appStoreVersions", "appStoreVersionLocalizations", "reviewSubmissions", "reviewSubmissionItems" })
        {
            counts.Add($"{type}={(await emulator.StateAsync(type)).Count}");
        }

        return string.Join(", ", counts);
    }

    private static string Script(TemporaryDirectory directory, string name, string body)
    {
        var path = directory.File(name);
        File.WriteAllText(path, PackedAddIn.AddinDirective + Environment.NewLine + body);
        return path;
    }

    [Test]
    public async Task Should_Upload_And_Wait_From_A_Script_With_Asc_Variables()
    {
        // Given
        using var directory = new TemporaryDirectory();
        var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "4.0", "12") { UsesNonExemptEncryption = false }.WriteTo(directory.File("Rehearsal.ipa"));
        await using var emulator = await EmulatorFixture.StartAsync();
        var script = Script(directory, "upload.cake", $$"""
            Task("Upload").Does(() =>
            {
                var result = AscUploadBuild("{{ipa}}", s => s.SetPollInterval(TimeSpan.FromMilliseconds(200)));
                Information("RESULT {0} {1}", result.UploadState, result.ProcessingState);
            });
            RunTarget("Upload");
            """);

        // When
        var (exitCode, output) = await PackedAddIn.RunCakeAsync(script, emulator.Variables);

        // Then
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("RESULT COMPLETE VALID"));
        var builds = await emulator.StateAsync("builds");
        Assert.That(builds, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_Run_The_Whole_Release_Through_The_Recipe_And_Change_Nothing_On_A_Second_Run()
    {
        // Given a fixture IPA, the recipe, and the emulator
        using var directory = new TemporaryDirectory();
        var ipa = SharedFixtures.App("very-capable-app.ipa");
        var recipe = Path.Combine(PackedAddIn.RepositoryRoot, "recipe", "appstoreconnect.cake");
        await using var emulator = await EmulatorFixture.StartAsync(o => o
            .WithBetaReviewTime(TimeSpan.Zero)
            .WithReviewTime(TimeSpan.FromHours(1))); // the second run meets the version waiting for review
        var script = Script(directory, "release.cake", $$"""
            #load "{{recipe}}"
            RunTarget("AppStoreConnect-Release");
            """);
        string[] arguments = [$"--asc-archive={ipa}", "--asc-groups=Internal QA,Public Beta", "--asc-notes=Rehearsal of the release", "--asc-release-notes=Bug fixes", "--asc-uses-encryption=false", "--asc-third-party-content=false", "--asc-wait-beta-review=true"];
        var variables = new Dictionary<string, string>(emulator.Variables) { ["ASC_BETA_CONTACT_EMAIL"] = "beta@example.com", ["ASC_BETA_CONTACT_FIRST_NAME"] = "Ada", ["ASC_BETA_CONTACT_LAST_NAME"] = "Lovelace", ["ASC_BETA_CONTACT_PHONE"] = "+1 555 0100" };

        // When
        var first = await PackedAddIn.RunCakeAsync(script, variables, arguments);
        var stateAfterFirst = await CountsAsync(emulator);
        var second = await PackedAddIn.RunCakeAsync(script, variables, arguments);

        // Then
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Output);
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Output);
        var builds = await emulator.StateAsync("builds");
        Assert.Multiple(async () =>
        {
            Assert.That(builds, Has.Count.EqualTo(1));
            Assert.That(await emulator.StateAsync("betaAppReviewSubmissions"), Has.Count.EqualTo(1));
            Assert.That(await emulator.StateAsync("reviewSubmissions"), Has.Count.EqualTo(1));
            Assert.That(await emulator.StateAsync("betaBuildLocalizations"), Has.Count.EqualTo(1));
            Assert.That(await CountsAsync(emulator), Is.EqualTo(stateAfterFirst), "the second run duplicates nothing");
            Assert.That(second.Output, Does.Contain("already uploaded").And.Contain("nothing to submit"));
        });
    }

    [Test]
    public async Task Should_Read_Fastlanes_Variables_And_Api_Key_Json()
    {
        using var directory = new TemporaryDirectory();
        await using var emulator = await EmulatorFixture.StartAsync();
        var json = directory.File("api_key.json");
        File.WriteAllText(json, JsonSerializer.Serialize(new { key_id = emulator.Host.KeyId, issuer_id = emulator.Host.IssuerId, key = emulator.Host.PrivateKeyPem, in_house = false }));
        var script = Script(directory, "fastlane.cake", """
            Task("Check").Does(() =>
            {
                var check = AscVerifyCredentials();
                Information("KEY {0} {1} APPS {2}", check.KeyId, check.KeySource, check.VisibleAppCount);
            });
            RunTarget("Check");
            """);

        var fromVariables = await PackedAddIn.RunCakeAsync(script, new Dictionary<string, string>
        {
            ["APP_STORE_CONNECT_API_KEY_KEY_ID"] = emulator.Host.KeyId,
            ["APP_STORE_CONNECT_API_KEY_ISSUER_ID"] = emulator.Host.IssuerId!,
            ["APP_STORE_CONNECT_API_KEY_KEY"] = emulator.Host.PrivateKeyPem.Replace("\n", "\\n", StringComparison.Ordinal),
            ["ASC_API_URL"] = emulator.Variables["ASC_API_URL"],
        });
        var fromJson = await PackedAddIn.RunCakeAsync(script, new Dictionary<string, string>
        {
            ["APP_STORE_CONNECT_API_KEY_PATH"] = json,
            ["ASC_API_URL"] = emulator.Variables["ASC_API_URL"],
        });

        Assert.That(fromVariables.ExitCode, Is.EqualTo(0), fromVariables.Output);
        Assert.That(fromVariables.Output, Does.Contain($"KEY {emulator.Host.KeyId} APP_STORE_CONNECT_API_KEY_KEY APPS 3"));
        Assert.That(fromJson.ExitCode, Is.EqualTo(0), fromJson.Output);
        Assert.That(fromJson.Output, Does.Contain($"KEY {emulator.Host.KeyId}").And.Contain("APPS 3"));
    }

    [Test]
    public async Task Should_Fail_The_Task_With_The_Add_Ins_Message()
    {
        using var directory = new TemporaryDirectory();
        await using var emulator = await EmulatorFixture.StartAsync();
        var script = Script(directory, "failing.cake", """
            Task("Find").Does(() => AscGetApp("com.example.does-not-exist"));
            RunTarget("Find");
            """);

        var (exitCode, output) = await PackedAddIn.RunCakeAsync(script, emulator.Variables);

        Assert.That(exitCode, Is.Not.EqualTo(0));
        Assert.That(output, Does.Contain("No app 'com.example.does-not-exist' is visible"));
        Assert.That(output, Does.Not.Contain("   at Cake.AppStoreConnect"), "a person sees the message, not a stack of internals");
        Assert.That(output, Does.Not.Contain(emulator.Host.PrivateKeyPem.Split('\n')[1]));
    }

    [Test]
    public async Task Should_Load_Without_Clashing_With_Cakes_Own_Assemblies()
    {
        using var directory = new TemporaryDirectory();
        await using var emulator = await EmulatorFixture.StartAsync();
        var script = Script(directory, "assemblies.cake", """
            Task("Assemblies").Does(() =>
            {
                AscVerifyCredentials();
                foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies()
                    .Where(a => a.GetName().Name.StartsWith("Microsoft.IdentityModel") || a.GetName().Name.StartsWith("System.IdentityModel") || a.GetName().Name.StartsWith("Polly") || a.GetName().Name == "Cake.AppStoreConnect"))
                {
                    Information("LOADED {0} {1}", assembly.GetName().Name, assembly.GetName().Version);
                }
            });
            RunTarget("Assemblies");
            """);

        var (exitCode, output) = await PackedAddIn.RunCakeAsync(script, emulator.Variables);

        Assert.That(exitCode, Is.EqualTo(0), output);
        var loaded = output.Split('\n').Where(l => l.StartsWith("LOADED ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        var names = loaded.Select(l => l.Split(' ')[1]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Unique, "each assembly is loaded once: " + string.Join(", ", loaded));
            Assert.That(names, Does.Contain("Polly.Core").And.Contain("Microsoft.IdentityModel.JsonWebTokens").And.Contain("Cake.AppStoreConnect"));
            Assert.That(loaded.Where(l => l.Contains("IdentityModel", StringComparison.Ordinal)), Has.All.EndsWith("8.23.0.0"), "the same IdentityModel version Cake 7 ships");
        });
    }
}
