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

    private static string RecipeScript(TemporaryDirectory directory)
    {
        // As a user sets it up: the recipe copied beside release.cake, notes files beside them.
        File.Copy(Path.Combine(PackedAddIn.RepositoryRoot, "recipe", "appstoreconnect.cake"), directory.File("appstoreconnect.cake"));
        File.WriteAllText(directory.File("WHAT_TO_TEST.md"), "Check sign-in and the new onboarding.");
        File.WriteAllText(directory.File("RELEASE_NOTES.md"), "Faster sign-in.");
        return Script(directory, "release.cake", """
            #load ./appstoreconnect.cake
            RunTarget(Argument("target", "AppStoreConnect-Release"));
            """);
    }

    // The README's documented command, with the archive a first release of the rehearsal app.
    private static string[] DocumentedArguments(string ipa, params string[] more) =>
        [$"--asc-archive={ipa}", "--asc-groups=Internal QA,Public Beta", "--asc-notes-file=WHAT_TO_TEST.md", "--asc-release-notes-file=RELEASE_NOTES.md", "--asc-uses-encryption=false", .. more];

    [Test]
    public async Task Should_Plan_A_First_Release_In_A_Dry_Run_Then_Release_It_And_Change_Nothing_On_A_Re_Run()
    {
        // Given a first release: the app has no build yet
        using var directory = new TemporaryDirectory();
        var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "1.0", "1").WriteTo(directory.File("Rehearsal.ipa"));
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024).Configure(o => { o.BetaReviewTime = TimeSpan.Zero; o.ReviewTime = TimeSpan.FromHours(1); }));
        var script = RecipeScript(directory);
        var before = await CountsAsync(emulator);

        // When the documented command runs as a dry run, then for real, then again
        var dryRun = await PackedAddIn.RunCakeAsync(script, emulator.Variables, DocumentedArguments(ipa, "--asc-third-party-content=false", "--asc-dry-run=true"));
        var afterDryRun = await CountsAsync(emulator);
        var first = await PackedAddIn.RunCakeAsync(script, emulator.Variables, DocumentedArguments(ipa, "--asc-third-party-content=false"));
        var afterFirst = await CountsAsync(emulator);
        var second = await PackedAddIn.RunCakeAsync(script, emulator.Variables, DocumentedArguments(ipa, "--asc-third-party-content=false"));
        var dryRunAfter = await PackedAddIn.RunCakeAsync(script, emulator.Variables, DocumentedArguments(ipa, "--asc-third-party-content=false", "--asc-dry-run=true"));

        // Then the dry run planned every step and changed nothing; the release went through once
        Assert.Multiple(async () =>
        {
            Assert.That(dryRun.ExitCode, Is.EqualTo(0), dryRun.Output);
            Assert.That(dryRun.Output, Does.Contain("Dry run: would distribute").And.Contain("Dry run: would attach build 1"));
            Assert.That(afterDryRun, Is.EqualTo(before), "the dry run changes nothing");
            Assert.That(first.ExitCode, Is.EqualTo(0), first.Output);
            Assert.That(second.ExitCode, Is.EqualTo(0), second.Output);
            Assert.That(dryRunAfter.ExitCode, Is.EqualTo(0), dryRunAfter.Output);
            Assert.That(dryRunAfter.Output, Does.Contain("nothing to submit"));
            Assert.That(await emulator.StateAsync("builds"), Has.Count.EqualTo(1));
            Assert.That(await emulator.StateAsync("reviewSubmissions"), Has.Count.EqualTo(1));
            Assert.That(await CountsAsync(emulator), Is.EqualTo(afterFirst), "the re-run adds nothing");
        });
    }

    [TestCase("CUSTOMER_SUPPORT", false)]
    [TestCase("APP_MANAGER", true)]
    public async Task Should_Stop_In_The_First_Step_When_The_Keys_Role_Is_Too_Narrow(string role, bool completes)
    {
        // Given the documented release, and an emulator whose key has one role
        using var directory = new TemporaryDirectory();
        var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "1.0", "1").WriteTo(directory.File("Rehearsal.ipa"));
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024).Configure(o => { o.BetaReviewTime = TimeSpan.Zero; o.ReviewTime = TimeSpan.FromHours(1); o.KeyRoles = role; }));
        var script = RecipeScript(directory);
        var before = (await emulator.StateAsync()).ToJsonString();

        // When
        var (exitCode, output) = await PackedAddIn.RunCakeAsync(script, emulator.Variables, DocumentedArguments(ipa, "--asc-third-party-content=false"));

        // Then a Customer Support key stops in the preflight naming what is missing and who may do it, having changed nothing
        if (completes)
        {
            Assert.That(exitCode, Is.EqualTo(0), output);
            Assert.That(await emulator.StateAsync("reviewSubmissions"), Has.Count.EqualTo(1));
            return;
        }

        Assert.That(exitCode, Is.Not.EqualTo(0), output);
        Assert.Multiple(async () =>
        {
            Assert.That(output, Does.Contain("missing ListApps, UploadBuilds, ManageTestFlight, EditMetadata, SubmitForReview"));
            Assert.That(output, Does.Contain("Admin, App Manager or Developer").And.Contain("Admin or App Manager"));
            Assert.That(output, Does.Not.Contain("AppStoreConnect-Upload"), "the run stops in its first step");
            Assert.That((await emulator.StateAsync()).ToJsonString(), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Should_Name_The_Recipes_Switches_For_Every_Missing_Answer_Before_Changing_Anything()
    {
        // Given the documented command without the content rights answer, and a group the app lacks
        using var directory = new TemporaryDirectory();
        var ipa = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "1.0", "1").WriteTo(directory.File("Rehearsal.ipa"));
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024).Configure(o => o.BetaReviewTime = TimeSpan.Zero));
        var script = RecipeScript(directory);
        var before = await CountsAsync(emulator);
        string[] arguments = [$"--asc-archive={ipa}", "--asc-groups=Internal QA,Beta Crew", "--asc-notes-file=WHAT_TO_TEST.md", "--asc-release-notes-file=MISSING.md", "--asc-uses-encryption=false"];

        // When
        var (exitCode, output) = await PackedAddIn.RunCakeAsync(script, emulator.Variables, arguments);

        // Then every problem is named with the switch that fixes it, and nothing was uploaded or changed
        Assert.That(exitCode, Is.Not.EqualTo(0), output);
        Assert.Multiple(async () =>
        {
            Assert.That(output, Does.Contain("nothing was changed"));
            Assert.That(output, Does.Contain("--asc-third-party-content"));
            Assert.That(output, Does.Contain("'Beta Crew'").And.Contain("--asc-groups"));
            Assert.That(output, Does.Contain("MISSING.md does not exist").And.Contain("--asc-release-notes-file"));
            Assert.That(output, Does.Not.Contain("ContainsThirdPartyContent"), "the recipe's user sets switches, not settings properties");
            Assert.That(await CountsAsync(emulator), Is.EqualTo(before));
            Assert.That((await emulator.StateAsync("appStoreVersions")).Select(v => v!["attributes"]?["appStoreState"]?.ToString() ?? v!["appStoreState"]?.ToString()), Has.None.EqualTo("WAITING_FOR_REVIEW"));
        });
    }

    [Test]
    public async Task Should_Refuse_A_Version_Already_Approved_With_Another_Build_Before_Uploading()
    {
        // Given version 1.0 approved with build 1
        using var directory = new TemporaryDirectory();
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024).Configure(o => { o.BetaReviewTime = TimeSpan.Zero; o.ReviewTime = TimeSpan.Zero; }));
        var script = RecipeScript(directory);
        var first = await PackedAddIn.RunCakeAsync(script, emulator.Variables, ["--target=AppStoreConnect-Submit", $"--asc-archive={new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "1.0", "1").WriteTo(directory.File("One.ipa"))}", "--asc-uses-encryption=false", "--asc-third-party-content=false", "--asc-release-type=MANUAL"]);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Output);
        var before = await CountsAsync(emulator);

        // When build 2 of the same version comes
        var (exitCode, output) = await PackedAddIn.RunCakeAsync(script, emulator.Variables, ["--target=AppStoreConnect-Submit", $"--asc-archive={new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "1.0", "2").WriteTo(directory.File("Two.ipa"))}", "--asc-uses-encryption=false", "--asc-third-party-content=false"]);

        // Then it is refused before the upload, naming the fix
        Assert.That(exitCode, Is.Not.EqualTo(0), output);
        Assert.That(output, Does.Contain("version 1.0 is already").And.Contain("raise CFBundleShortVersionString"));
        Assert.That(await CountsAsync(emulator), Is.EqualTo(before), "nothing was uploaded");
    }

    [Test]
    public async Task Should_Run_The_Demo_Twice_Against_One_Emulator_And_Add_Nothing_The_Second_Time()
    {
        using var directory = new TemporaryDirectory();
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024).Configure(DemoTimes));
        var demo = PackedAddIn.DemoScript(directory.Path);

        var first = await PackedAddIn.RunCakeAsync(demo, emulator.Variables, PackedAddIn.DemoArguments(directory.Path));
        var afterFirst = await CountsAsync(emulator);
        await emulator.ClearRequestsAsync();
        var second = await PackedAddIn.RunCakeAsync(demo, emulator.Variables, PackedAddIn.DemoArguments(directory.Path));
        // The preflight's permission probes are writes that cannot succeed (4xx); only an accepted write changes the listing.
        var listingWrites = (await emulator.ChangesAsync()).Where(r => r.Status < 400).Where(r => r.Path.Contains("Localizations", StringComparison.Ordinal) || r.Path.Contains("appStoreReviewDetails", StringComparison.Ordinal) || r.Path.Contains("appInfos", StringComparison.Ordinal));
        var names = (await emulator.StateAsync("appInfoLocalizations")).Select(l => l!["name"]!.GetValue<string>());

        Assert.That(first.ExitCode, Is.EqualTo(0), first.Output);
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Output);
        Assert.That(first.Output, Does.Not.Contain("without specifying a package version"), "the Demo names the add-in's version, as the README advises");
        Assert.That(await CountsAsync(emulator), Is.EqualTo(afterFirst), "the second run adds nothing");
        Assert.That(await emulator.StateAsync("builds"), Has.Count.EqualTo(1));
        Assert.That(names, Does.Contain("Cake Probe"), "the Demo's German listing was synced before the submission");
        Assert.That(first.Output, Does.Contain("metadata"));
        Assert.That(listingWrites, Is.Empty, "the second run writes no listing value:\n" + second.Output);
    }

    [Test]
    public async Task Should_Resume_The_Same_Demo_Build_After_Runs_That_Failed_Midway()
    {
        using var directory = new TemporaryDirectory();
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024).Configure(DemoTimes));
        using var control = new HttpClient { BaseAddress = emulator.Host.BaseAddress };
        var demo = PackedAddIn.DemoScript(directory.Path);
        string[] arguments = PackedAddIn.DemoArguments(directory.Path);

        // A run whose upload parts keep failing, then one whose beta review submission keeps failing
        await emulator.FaultAsync(new { method = "PUT", path = "/_upload/*", when = "before", status = 503, count = 1000 });
        var duringUpload = await PackedAddIn.RunCakeAsync(demo, emulator.Variables, arguments);
        (await control.DeleteAsync("/_emulator/faults")).EnsureSuccessStatusCode();
        await emulator.FaultAsync(new { method = "POST", path = "/v1/betaAppReviewSubmissions", when = "before", status = 500, count = 1000 });
        var duringTestFlight = await PackedAddIn.RunCakeAsync(demo, emulator.Variables, arguments);
        (await control.DeleteAsync("/_emulator/faults")).EnsureSuccessStatusCode();

        // Then re-runs without faults finish the same build, and a further run adds nothing
        var resumed = await PackedAddIn.RunCakeAsync(demo, emulator.Variables, arguments);
        var afterResumed = await CountsAsync(emulator);
        var again = await PackedAddIn.RunCakeAsync(demo, emulator.Variables, arguments);

        Assert.Multiple(async () =>
        {
            Assert.That(duringUpload.ExitCode, Is.Not.EqualTo(0), duringUpload.Output);
            Assert.That(duringTestFlight.ExitCode, Is.Not.EqualTo(0), duringTestFlight.Output);
            Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.Output);
            Assert.That(again.ExitCode, Is.EqualTo(0), again.Output);
            Assert.That(await emulator.StateAsync("buildUploads"), Has.Count.EqualTo(1), "every run carried on with build 1");
            Assert.That(await emulator.StateAsync("builds"), Has.Count.EqualTo(1));
            Assert.That(await emulator.StateAsync("betaAppReviewSubmissions"), Has.Count.EqualTo(1));
            Assert.That(await CountsAsync(emulator), Is.EqualTo(afterResumed));
        });
    }

    // At 30 % the retries get a run through within a few attempts; at 50 % a run rarely finishes (a read
    // fails six times running), but however many re-runs there are, none makes a second build.
    [TestCase(0.3, 5, true)]
    [TestCase(0.5, 3, false)]
    public async Task Should_Carry_On_With_One_Demo_Build_Through_Random_Faults(double faultRate, int maxRuns, bool finishes)
    {
        // Given an emulator where requests fail at random (some after the change was made)
        using var directory = new TemporaryDirectory();
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024).Configure(o =>
        {
            DemoTimes(o);
            o.FaultRate = faultRate;
            o.FaultSeed = 7;
        }));
        var demo = PackedAddIn.DemoScript(directory.Path);

        // When the Demo is re-run after each failure
        var runs = new List<(int ExitCode, string Output)>();
        var uploads = new List<int>();
        do
        {
            runs.Add(await PackedAddIn.RunCakeAsync(demo, emulator.Variables, PackedAddIn.DemoArguments(directory.Path)));
            uploads.Add((await emulator.StateAsync("buildUploads")).Count);
        }
        while (runs[^1].ExitCode != 0 && runs.Count < maxRuns);

        // Then every run carried on with the same build
        TestContext.Out.WriteLine($"{runs.Count} run(s), build uploads after each: {string.Join(", ", uploads)}");
        Assert.That(uploads, Has.All.LessThanOrEqualTo(1), "no run made a second build");
        if (finishes)
        {
            Assert.That(runs[^1].ExitCode, Is.EqualTo(0), runs[^1].Output);
            Assert.That(await emulator.StateAsync("builds"), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Should_Rehearse_With_The_Readmes_Commands_As_Written()
    {
        // Given a folder with nothing of this repository but Cake's tool manifest, a nuget.config that adds the
        // local feed (where the README's version is the one just packed), and a release script of one's own
        using var directory = new TemporaryDirectory();
        CopyTree(Path.Combine(PackedAddIn.RepositoryRoot, ".config"), directory.File(".config"));
        PackedAddIn.WriteNuGetConfig(directory.Path, PackedAddIn.Feed, onlySource: false);
        Script(directory, "your-release.cake", """
            var check = AscVerifyCredentials();
            Information("REHEARSED against {0}: {1} apps", EnvironmentVariable("ASC_API_URL"), check.VisibleAppCount);
            """);
        var readme = File.ReadAllText(Path.Combine(PackedAddIn.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("## Rehearse your pipeline", StringComparison.Ordinal)..];
        section = section[section.IndexOf("### By hand", StringComparison.Ordinal)..];
        var start = section.IndexOf("```bash\n", StringComparison.Ordinal) + "```bash\n".Length;
        var block = section[start..section.IndexOf("```", start, StringComparison.Ordinal)].Replace("--version 1.0.0", $"--version {PackedAddIn.Version}", StringComparison.Ordinal);

        // When the block runs as written, in one shell
        var (exitCode, output) = await PackedAddIn.RunAsync("bash", ["-e", "-c", block], directory.Path, new Dictionary<string, string>(), TimeSpan.FromMinutes(8));

        // Then the installed tool served the script, and was stopped at the end
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("REHEARSED against http://127.0.0.1:").And.Contain(": 3 apps"));
        var url = File.ReadAllLines(directory.File("emulator.env")).Single(l => l.StartsWith("ASC_API_URL=", StringComparison.Ordinal))["ASC_API_URL=".Length..];
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.That(async () => await http.GetAsync(new Uri(new Uri(url), "/_emulator/health")), Throws.InstanceOf<HttpRequestException>(), "kill $emulator stops it");
    }

    [Test]
    public async Task Should_Load_The_Add_In_And_Its_Dependencies_From_The_Only_Feed_The_Machine_Is_Configured_With()
    {
        // Given a company feed (a folder) holding the add-in and its dependencies, and a nuget.config
        // that clears every other source; no CAKE_NUGET_SOURCE
        using var directory = new TemporaryDirectory();
        var feed = Directory.CreateDirectory(directory.File("company-feed")).FullName;
        var addIn = Path.Combine(PackedAddIn.Feed, $"Cake.AppStoreConnect.{PackedAddIn.Version}.nupkg");
        File.Copy(addIn, Path.Combine(feed, Path.GetFileName(addIn)));
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "polly.core", "system.identitymodel.tokens.jwt", "microsoft.identitymodel.jsonwebtokens", "microsoft.identitymodel.tokens", "microsoft.identitymodel.logging", "microsoft.identitymodel.abstractions", "system.security.cryptography.pkcs" })
        {
            foreach (var package in Directory.GetFiles(Path.Combine(globalPackages, id), "*.nupkg", SearchOption.AllDirectories))
            {
                File.Copy(package, Path.Combine(feed, Path.GetFileName(package)), overwrite: true);
            }
        }

        PackedAddIn.WriteNuGetConfig(directory.Path, feed, onlySource: true);
        CopyTree(Path.Combine(PackedAddIn.RepositoryRoot, ".config"), directory.File(".config"));
        var script = Script(directory, "load.cake", """
            Information("LOADED {0}", typeof(AppStoreConnectAliases).Assembly.GetName().Name);
            AscVerifyCredentials();
            """);
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(64 * 1024));

        // When the script runs from that folder
        var (exitCode, output) = await PackedAddIn.RunAsync("dotnet", ["cake", script], directory.Path, new Dictionary<string, string>(emulator.Variables) { ["CAKE_NUGET_SOURCE"] = string.Empty, ["CAKE_PATHS_ADDINS"] = directory.File("addins"), ["CAKE_PATHS_TOOLS"] = directory.File("tools") });

        // Then the add-in and its dependencies came from the company feed
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("LOADED Cake.AppStoreConnect"));
        Assert.That(Directory.GetDirectories(directory.File("addins")).Select(Path.GetFileName), Has.Some.StartsWith("Cake.AppStoreConnect").And.Some.StartsWith("Polly.Core"));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static void DemoTimes(Cake.AppStoreConnect.Emulator.EmulatorOptions options)
    {
        options.ProcessingTime = TimeSpan.FromSeconds(1);
        options.BetaReviewTime = TimeSpan.FromSeconds(1);
        options.ReviewTime = TimeSpan.FromSeconds(1);
        options.UploadPartSize = 16 * 1024 * 1024;
    }
}
