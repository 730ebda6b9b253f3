using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>The App Store release from upload to store against the emulator: prepare, submit, review, release, phased rollout.</summary>
public sealed class AppStoreReleaseFlowTests
{
    private EmulatorFixture _harness = null!;

    [SetUp]
    public async Task StartAsync() => _harness = await AppStoreSteps.StartOnReviewClockAsync(o => o.WithContractCheck());

    [TearDown]
    public async Task StopAsync()
    {
        // None when SetUp ignored the test because Apple's spec is absent (a user's clone).
        if (_harness is not { } harness)
        {
            return;
        }

        _harness = null!;
        try
        {
            await harness.AssertContractKeptAsync();
        }
        finally
        {
            await harness.DisposeAsync();
        }
    }

    [Test]
    public async Task Should_Release_A_Version_From_Upload_To_Store_With_A_Phased_Rollout()
    {
        // Given a processed build of 1.1 uploaded from a generated IPA
        const string App = EmulatorFixture.VeryCapableApp;
        var buildId = await _harness.UploadBuildAsync(App, "1.1", "7");

        // When the version is prepared, a phased release set up, submitted, approved on the review clock and released
        var prepared = await _harness.PrepareAsync(App, "1.1", s => s
            .WithLocalization("en-US", m => m.Description = "Syncs fast.")
            .WithLocalization("de-DE", m => m.Description = "Synchronisiert schnell.")
            .WithCopyright("2026 Example Ltd")
            .UseManualRelease()
            .SetContainsThirdPartyContent(false));
        var phased = await _harness.Release().EnablePhasedReleaseAsync(App, new AscPhasedReleaseSettings());
        var submitted = await _harness.SubmitAsync(App, s => s.SetWaitForReview());
        var approved = await _harness.PassReviewAsync(App, AscAppVersionState.PendingDeveloperRelease);
        var released = await _harness.Release().ReleaseAsync(App, new AscReleaseVersionSettings());
        var live = await _harness.VersionStateAsync(App);

        // Then the seeded editable 1.0 became 1.1 (no second version), with the newest VALID build and both locales
        Assert.Multiple(() =>
        {
            Assert.That(prepared.Created, Is.False);
            Assert.That(prepared.Changes, Has.Some.Contains("rename editable IOS version 1.0 to 1.1"));
            Assert.That(prepared.Build?.Id, Is.EqualTo(buildId));
            Assert.That(prepared.Version!.VersionString, Is.EqualTo("1.1"));
            Assert.That(phased.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Inactive));
            Assert.That(submitted.Submission!.State, Is.EqualTo(AscReviewSubmissionState.WaitingForReview));
            Assert.That(approved.Submission!.State, Is.EqualTo(AscReviewSubmissionState.Complete));
            Assert.That(released.Resource!.State, Is.EqualTo(AscAppVersionState.ReadyForDistribution));
            Assert.That(live.PhasedRelease!.State, Is.EqualTo(AscPhasedReleaseState.Active));
            Assert.That(live.Build!.BuildNumber, Is.EqualTo("7"));
        });
        var state = await _harness.StateAsync();
        Assert.That(state["appStoreVersions"]!.AsArray().Count(v => v!["appId"]!.GetValue<string>() == EmulatorFixture.VeryCapableAppId), Is.EqualTo(1));
        Assert.That(state["appStoreVersionLocalizations"]!.AsArray().Select(l => l!["locale"]!.GetValue<string>()), Is.SupersetOf(new[] { "en-US", "de-DE" }));

        // And the rollout pauses, resumes and completes; a repeated pause is reported, not sent
        var paused = await _harness.Release().PausePhasedReleaseAsync(App, new AscPhasedReleaseSettings());
        _harness.Log.Clear();
        var pausedAgain = await _harness.Release().PausePhasedReleaseAsync(App, new AscPhasedReleaseSettings());
        var resumed = await _harness.Release().ResumePhasedReleaseAsync(App, new AscPhasedReleaseSettings { VersionString = "1.1" });
        var completed = await _harness.Release().CompletePhasedReleaseAsync(App, new AscPhasedReleaseSettings());
        Assert.Multiple(() =>
        {
            Assert.That(paused.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Paused));
            Assert.That(pausedAgain.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Paused));
            Assert.That(_harness.Log.AllText, Does.Contain("Already in place: phased release PAUSED"));
            Assert.That(resumed.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Active));
            Assert.That(completed.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Complete));
        });
    }

    [Test]
    public async Task Should_Change_And_Duplicate_Nothing_When_Every_Step_Runs_Again()
    {
        // Given a version prepared and submitted once
        const string App = EmulatorFixture.Sample;
        await _harness.PrepareReadyAsync(App, "2.0", "3");
        await _harness.SubmitAsync(App);
        var before = await _harness.StateAsync();

        // When the pipeline is re-run
        _harness.Log.Clear();
        var submittedAgain = await _harness.SubmitAsync(App);
        var stateAfterSubmit = await _harness.StateAsync();
        var prepareAgain = () => _harness.PrepareAsync(App, "2.0", s => s.WithReleaseNotes("en-US", "What's new in 2.0."));

        // Then the submission is reported as made, and nothing new exists
        Assert.That(submittedAgain.AlreadySubmitted, Is.True);
        Assert.That(_harness.Log.AllText, Does.Contain("Already in place"));
        foreach (var type in new[] { "appStoreVersions", "appStoreVersionLocalizations", "reviewSubmissions", "reviewSubmissionItems" })
        {
            Assert.That(stateAfterSubmit[type]!.AsArray(), Has.Count.EqualTo(before[type]!.AsArray().Count), type);
        }

        // And preparing a version already in review fails with what to do instead
        var error = Assert.ThrowsAsync<AscAppStoreException>(async () => await prepareAgain());
        Assert.That(error!.Message, Does.Contain("already submitted").And.Contain("AscCancelReviewSubmission"));
    }

    [Test]
    public async Task Should_Report_Everything_In_Place_When_Preparing_The_Same_Version_Twice()
    {
        // Given
        const string App = EmulatorFixture.Rehearsal;
        await _harness.PrepareReadyAsync(App, "1.0", "1");
        var before = await _harness.StateAsync();

        // When
        var again = await _harness.PrepareAsync(App, "1.0", s =>
        {
            s.WithReleaseNotes("en-US", "What's new in 1.0.").WithCopyright("2026 Example Ltd").SetContainsThirdPartyContent(false).ReleaseType = AscReleaseType.Manual;
            s.BuildNumber = "1";
        });

        // Then
        Assert.That(again.Changes, Is.Empty);
        Assert.That(again.AlreadyInPlace, Has.Some.Contains("build 1 attached").And.Some.Contains("the en-US release notes (not changed: What's New is not shown for a first version").And.Some.Contains("release type MANUAL"));
        Assert.That((await _harness.StateAsync()).ToJsonString(), Is.EqualTo(before.ToJsonString()));
    }

    [Test]
    public async Task Should_Change_Nothing_In_A_Dry_Run_And_Say_What_It_Would_Do()
    {
        // Given
        const string App = EmulatorFixture.Rehearsal;
        await _harness.UploadBuildAsync(App, "3.0", "9");
        var before = (await _harness.StateAsync()).ToJsonString();

        // When
        var prepared = await _harness.PrepareAsync(App, "3.0", s => s.WithLocalization("fr-FR", m => m.Description = "Plus rapide.").UseManualRelease().SetDryRun());
        var submit = () => _harness.SubmitAsync(App, s => s.SetDryRun());

        // Then
        Assert.That(prepared.DryRun, Is.True);
        Assert.That(prepared.Changes, Has.Some.Contains("rename editable IOS version 1.0 to 3.0").And.Some.Contains("create the fr-FR texts").And.Some.Contains("attach build"));
        Assert.That(_harness.Log.AllText, Does.Contain("Dry run: would"));
        Assert.That(submit, Throws.InstanceOf<AscNotReadyForReviewException>(), "the seeded version has no build yet: the dry run reports it like a real run");
        Assert.That((await _harness.StateAsync()).ToJsonString(), Is.EqualTo(before));
    }

    [Test]
    public async Task Should_Create_A_New_Version_After_A_Release_And_Refuse_To_Prepare_The_Live_One()
    {
        // Given 1.0 shipped with automatic release
        const string App = EmulatorFixture.Rehearsal;
        await _harness.ShipAsync(App, "1.0", "1");

        // When
        var next = await _harness.PrepareAsync(App, "1.1", s => s.WithReleaseNotes("en-US", "Next."));
        var live = () => _harness.PrepareAsync(App, "1.0");
        var releaseAgain = await _harness.Release().ReleaseAsync(App, new AscReleaseVersionSettings { VersionString = "1.0" });

        // Then
        Assert.That(next.Created, Is.True);
        Assert.That(next.Version!.State, Is.EqualTo(AscAppVersionState.PrepareForSubmission));
        var error = Assert.ThrowsAsync<AscAppStoreException>(async () => await live());
        Assert.That(error!.Message, Does.Contain("already live"));
        Assert.That(releaseAgain.Resource!.IsLive, Is.True, "releasing a live version is reported, not an error");
        var english = (await _harness.Client.AppStoreVersionLocalizations.ListAsync(next.Version.Id)).Single(l => l.Locale == "en-US");
        Assert.That(english.WhatsNew, Is.EqualTo("Next."), "after a release, the next version takes release notes");
        Assert.That(next.AlreadyInPlace, Has.None.Contains("release notes"));
    }

    [Test]
    public async Task Should_Cancel_A_Submission_And_Let_The_Version_Be_Changed_And_Resubmitted()
    {
        // Given (the cancel waits on the emulator's clock itself, so this one runs on real time)
        await _harness.DisposeAsync();
        _harness = await EmulatorFixture.StartAsync(o => o.WithContractCheck().WithReviewTime(TimeSpan.FromMilliseconds(300)).WithPartSize(4096));
        const string App = EmulatorFixture.VeryCapableApp;
        await _harness.PrepareReadyAsync(App, "1.5", "1");
        await _harness.SubmitAsync(App);

        // When it is canceled, a new build attached and it is submitted again
        var canceled = await new ReviewSubmissionService(_harness.Client).CancelAsync(App, new AscCancelReviewSubmissionSettings { WaitForCompletion = true, PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(50) });
        var nothingLeft = await new ReviewSubmissionService(_harness.Client).CancelAsync(App, new AscCancelReviewSubmissionSettings());
        await _harness.UploadBuildAsync(App, "1.5", "2");
        var prepared = await _harness.PrepareAsync(App, "1.5");
        var resubmitted = await _harness.SubmitAsync(App);

        // Then
        Assert.That(canceled.Resource!.Single().State, Is.EqualTo(AscReviewSubmissionState.Complete));
        Assert.That(nothingLeft.Resource, Is.Empty);
        Assert.That(prepared.Build!.BuildNumber, Is.EqualTo("2"), "the newest VALID build replaced the first");
        Assert.That(resubmitted.Version.State, Is.EqualTo(AscAppVersionState.DeveloperRejected));
        Assert.That(resubmitted.Submission!.IsSubmitted, Is.True);
        Assert.That(await _harness.CountAsync("reviewSubmissions"), Is.EqualTo(2));
    }
}
