using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>The App Store aliases as a Cake script calls them, with ASC_* variables pointing at the emulator.</summary>
public sealed class AppStoreAliasTests : ReviewClockTests
{
    [Test]
    public async Task Should_Take_A_Version_To_The_Store_Through_The_Aliases()
    {
        // Given a processed build of the app's first version, and a script whose environment points at the emulator
        const string App = EmulatorFixture.VeryCapableApp;
        await Harness.UploadBuildAsync(App, "1.1", "12");
        var (context, log) = Harness.CakeContext();

        // When the script runs the release
        var prepared = context.AscPrepareAppStoreVersion(App, "1.1", s => s
            .WithReleaseNotes("en-US", "Faster sync.")
            .WithLocalization("en-US", l => l.PromotionalText = "Now faster.")
            .UseManualRelease()
            .SetContainsThirdPartyContent(false));
        var phased = context.AscEnablePhasedRelease(App);
        var submitted = context.AscSubmitForReview(App, new AscSubmitForReviewSettings { WaitForReview = true, PollInterval = TimeSpan.FromMilliseconds(50) });
        Harness.Clock!.Advance((Harness.ReviewTime * 2) + TimeSpan.FromSeconds(1));
        var approved = context.AscGetAppStoreVersionState(App);
        Assert.That(approved.Version.State, Is.EqualTo(AscAppVersionState.PendingDeveloperRelease), "approved once App Review's time has passed");

        var released = context.AscReleaseVersion(App, s => s.ForVersion("1.1"));
        var paused = context.AscPausePhasedRelease(App);
        var resumed = context.AscResumePhasedRelease(App, new AscPhasedReleaseSettings { VersionString = "1.1" });
        var completed = context.AscCompletePhasedRelease(App, s => s.ForPlatform("IOS"));
        var final = context.AscGetAppStoreVersionState(App, s => s.ForVersion("1.1"));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(prepared.Build!.BuildNumber, Is.EqualTo("12"));
            Assert.That(phased.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Inactive));
            Assert.That(submitted.Submission!.State, Is.EqualTo(AscReviewSubmissionState.WaitingForReview));
            Assert.That(released.Resource!.IsLive, Is.True);
            Assert.That(paused.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Paused));
            Assert.That(resumed.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Active));
            Assert.That(completed.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Complete));
            Assert.That(final.ToString(), Does.Contain("READY_FOR_DISTRIBUTION").And.Contain("build 12").And.Contain("COMPLETE"));
            Assert.That(log.AllText, Does.Contain("Rename editable IOS version 1.0 to 1.1").And.Contain("Submitted IOS 1.1"));
            Assert.That(log.Lines.Select(l => l.Text), Has.Some.EqualTo($"{App} IOS 1.1: 3 change(s) made, 1 already in place."), "the submission's summary does not show the state before it");
            Assert.That(prepared.AlreadyInPlace, Has.Some.EqualTo("the en-US release notes (not changed: What's New is not shown for a first version; Apple refuses it)"), "a first version takes no release notes: skipped and said in the plan");
            Assert.That(log.Lines.Where(l => l.Level == Cake.Core.Diagnostics.LogLevel.Warning).Select(l => l.Text), Has.Some.Contains("What's New is not shown for a first version; Apple refuses it"));
            Assert.That(log.Lines.Select(l => l.Text).Where(t => t.Contains("review submission", StringComparison.Ordinal)), Has.None.Contains("PREPARE_FOR_SUBMISSION"));
            Assert.That(submitted.ToString(), Does.Contain("submit it to App Review").And.Contain("WAITING_FOR_REVIEW").And.Not.Contain("List`1"));
            Assert.That(prepared.ToString(), Does.Contain("build 12").And.Not.Contain("List`1"));
            Assert.That(log.AllText, Does.Not.Contain(Harness.Host.PrivateKeyPem.Split('\n')[1]), "the key never reaches the log");
        });
        var english = (await Harness.Client.AppStoreVersionLocalizations.ListAsync(final.Version.Id)).Single(l => l.Locale == "en-US");
        Assert.That((english.WhatsNew, english.PromotionalText), Is.EqualTo(((string?)null, "Now faster.")), "the other texts of the locale are written");
    }

    [Test]
    public async Task Should_Plan_In_A_Dry_Run_Then_Submit_And_Cancel_Through_The_Aliases()
    {
        // Given
        const string App = EmulatorFixture.Rehearsal;
        await Harness.UploadBuildAsync(App, "2.0", "1");
        var (context, log) = Harness.CakeContext();
        var before = (await Harness.StateAsync()).ToJsonString();

        // When
        var plan = context.AscPrepareAppStoreVersion(App, "2.0", new AscPrepareAppStoreVersionSettings { Copyright = "2026 Cake" }.SetDryRun());
        var afterPlan = (await Harness.StateAsync()).ToJsonString();
        context.AscPrepareAppStoreVersion(App, "2.0", s => s.SetContainsThirdPartyContent(false));
        var submitted = context.AscSubmitForReview(App);
        var canceled = context.AscCancelReviewSubmission(App, s => s.ForVersion("2.0"));
        var state = context.AscGetAppStoreVersionState(App, (AscAppStoreVersionStateSettings?)null);

        // Then
        Assert.That(plan.DryRun, Is.True);
        Assert.That(afterPlan, Is.EqualTo(before));
        Assert.That(log.AllText, Does.Contain("Dry run: would rename editable IOS version 1.0 to 2.0"));
        Assert.That(submitted.Submission!.IsSubmitted, Is.True);
        Assert.That(canceled.Resource!.Single().Id, Is.EqualTo(submitted.Submission.Id));
        Assert.That(state.Version.State, Is.EqualTo(AscAppVersionState.DeveloperRejected));
    }

    [Test]
    public void Should_Fail_With_A_Clear_Message_When_The_App_Does_Not_Exist()
    {
        // Given
        var (context, _) = Harness.CakeContext();

        // When
        var submit = () => context.AscSubmitForReview("com.example.missing");

        // Then
        Assert.That(submit, Throws.InstanceOf<Cake.AppStoreConnect.Core.AscAppNotFoundException>().With.Message.Contains("com.example.missing"));
    }

    [Test]
    public async Task Should_Refuse_An_App_Reference_That_Is_No_Bundle_Id_Before_Any_Request()
    {
        // Given: 10,000 characters with a line break and a right-to-left override
        var (context, _, log) = TestCakeContext.Create(Harness.Variables);
        var reference = "com.example\n[INFO] forged\u202E" + new string('a', 10_000);
        var before = await RequestCountAsync();

        // When
        var error = Assert.Throws<ArgumentException>(() => context.AscSubmitForReview(reference));

        // Then
        Assert.Multiple(async () =>
        {
            Assert.That(error!.Message, Does.Contain("com.example\\n[INFO] forged\\u202E").And.Contain("neither a bundle id").And.Not.Contain("\n"));
            Assert.That(error.Message.Length, Is.LessThan(800));
            Assert.That(log.AllText, Does.Not.Contain("forged"));
            Assert.That(await RequestCountAsync(), Is.EqualTo(before));
        });
    }

    private async Task<int> RequestCountAsync()
    {
        var log = System.Text.Json.Nodes.JsonNode.Parse(await Harness.Control.GetStringAsync("/_emulator/requests"))!;
        return (log as System.Text.Json.Nodes.JsonArray ?? log["requests"]!.AsArray()).Count;
    }
}
