using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Emulator;
using Cake.AppStoreConnect.Emulator.Hosting;
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
    public void Should_Read_The_Switch() =>
        Assert.That(CommandLine.Parse(["--seed-file", "account.json", "--seed", "demo"]).SeedFile, Is.EqualTo("account.json"));
}
