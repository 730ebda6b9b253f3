using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Core;
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
        var reviewResultLines = _f.Log.Lines.Count(l => l.Text.StartsWith("Beta app review", StringComparison.Ordinal) && l.Text.Contains("approved", StringComparison.OrdinalIgnoreCase));
        await _f.ClearRequestsAsync();
        var second = await service.DistributeAsync(settings);

        // Then the first run did everything, the second nothing
        Assert.Multiple(async () =>
        {
            Assert.That(first.GroupsAdded, Is.EquivalentTo(new[] { "Internal QA", "Public Beta" }));
            Assert.That(first.BetaReview?.BetaReviewState, Is.EqualTo(AscBetaReviewState.Approved));
            Assert.That(reviewResultLines, Is.EqualTo(1), "the beta review's result is logged once");
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
    public async Task Should_Explain_Apples_Refusal_Of_A_Build_Without_Export_Compliance_By_Its_Code_And_State()
    {
        // Given a build without an answer, sent to beta review past the local check (as a race would)
        var buildId = await UploadAsync("2.0", "12");
        var build = (await _f.Client.Builds.FindAsync(buildId))!;
        var plan = new ChangePlan(_f.Client.Connection.Log, dryRun: false);

        // When
        var ex = Assert.ThrowsAsync<AscExportComplianceMissingException>(() => new BetaReviewSteps(_f.Client, TimeProvider.System).SubmitAsync(plan, build, new AscSubmitForBetaReviewSettings(), CancellationToken.None));

        // Then Apple's answer is kept, in the API branch, with what to do
        Assert.That(ex, Is.InstanceOf<Cake.AppStoreConnect.Client.Errors.AscInvalidRequestException>());
        Assert.That(ex!.HasErrorCode("ENTITY_ERROR"), Is.True);
        Assert.That(ex.BuildId, Is.EqualTo(buildId));
        Assert.That(ex.Message, Does.Contain("UsesNonExemptEncryption"));
        Assert.That(await _f.StateAsync("betaAppReviewSubmissions"), Is.Empty);
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

        var created = (await service.CreateAsync(EmulatorFixture.Sample, "Friends", new AscCreateBetaGroupSettings().WithPublicLink(50))).Resource!;
        var again = (await service.CreateAsync(EmulatorFixture.Sample, "Friends", new AscCreateBetaGroupSettings())).Resource!;
        var existing = (await service.CreateAsync(EmulatorFixture.Sample, "Public Beta", new AscCreateBetaGroupSettings())).Resource!;
        var groups = await service.GetAsync(EmulatorFixture.Sample, new AscGetBetaGroupsSettings { IsInternal = false });

        Assert.That(again.Id, Is.EqualTo(created.Id));
        Assert.That(created.PublicLinkLimit, Is.EqualTo(50));
        Assert.That(existing.PublicLinkEnabled, Is.True);
        Assert.That(groups.Select(g => g.Name), Is.EquivalentTo(new[] { "Public Beta", "Friends" }));
        Assert.That((await _f.StateAsync("betaGroups")).Count(g => g!["name"]!.GetValue<string>() == "Friends"), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_Accept_A_Lower_Case_Platform_On_Every_Build_Path()
    {
        // Given a build uploaded for "ios"
        var ipa = new SampleIpaBuilder(EmulatorFixture.Sample, "6.0", "3").WriteTo(_dir.File("Sample-6.0-3.ipa"));
        var uploaded = await new BuildUploadService(_f.Client).UploadAsync(ipa, new AscUploadBuildSettings { Platform = "ios", PollInterval = TimeSpan.FromMilliseconds(50), UsesNonExemptEncryption = false });
        var builds = new BuildQueryService(_f.Client);

        // When every other build path is given "ios" too
        var latest = await builds.GetLatestBuildNumberAsync(EmulatorFixture.Sample, new AscBuildQuerySettings { VersionString = "6.0", Platform = "ios" });
        var waited = await builds.WaitAsync(new AscWaitForBuildSettings { App = EmulatorFixture.Sample, VersionString = "6.0", BuildNumber = "3", Platform = "ios" });
        var distributed = await new DistributionService(_f.Client).DistributeAsync(new AscDistributeBuildSettings { App = EmulatorFixture.Sample, VersionString = "6.0", BuildNumber = "3", Platform = "ios" }.ToGroups("Internal QA"));

        // Then
        Assert.That(uploaded.Platform, Is.EqualTo("IOS"));
        Assert.That(latest, Is.EqualTo("3"));
        Assert.That(waited.Id, Is.EqualTo(uploaded.BuildId));
        Assert.That(distributed.BuildId, Is.EqualTo(uploaded.BuildId));
    }

    [Test]
    public async Task Should_Wait_For_Beta_Review_Through_The_Poller_And_Slow_Down_When_The_Budget_Runs_Low()
    {
        // Given a build already submitted to a ten-minute beta review, on a clock only the waits move,
        // and a key with less than a tenth of its hourly budget left
        var clock = new ManualClock();
        await using var f = await EmulatorFixture.StartAsync(o => o.WithContractCheck(required: false).WithBetaReviewTime(TimeSpan.FromMinutes(10)).WithClock(clock).Configure(e => e.RateLimitPerHour = 200));
        var time = new VirtualTime(clock);
        var ipa = new SampleIpaBuilder(EmulatorFixture.Sample, "5.0", "1").WriteTo(_dir.File("Sample-5.0-1.ipa"));
        var buildId = (await new BuildUploadService(f.Client).UploadAsync(ipa, new AscUploadBuildSettings { PollInterval = TimeSpan.FromMilliseconds(50), UsesNonExemptEncryption = false })).BuildId!;
        await new DistributionService(f.Client, time).DistributeAsync(new AscDistributeBuildSettings { BuildId = buildId }.ToGroups("Public Beta").WithWhatToTest("x"));
        while (f.Client.Connection.LastRateLimit!.HourRemaining > 15)
        {
            await f.Client.Apps.FindByIdAsync(EmulatorFixture.SampleAppId);
        }

        // When
        var result = await new DistributionService(f.Client, time).SubmitForBetaReviewAsync(new AscSubmitForBetaReviewSettings { BuildId = buildId, WaitForBetaReview = true, BetaReviewPollInterval = TimeSpan.FromMinutes(1) });

        // Then it polled at four times the interval, and the poller reported the state once
        Assert.That(result.BetaReview!.BetaReviewState, Is.EqualTo(AscBetaReviewState.Approved));
        Assert.That(time.Waits, Is.Not.Empty.And.All.EqualTo(TimeSpan.FromMinutes(4)));
        Assert.That(f.Log.Lines.Count(l => l.Text.StartsWith("Waiting for beta app review of build", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    /// <summary>A clock that moves only when something waits on it: each wait advances it and ends at once.</summary>
    private sealed class VirtualTime(ManualClock clock) : TimeProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<TimeSpan> Waits { get; } = new();

        public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Waits.Enqueue(dueTime);
            clock.Advance(dueTime);

            // Fired a moment later (in real time), once the caller holds the timer.
            _ = Task.Delay(1).ContinueWith(_ => callback(state), TaskScheduler.Default);
            return new Fired();
        }

        private sealed class Fired : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
