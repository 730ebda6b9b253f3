using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.TestFlight;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.TestFlight;

public sealed class DistributionServiceTests
{
    private EmulatorFixture _f = null!;
    private TemporaryDirectory _dir = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _f = await EmulatorFixture.StartAsync(o => o.WithContractCheck(required: false).WithBetaReviewTime(TimeSpan.FromMilliseconds(300)));
        _dir = new TemporaryDirectory();
    }

    [TearDown]
    public async Task StopAsync()
    {
        _dir.Dispose();
        await _f.DisposeAsync();
    }

    private async Task<string> UploadAsync(string version, string build, bool? encryption = null)
    {
        var ipa = new SampleIpaBuilder(EmulatorFixture.Sample, version, build).WriteTo(_dir.File($"Sample-{build}.ipa"));
        var result = await new BuildUploadService(_f.Client).UploadAsync(ipa, new AscUploadBuildSettings { PollInterval = TimeSpan.FromMilliseconds(50), UsesNonExemptEncryption = encryption });
        return result.BuildId!;
    }

    private static AscDistributeBuildSettings External(string buildId) => new AscDistributeBuildSettings { BuildId = buildId }
        .ToGroups("Internal QA", "Public Beta")
        .SetUsesNonExemptEncryption(false)
        .WithWhatToTest("Try the new sign-up flow.")
        .WithWhatToTest("Neue Anmeldung ausprobieren.", "de-DE")
        .WithBetaReviewContact("Ada", "Lovelace", "beta@example.com", "+1 555 0100")
        .WithDemoAccount("review", "s3cret-demo")
        .SetNotifyTesters()
        .SetWaitForBetaReview(true, TimeSpan.FromSeconds(30));

    [Test]
    public async Task Should_Distribute_An_Uploaded_Build_End_To_End_And_Change_Nothing_The_Second_Time()
    {
        // Given an uploaded build
        var buildId = await UploadAsync("2.0", "7");
        var settings = External(buildId);
        settings.BetaReviewPollInterval = TimeSpan.FromMilliseconds(100);
        var service = new DistributionService(_f.Client);

        // When distributed twice
        var first = await service.DistributeAsync(settings);
        await _f.ClearRequestsAsync();
        var second = await service.DistributeAsync(settings);

        // Then the first run did everything, the second nothing
        Assert.Multiple(async () =>
        {
            Assert.That(first.GroupsAdded, Is.EquivalentTo(new[] { "Internal QA", "Public Beta" }));
            Assert.That(first.BetaReview?.BetaReviewState, Is.EqualTo(AscBetaReviewState.Approved));
            Assert.That(first.Notified, Is.True);
            Assert.That(first.Build.UsesNonExemptEncryption, Is.False);
            Assert.That(second.NothingChanged, Is.True, () => string.Join("\n", second.Changes));
            Assert.That(second.GroupsAlreadyHadBuild, Has.Count.EqualTo(2));
            Assert.That(await _f.ChangesAsync(), Is.Empty);
            var localizations = await _f.StateAsync("betaBuildLocalizations");
            Assert.That(localizations.Select(l => l!["locale"]!.GetValue<string>()), Is.EquivalentTo(new[] { "en-US", "de-DE" }));
            Assert.That(await _f.StateAsync("betaAppReviewSubmissions"), Has.Count.EqualTo(1));
            Assert.That((await _f.GroupAsync(EmulatorFixture.SampleAppId, "Public Beta"))["buildIds"]!.AsArray().Select(b => b!.GetValue<string>()), Does.Contain(buildId));
            var detail = (await _f.StateAsync("betaAppReviewDetails")).Single(d => d!["appId"]!.GetValue<string>() == EmulatorFixture.SampleAppId)!;
            Assert.That(detail["contactEmail"]!.GetValue<string>(), Is.EqualTo("beta@example.com"));
            Assert.That(_f.Log.AllText, Does.Not.Contain("s3cret-demo"), "the demo password is never logged");
        });
    }

    [Test]
    public async Task Should_Update_Changed_Notes_Only()
    {
        var buildId = await UploadAsync("2.0", "8", encryption: false);
        var service = new DistributionService(_f.Client);
        await service.DistributeAsync(new AscDistributeBuildSettings { BuildId = buildId }.ToGroups("Internal QA").WithWhatToTest("One").WithWhatToTest("Eins", "de-DE"));
        await _f.ClearRequestsAsync();

        var result = await service.DistributeAsync(new AscDistributeBuildSettings { BuildId = buildId }.ToGroups("Internal QA").WithWhatToTest("Two").WithWhatToTest("Eins", "de-DE"));

        Assert.That(result.Changes, Is.EqualTo(new[] { "update 'What to Test' (en-US)" }));
        Assert.That((await _f.ChangesAsync()).Select(c => c.Method), Is.EqualTo(new[] { "PATCH" }));
    }

    [Test]
    public async Task Should_Fail_Clearly_When_Export_Compliance_Is_Missing_For_External_Testing()
    {
        var buildId = await UploadAsync("2.0", "9");
        await _f.ClearRequestsAsync();

        var ex = Assert.ThrowsAsync<AscTestFlightException>(() => new DistributionService(_f.Client).DistributeAsync(new AscDistributeBuildSettings { BuildId = buildId }.ToGroups("Public Beta").WithWhatToTest("x")));

        Assert.That(ex!.Message, Does.Contain("missing export compliance").And.Contain("UsesNonExemptEncryption"));
        Assert.That(await _f.ChangesAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Turn_Apples_422_On_A_Submission_Into_A_Clear_Message()
    {
        var buildId = await UploadAsync("2.0", "10");

        var (status, body) = await _f.SendAsync(HttpMethod.Post, "/v1/betaAppReviewSubmissions", new { data = new { type = "betaAppReviewSubmissions", relationships = new { build = new { data = new { type = "builds", id = buildId } } } } });

        Assert.That((int)status, Is.EqualTo(422));
        Assert.That(body!["errors"]![0]!["detail"]!.GetValue<string>(), Is.EqualTo("The build is missing export compliance."));
    }

    [Test]
    public async Task Should_Refuse_Notes_Over_4000_Characters_Before_Any_Request()
    {
        var ex = Assert.ThrowsAsync<ArgumentException>(() => new DistributionService(_f.Client).DistributeAsync(new AscDistributeBuildSettings { BuildId = "any" }.WithWhatToTest(new string('x', 4001), "fr-FR")));

        Assert.That(ex!.Message, Does.Contain("4001").And.Contain("fr-FR"));
        Assert.That(await _f.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Refuse_An_Unknown_Group_Before_Any_Change()
    {
        var buildId = await UploadAsync("2.0", "11", encryption: false);
        await _f.ClearRequestsAsync();

        var ex = Assert.ThrowsAsync<ArgumentException>(() => new DistributionService(_f.Client).DistributeAsync(new AscDistributeBuildSettings { BuildId = buildId }.ToGroups("Nope").WithWhatToTest("x")));

        Assert.That(ex!.Message, Does.Contain("'Nope'"));
        Assert.That(await _f.ChangesAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Find_The_Latest_Build_And_Only_Plan_In_A_Dry_Run()
    {
        await UploadAsync("3.0", "1", encryption: false);
        var latest = await UploadAsync("3.0", "2", encryption: false);
        await _f.ClearRequestsAsync();

        var result = await new DistributionService(_f.Client).DistributeAsync(new AscDistributeBuildSettings { DryRun = true }.ForLatestBuild(EmulatorFixture.Sample).ToGroups("Public Beta").WithWhatToTest("x").SetExpirePreviousBuilds());

        Assert.That(result.BuildId, Is.EqualTo(latest));
        Assert.That(result.DryRun, Is.True);
        Assert.That(result.Changes, Has.Some.StartsWith("submit the build").And.Some.StartsWith("expire 1 earlier build"));
        Assert.That(await _f.ChangesAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Submit_Once_When_The_Answer_Is_Lost_And_Expire_Earlier_Builds()
    {
        var earlier = await UploadAsync("4.0", "1", encryption: false);
        var buildId = await UploadAsync("4.0", "2", encryption: false);
        await _f.FaultAsync(new { method = "POST", path = "/v1/betaAppReviewSubmissions", when = "after", status = 503, count = 1, drop = false });
        await _f.FaultAsync(new { method = "POST", path = "/v1/betaBuildLocalizations", when = "after", status = 503, count = 1, drop = true });

        var result = await new DistributionService(_f.Client).DistributeAsync(new AscDistributeBuildSettings { BuildId = buildId }.ToGroups("Public Beta").WithWhatToTest("x").SetExpirePreviousBuilds());

        Assert.That(await _f.StateAsync("betaAppReviewSubmissions"), Has.Count.EqualTo(1));
        Assert.That(await _f.StateAsync("betaBuildLocalizations"), Has.Count.EqualTo(1));
        Assert.That(result.ExpiredBuilds.Select(b => b.Id), Is.EqualTo(new[] { earlier }));
    }

    [Test]
    public async Task Should_Create_A_Group_Once_And_Return_It_When_Asked_Again()
    {
        var service = new BetaGroupService(_f.Client);
        await _f.FaultAsync(new { method = "POST", path = "/v1/betaGroups", when = "after", status = 503, count = 1, drop = false });

        var created = await service.CreateAsync(EmulatorFixture.Sample, "Friends", new AscCreateBetaGroupSettings().WithPublicLink(50));
        var again = await service.CreateAsync(EmulatorFixture.Sample, "Friends", new AscCreateBetaGroupSettings());
        var existing = await service.CreateAsync(EmulatorFixture.Sample, "Public Beta", new AscCreateBetaGroupSettings());
        var groups = await service.GetAsync(EmulatorFixture.Sample, new AscGetBetaGroupsSettings { IsInternal = false });

        Assert.That(again.Id, Is.EqualTo(created.Id));
        Assert.That(created.PublicLinkLimit, Is.EqualTo(50));
        Assert.That(existing.PublicLinkEnabled, Is.True);
        Assert.That(groups.Select(g => g.Name), Is.EquivalentTo(new[] { "Public Beta", "Friends" }));
        Assert.That((await _f.StateAsync("betaGroups")).Count(g => g!["name"]!.GetValue<string>() == "Friends"), Is.EqualTo(1));
    }
}
