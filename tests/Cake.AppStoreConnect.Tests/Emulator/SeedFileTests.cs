using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Emulator;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Tests.AppStore;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary><c>--seed-file</c>: the user's own apps, versions, builds, groups and testers (issue 17).</summary>
public sealed class SeedFileTests
{
    public const string Rocket = "com.acme.rocket";

    public const string Seed = """
        {
          "apps": [
            {
              "bundleId": "com.acme.rocket",
              "name": "Rocket",
              "platforms": ["IOS"],
              "primaryLocale": "en-GB",
              "versions": [
                { "versionString": "2.3", "state": "READY_FOR_DISTRIBUTION",
                  "localizations": [ { "locale": "en-GB", "description": "Rockets.", "whatsNew": "Faster." } ] },
                { "versionString": "2.4", "localizations": [ { "locale": "en-GB", "description": "Rockets." } ] }
              ],
              "builds": [ { "version": "2.3", "buildNumber": "44", "usesNonExemptEncryption": false } ],
              "betaGroups": [
                { "name": "QA", "internal": true, "testers": [ { "email": "ann@acme.test", "firstName": "Ann", "state": "ACCEPTED" } ] },
                { "name": "Friends", "publicLinkEnabled": true,
                  "testers": [ { "email": "ann@acme.test" }, { "email": "bob@acme.test", "lastName": "Bobson" } ] }
              ]
            }
          ]
        }
        """;

    [Test]
    public async Task Should_Run_A_Script_With_The_Users_Bundle_Id_Unchanged()
    {
        // Given an emulator seeded with the user's account only
        using var directory = new TemporaryDirectory();
        var seed = directory.File("account.json");
        await File.WriteAllTextAsync(seed, Seed);
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false).Configure(o => (o.Seed, o.SeedFile) = (null, seed)));
        var (context, _) = emulator.CakeContext();

        // When the user's script reads and releases its app
        var latest = context.AscGetLatestBuildNumber(Rocket);
        var groups = context.AscGetBetaGroups(Rocket);
        var testers = context.AscGetTesters(Rocket);
        var live = context.AscGetAppStoreVersionState(Rocket, s => s.ForVersion("2.3"));
        await emulator.UploadBuildAsync(Rocket, "2.4", "45");
        var prepared = context.AscPrepareAppStoreVersion(Rocket, "2.4", s => s.WithReleaseNotes("en-GB", "Even faster.").SetContainsThirdPartyContent(false));
        var submitted = context.AscSubmitForReview(Rocket);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(latest, Is.EqualTo("44"));
            Assert.That(groups.Select(g => g.Name), Is.EquivalentTo(new[] { "QA", "Friends" }));
            Assert.That(testers.Select(t => t.Email), Is.EquivalentTo(new[] { "ann@acme.test", "bob@acme.test" }), "one tester per email address");
            Assert.That(live.Version.State, Is.EqualTo(AscAppVersionState.ReadyForDistribution));
            Assert.That(prepared.Build!.BuildNumber, Is.EqualTo("45"));
            Assert.That(submitted.Submission!.IsSubmitted, Is.True);
        });
        var apps = await emulator.StateAsync("apps");
        Assert.That(apps.Select(a => a!["bundleId"]!.GetValue<string>()), Is.EqualTo(new[] { Rocket }), "no demo app without --seed demo");
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Give_Groups_Their_Builds_Named_By_Build_Number()
    {
        // Given a seed whose groups have builds: by build number alone, and with the version where the number is used twice
        using var directory = new TemporaryDirectory();
        var seed = directory.File("account.json");
        await File.WriteAllTextAsync(seed, """
            { "apps": [ { "bundleId": "com.acme.rocket", "name": "Rocket",
                "versions": [ { "versionString": "2.5", "buildNumber": "1" } ],
                "builds": [ { "version": "2.3", "buildNumber": "44", "usesNonExemptEncryption": false }, { "version": "2.4", "buildNumber": "1" }, { "version": "2.5", "buildNumber": "1" } ],
                "betaGroups": [
                  { "name": "QA", "internal": true, "builds": [ { "buildNumber": "44" }, { "version": "2.5", "buildNumber": "1" } ] },
                  { "name": "Friends", "builds": [ { "buildNumber": "44" } ] },
                  { "name": "Empty" } ] } ] }
            """);

        // When
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false).Configure(o => (o.Seed, o.SeedFile) = (null, seed)));

        // Then
        var app = (await emulator.StateAsync("apps"))[0]!["id"]!.GetValue<string>();
        var groups = (await emulator.GetOkAsync($"/v1/apps/{app}/betaGroups"))["data"]!.AsArray().ToDictionary(g => g!["attributes"]!["name"]!.GetValue<string>(), g => g!["id"]!.GetValue<string>());
        var all = await emulator.GetOkAsync($"/v1/builds?filter[app]={app}&include=preReleaseVersion");
        var versions = all["included"]!.AsArray().ToDictionary(v => v!["id"]!.GetValue<string>(), v => v!["attributes"]!["version"]!.GetValue<string>());
        var names = all["data"]!.AsArray().ToDictionary(
            b => b!["id"]!.GetValue<string>(),
            b => $"{versions[b!["relationships"]!["preReleaseVersion"]!["data"]!["id"]!.GetValue<string>()]} ({b["attributes"]!["version"]})");
        async Task<List<string>> BuildsOf(string group) =>
            [.. (await emulator.GetOkAsync($"/v1/betaGroups/{groups[group]}/builds"))["data"]!.AsArray().Select(b => names[b!["id"]!.GetValue<string>()])];
        Assert.That(await BuildsOf("QA"), Is.EquivalentTo(new[] { "2.3 (44)", "2.5 (1)" }), "the version told which build 1");
        Assert.That(await BuildsOf("Friends"), Is.EqualTo(new[] { "2.3 (44)" }));
        Assert.That(await BuildsOf("Empty"), Is.Empty);
        var version = (await emulator.GetOkAsync($"/v1/apps/{app}/appStoreVersions?include=build"))["data"]![0]!;
        Assert.That(names[version["relationships"]!["build"]!["data"]!["id"]!.GetValue<string>()], Is.EqualTo("2.5 (1)"), "the version's build");
        var build44 = (await emulator.GetOkAsync($"/v1/betaGroups/{groups["Friends"]}/builds"))["data"]![0]!["id"]!.GetValue<string>();
        var detail = await emulator.GetOkAsync($"/v1/builds/{build44}/buildBetaDetail");
        Assert.That(detail["data"]!["attributes"]!["internalBuildState"]!.GetValue<string>(), Is.EqualTo("IN_BETA_TESTING"));
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Give_The_Same_Ids_Every_Run_And_Add_To_The_Demo_Seed()
    {
        // Given
        using var directory = new TemporaryDirectory();
        var seed = directory.File("account.json");
        await File.WriteAllTextAsync(seed, Seed);

        // When
        string firstId;
        await using (var first = await EmulatorFixture.StartAsync(f => f.Configure(o => (o.Seed, o.SeedFile) = (null, seed))))
        {
            firstId = (await first.StateAsync("apps"))[0]!["id"]!.GetValue<string>();
        }

        await using var both = await EmulatorFixture.StartAsync(f => f.Configure(o => o.SeedFile = seed));

        // Then
        var apps = await both.StateAsync("apps");
        Assert.That(apps.Select(a => a!["bundleId"]!.GetValue<string>()), Is.EquivalentTo(new[] { EmulatorFixture.VeryCapableApp, EmulatorFixture.Sample, EmulatorFixture.Rehearsal, Rocket }));
        Assert.That(apps.Single(a => a!["bundleId"]!.GetValue<string>() == Rocket)!["id"]!.GetValue<string>(), Is.EqualTo(firstId).And.Match("^[0-9]{10}$"));
    }

    [TestCase("""{"apps": [{"name": "A"}]}""", "at $.apps[0]", "bundleId")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "platform": "IOS"}]}""", "at $.apps[0].platform", "could not be mapped")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "platforms": ["IPHONE"]}]}""", "at $.apps[0].platforms[0]", "use one of IOS, MAC_OS")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "versions": [{"versionString": "1", "state": "SUBMITTED"}]}]}""", "at $.apps[0].versions[0].state", "use one of PREPARE_FOR_SUBMISSION")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "versions": [{"versionString": "1"}, {"versionString": "2"}]}]}""", "at $.apps[0].versions[1].state", "already has a version on its way for IOS (PREPARE_FOR_SUBMISSION)")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "versions": [{"versionString": "1", "state": "WAITING_FOR_REVIEW"}, {"versionString": "2"}]}]}""", "at $.apps[0].versions[1].state", "already has a version on its way for IOS (WAITING_FOR_REVIEW)")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A"}, {"bundleId": "a.b", "name": "B"}]}""", "at $.apps[1].bundleId", "listed twice")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "id": "abc"}]}""", "at $.apps[0].id", "digits only")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "betaGroups": [{"name": "G", "testers": [{"email": "nobody"}]}]}]}""", "at $.apps[0].betaGroups[0].testers[0].email", "not an email address")]
    [TestCase("""{"apps": [{"bundleId": "org.fastlane.very-capable-app", "name": "A"}]}""", "at $.apps[0].bundleId", "drop --seed demo or this app")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "builds": [{"version": "1.0", "buildNumber": "3"}], "betaGroups": [{"name": "G", "builds": [{"buildNumber": "4"}]}]}]}""", "at $.apps[0].betaGroups[0].builds[0]", "the app has no build (4) in $.apps[0].builds; list the build there too")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "builds": [{"version": "1.0", "buildNumber": "3"}, {"version": "1.1", "buildNumber": "3"}], "betaGroups": [{"name": "G", "builds": [{"buildNumber": "3"}]}]}]}""", "at $.apps[0].betaGroups[0].builds[0]", "names 2 of the app's builds (1.0 (3) IOS, 1.1 (3) IOS); give \"version\"")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "builds": [{"version": "1.0", "buildNumber": "3"}], "betaGroups": [{"name": "G", "builds": [{"buildNumber": "3"}, {"version": "1.0", "buildNumber": "3"}]}]}]}""", "at $.apps[0].betaGroups[0].builds[1]", "listed twice in group 'G'")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "betaGroups": [{"name": "G", "builds": [{"version": "1.0"}]}]}]}""", "at $.apps[0].betaGroups[0].builds[0]", "buildNumber")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "versions": [{"versionString": "1.1", "buildNumber": "3"}], "builds": [{"version": "1.0", "buildNumber": "3"}]}]}""", "at $.apps[0].versions[0].buildNumber", "the app has no IOS build 1.1 (3) in $.apps[0].builds")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "versions": [{"versionString": "1", "state": "WAITING_FOR_REVIEW"}], "reviewSubmissions": [{"state": "IN_REVIEW", "items": [{"versionString": "1"}]}]}]}""", "at $.apps[0].reviewSubmissions[0].items[0]", "a IN_REVIEW submission holds versions in that state, and IOS 1 is WAITING_FOR_REVIEW")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "versions": [{"versionString": "1", "state": "IN_REVIEW"}], "reviewSubmissions": [{"items": [{"versionString": "1"}]}]}]}""", "at $.apps[0].reviewSubmissions[0].items[0]", "IOS 1 is IN_REVIEW, which a READY_FOR_REVIEW submission cannot hold; give the submission IN_REVIEW too")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "versions": [{"versionString": "1"}], "reviewSubmissions": [{"items": [{"versionString": "1.0"}]}]}]}""", "at $.apps[0].reviewSubmissions[0].items[0].versionString", "the app has no IOS version '1.0' in $.apps[0].versions")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "reviewSubmissions": [{"state": "WAITING_FOR_REVIEW"}, {"state": "READY_FOR_REVIEW"}]}]}""", "at $.apps[0].reviewSubmissions[1].state", "already has an open IOS submission at $.apps[0].reviewSubmissions[0]")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "reviewSubmissions": [{"state": "SUBMITTED"}]}]}""", "at $.apps[0].reviewSubmissions[0].state", "is not one of READY_FOR_REVIEW")]
    [TestCase("""{"apps": [{"bundleId": "a.b", "name": "A", "versions": [{"versionString": "1"}], "reviewSubmissions": [{"items": [{"versionString": "1"}]}, {"state": "COMPLETE", "items": [{"versionString": "1", "state": "GONE"}]}]}]}""", "at $.apps[0].reviewSubmissions[1].items[0].state", "is not one of READY_FOR_REVIEW, ACCEPTED")]
    [TestCase("""{"apps": [], "certificates": [{"certificateType": "DEVELOPER_ID", "publicKey": "x"}]}""", "at $.certificates[0].certificateType", "is not one of APPLE_PAY")]
    [TestCase("""{"apps": [], "certificates": [{"certificateType": "DEVELOPER_ID_APPLICATION", "publicKey": "not a key"}]}""", "at $.certificates[0].publicKey", "not an RSA public key; give it as PEM")]
    [TestCase("""{"apps": [], "certificates": [{"certificateType": "DEVELOPER_ID_APPLICATION"}]}""", "at $.certificates[0]", "publicKey")]
    [TestCase("""{"apps": [""", "at $", "The emulator README")]
    public async Task Should_Refuse_A_Seed_File_Naming_The_Path_And_The_Fix(string content, string where, string fix)
    {
        // Given
        using var directory = new TemporaryDirectory();
        var seed = directory.File("account.json");
        var state = directory.File("state.json");
        await File.WriteAllTextAsync(seed, content);

        // When
        var start = async () => await EmulatorHost.StartAsync(new EmulatorOptions { Seed = "demo", SeedFile = seed, StateFile = state });

        // Then: refused before anything changed, so a fixed file is applied by the next start
        Assert.That(start, Throws.TypeOf<InvalidDataException>().With.Message.Contains(seed).And.Message.Contains(where).And.Message.Contains(fix));
        Assert.That(File.Exists(state), Is.False);
    }

    [Test]
    public async Task Should_Let_A_Version_Seeded_In_Review_Be_Withdrawn_As_At_Apple()
    {
        // Given a version waiting for review, seeded without its review submission
        using var directory = new TemporaryDirectory();
        var seed = directory.File("account.json");
        await File.WriteAllTextAsync(seed, """
            { "apps": [ { "bundleId": "com.acme.rocket", "name": "Rocket", "contentRightsDeclaration": "DOES_NOT_USE_THIRD_PARTY_CONTENT",
                "versions": [ { "versionString": "2.4", "state": "WAITING_FOR_REVIEW", "buildNumber": "45" } ],
                "builds": [ { "version": "2.4", "buildNumber": "45", "usesNonExemptEncryption": false } ] } ] }
            """);
        await using var emulator = await AppStoreSteps.StartOnReviewClockAsync(f => f.WithContractCheck(required: false).Configure(o => (o.Seed, o.SeedFile) = (null, seed)));
        var (context, _) = emulator.CakeContext();
        var app = (await emulator.StateAsync("apps"))[0]!["id"]!.GetValue<string>();
        var submission = (await emulator.GetOkAsync($"/v1/apps/{app}/reviewSubmissions"))["data"]!.AsArray().Single()!;
        Assert.That(submission["attributes"]!["state"]!.GetValue<string>(), Is.EqualTo("WAITING_FOR_REVIEW"), "the submission Apple shows for a version in review");

        // When the user's script withdraws it, edits it and, once the cancel is complete, submits it again
        var canceled = context.AscCancelReviewSubmission(Rocket);
        var withdrawn = context.AscGetAppStoreVersionState(Rocket);
        var again = context.AscCancelReviewSubmission(Rocket);
        context.AscPrepareAppStoreVersion(Rocket, "2.4", s => s.WithCopyright("2026 Acme"));
        emulator.Clock!.Advance(emulator.ReviewTime);
        var resubmitted = context.AscSubmitForReview(Rocket);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(canceled.Resource!.Select(c => c.Id), Is.EqualTo(new[] { submission["id"]!.GetValue<string>() }));
            Assert.That(withdrawn.Version.State, Is.EqualTo(AscAppVersionState.DeveloperRejected), "editable again, as at Apple");
            Assert.That(again.Changes, Is.Empty, "nothing left to cancel");
            Assert.That(resubmitted.Submission!.IsSubmitted, Is.True);
        });
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Hold_Past_Submissions_And_Submit_One_Seeded_Ready_For_Review()
    {
        // Given a past submission and an open one ready for review, holding the version being prepared
        using var directory = new TemporaryDirectory();
        var seed = directory.File("account.json");
        await File.WriteAllTextAsync(seed, """
            { "apps": [ { "bundleId": "com.acme.rocket", "name": "Rocket", "contentRightsDeclaration": "DOES_NOT_USE_THIRD_PARTY_CONTENT",
                "versions": [ { "versionString": "2.3", "state": "READY_FOR_DISTRIBUTION" },
                              { "versionString": "2.4", "state": "READY_FOR_REVIEW", "buildNumber": "45" } ],
                "builds": [ { "version": "2.4", "buildNumber": "45", "usesNonExemptEncryption": false } ],
                "reviewSubmissions": [
                  { "id": "past-1", "state": "COMPLETE", "submittedDate": "2026-01-02T09:00:00Z", "items": [ { "versionString": "2.3", "state": "APPROVED" } ] },
                  { "id": "open-1", "items": [ { "versionString": "2.4" } ] } ] } ] }
            """);
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false).Configure(o => (o.Seed, o.SeedFile) = (null, seed)));
        var (context, _) = emulator.CakeContext();

        // When
        var past = await emulator.GetOkAsync("/v1/reviewSubmissions/past-1/items");
        var submitted = context.AscSubmitForReview(Rocket);

        // Then the past one is shown as Apple showed it, and the open one is reused and submitted
        Assert.Multiple(async () =>
        {
            Assert.That(past["data"]![0]!["attributes"]!["state"]!.GetValue<string>(), Is.EqualTo("APPROVED"));
            Assert.That((await emulator.GetOkAsync("/v1/reviewSubmissions/past-1"))["data"]!["attributes"]!["state"]!.GetValue<string>(), Is.EqualTo("COMPLETE"));
            Assert.That(submitted.Submission!.Id, Is.EqualTo("open-1"));
            Assert.That(submitted.Submission.IsSubmitted, Is.True);
            Assert.That(context.AscGetAppStoreVersionState(Rocket, s => s.ForVersion("2.4")).Version.State, Is.EqualTo(AscAppVersionState.WaitingForReview));
        });
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Release_A_Held_Pending_Apple_Release_Without_A_Date_One_Review_Time_After_Seeding()
    {
        // Given
        using var directory = new TemporaryDirectory();
        var seed = directory.File("account.json");
        await File.WriteAllTextAsync(seed, """
            { "apps": [ { "bundleId": "com.acme.rocket", "name": "Rocket",
                "versions": [ { "versionString": "2.4", "state": "PENDING_APPLE_RELEASE", "releaseType": "SCHEDULED" },
                              { "versionString": "2.3", "state": "READY_FOR_DISTRIBUTION" } ] } ] }
            """);
        await using var emulator = await AppStoreSteps.StartOnReviewClockAsync(f => f.Configure(o => (o.Seed, o.SeedFile) = (null, seed)));

        // When
        var held = await emulator.VersionStateAsync(Rocket, "2.4");
        emulator.Clock!.Advance(emulator.ReviewTime + TimeSpan.FromSeconds(1));
        var later = await emulator.VersionStateAsync(Rocket, "2.4");

        // Then
        Assert.That(held.Version.State, Is.EqualTo(AscAppVersionState.PendingAppleRelease));
        Assert.That(later.Version.State, Is.EqualTo(AscAppVersionState.ReadyForDistribution), "Apple releases it on its own");
    }

    [Test]
    public void Should_Read_The_Switch() =>
        Assert.That(CommandLine.Parse(["--seed-file", "account.json", "--seed", "demo"]).SeedFile, Is.EqualTo("account.json"));
}
