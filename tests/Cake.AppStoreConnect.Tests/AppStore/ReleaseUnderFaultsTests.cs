using System.Text.Json.Nodes;
using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.TestFlight;
using Cake.AppStoreConnect.Tests.TestSupport;
using Cake.Core;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>
/// The issue 12 probe: a whole release through the aliases while a fraction of every API request fails (before the
/// change or after it, the answer lost), re-run after each failure until one run gets through. Whatever the
/// faults, nothing may exist twice, and a last run without faults changes nothing.
/// </summary>
public sealed class ReleaseUnderFaultsTests
{
    private const string App = EmulatorFixture.Rehearsal;
    private const int MaxRuns = 30;
    private static readonly string[] Groups = ["Internal QA", "Public Beta"];
    private static readonly string[] Testers = ["ada@example.com", "alan@example.com", "grace@example.com"];

    // Each request is retried `retries` times (5 ms apart) before the alias fails, so most failures end a run.
    [TestCase(0.2, 11, 1)]
    [TestCase(0.2, 42, 1)]
    [TestCase(0.3, 3, 2)]
    [TestCase(0.3, 4, 2)]
    public async Task Should_Finish_A_Release_Under_Random_Faults_Without_Duplicating_Anything(double rate, int seed, int retries)
    {
        // Given faults of four kinds on every API path, together failing `rate` of the requests
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithBetaReviewTime(TimeSpan.Zero).WithPartSize(16 * 1024));
        var (context, log) = emulator.CakeContext();
        var ipa = new SampleIpaBuilder(App, "1.0", "1").WriteTo(Path.Combine(emulator.Directory, "Rehearsal.ipa"));
        await File.WriteAllTextAsync(Path.Combine(emulator.Directory, "testers.csv"), "First,Last,Email\nAda,Lovelace,ada@example.com\nAlan,Turing,alan@example.com\nGrace,Hopper,grace@example.com\n");
        await emulator.FaultAsync(RandomFaults(rate, seed));

        // When the pipeline is re-run after each failure
        var failures = new List<string>();
        var runs = 0;
        while (true)
        {
            runs++;
            try
            {
                Release(context, ipa, retries);
                break;
            }
            catch (AscException e) when (runs < MaxRuns)
            {
                Assert.That(e.Message, Is.Not.Empty);
                failures.Add($"{e.GetType().Name}: {e.Message.Split('\n')[0]}");
            }
        }

        var injected = await emulator.InjectedFaultsAsync();
        var onChanges = injected.Where(f => !f.StartsWith("GET ", StringComparison.Ordinal)).ToList();
        TestContext.Out.WriteLine($"rate {rate}, seed {seed}, {retries} retries: {runs} runs, {injected.Count} faults injected, {onChanges.Count} on changes:\n  {string.Join("\n  ", onChanges)}\nfailures:\n  {string.Join("\n  ", failures)}");
        Assert.That(onChanges, Has.Some.Contains("after"), "the probe lost the answer to some change");

        // Then everything exists once
        var state = await emulator.StateAsync();
        var appId = (await emulator.StateAsync("apps")).Single(a => Text(a, "bundleId") == App)!["id"]!.GetValue<string>();
        var uploads = Of(state, "buildUploads").Where(u => Text(u, "appId") == appId).ToList();
        var builds = Of(state, "builds").Where(b => Text(b, "appId") == appId && Text(b, "version") == "1").ToList();
        var version = Of(state, "appStoreVersions").Where(v => Text(v, "appId") == appId && Text(v, "versionString") == "1.0").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(uploads, Has.Count.EqualTo(1), "build uploads");
            Assert.That(builds, Has.Count.EqualTo(1), "builds 1.0 (1)");
            Assert.That(version, Has.Count.EqualTo(1), "App Store versions 1.0");
            Assert.That(Of(state, "reviewSubmissions").Count(s => Text(s, "appId") == appId), Is.EqualTo(1), "review submissions");
            Assert.That(Of(state, "betaAppReviewSubmissions").Count(s => Text(s, "buildId") == Text(builds[0], "id")), Is.EqualTo(1), "beta review submissions");
            Assert.That(Testers.Select(t => Of(state, "betaTesters").Count(b => Text(b, "email") == t)), Is.All.EqualTo(1), "testers");
            var groups = Of(state, "betaGroups").Where(g => Text(g, "appId") == appId).ToList();
            Assert.That(groups.Select(g => Text(g, "name")), Is.SupersetOf(Groups).And.Unique, "groups");
            Assert.That(groups.SelectMany(g => g["testerIds"]!.AsArray().GroupBy(t => Text(t, "")).Where(t => t.Count() > 1)), Is.Empty, "a tester twice in a group");
            Assert.That(groups.SelectMany(g => g["buildIds"]!.AsArray().GroupBy(t => Text(t, "")).Where(t => t.Count() > 1)), Is.Empty, "a build twice in a group");
            var notes = Of(state, "appStoreVersionLocalizations").Where(l => Text(l, "appStoreVersionId") == Text(version[0], "id")).ToList();
            Assert.That(notes.Select(l => Text(l, "locale")), Does.Contain("en-US").And.Unique, "version localizations");
            var whatToTest = Of(state, "betaBuildLocalizations").Where(l => Text(l, "buildId") == Text(builds[0], "id")).ToList();
            Assert.That(whatToTest.Select(l => Text(l, "locale")), Is.Not.Empty.And.Unique, "What to Test localizations");
        });
        Assert.That(log.AllText, Does.Not.Contain("NullReference"));

        // And a last run without faults changes nothing
        (await emulator.Control.DeleteAsync("/_emulator/faults")).EnsureSuccessStatusCode();
        await emulator.ClearRequestsAsync();
        Release(context, ipa, retries);
        Assert.That(await emulator.ChangesAsync(), Is.Empty);
    }

    /// <summary>One run of the pipeline, as a script's tasks call the aliases.</summary>
    private static void Release(ICakeContext context, string ipa, int retries)
    {
        var upload = context.AscUploadBuild(ipa, Fast(new AscUploadBuildSettings { UsesNonExemptEncryption = false, WaitForProcessing = false }, retries));
        var build = context.AscWaitForBuildProcessing(Fast(new AscWaitForBuildSettings { App = App, VersionString = upload.ShortVersion, BuildNumber = upload.BuildNumber }, retries));
        context.AscAddTesters(App, "testers.csv", Fast(new AscAddTestersSettings(), retries).ToGroups("Internal QA"));
        context.AscDistributeBuild(build.Id, Groups, Beta(Fast(new AscDistributeBuildSettings { SubmitForBetaReview = false }, retries)).WithWhatToTest("Sign-in and offline mode."));
        context.AscSubmitForBetaReview(build.Id, Beta(Fast(new AscSubmitForBetaReviewSettings(), retries)));

        // As the recipe does: once this build is in review, there is nothing left to prepare or submit.
        var current = context.AscGetAppStoreVersionState(App, Fast(new AscAppStoreVersionStateSettings(), retries).ForVersion("1.0"));
        if (!current.Version.IsEditable && current.Version.BuildId == build.Id)
        {
            return;
        }

        context.AscPrepareAppStoreVersion(App, "1.0", Fast(new AscPrepareAppStoreVersionSettings { BuildId = build.Id }, retries)
            .WithReleaseNotes("en-US", "Faster sign-in and offline mode.")
            .SetUsesNonExemptEncryption(false)
            .SetContainsThirdPartyContent(false));
        context.AscSubmitForReview(App, Fast(new AscSubmitForReviewSettings { VersionString = "1.0" }, retries));
    }

    /// <summary>Four rules, before and after, each failing its share so that together they fail <paramref name="rate"/>.</summary>
    private static object[] RandomFaults(double rate, int seed)
    {
        var each = 1 - Math.Pow(1 - rate, 1.0 / 4);
        return
        [
            new { path = "/v1/*", when = "before", status = 503, rate = each, seed },
            new { path = "/v1/*", when = "before", drop = true, rate = each, seed = seed + 1 },
            new { path = "/v1/*", when = "after", status = 500, rate = each, seed = seed + 2 },
            new { path = "/v1/*", when = "after", drop = true, rate = each, seed = seed + 3 },
        ];
    }

    private static TSettings Fast<TSettings>(TSettings settings, int retries)
        where TSettings : AscSettings
    {
        settings.MaxRetries = retries;
        settings.RetryDelay = TimeSpan.FromMilliseconds(5);
        if (settings is IAscWaitSettings wait)
        {
            wait.PollInterval = TimeSpan.FromMilliseconds(20);
            wait.MaxPollInterval = TimeSpan.FromMilliseconds(100);
        }

        return settings;
    }

    private static TSettings Beta<TSettings>(TSettings settings)
        where TSettings : AscBetaBuildSettings
    {
        settings.ContactFirstName = "Probe";
        settings.ContactLastName = "Engineer";
        settings.ContactEmail = "release@example.com";
        settings.ContactPhone = "+1 555 0100";
        settings.BetaReviewPollInterval = TimeSpan.FromMilliseconds(20);
        return settings;
    }

    private static IEnumerable<JsonNode> Of(JsonObject state, string type) => state[type]?.AsArray().Select(n => n!) ?? [];

    private static string? Text(JsonNode? node, string name) => name.Length == 0 ? node?.ToString() : node?[name]?.ToString();
}
