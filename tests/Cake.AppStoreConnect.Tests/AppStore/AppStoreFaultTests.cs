using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>
/// Faults injected mid-flow, including "after" faults where App Store Connect made the change but the answer
/// was lost: the steps still finish, and nothing is created twice.
/// </summary>
public sealed class AppStoreFaultTests : ReviewClockTests
{
    [Test]
    public async Task Should_Create_A_Version_Once_When_The_Answer_To_Its_Creation_Is_Lost()
    {
        // Given 1.0 is live, so 1.1 must be created
        const string App = EmulatorFixture.Rehearsal;
        await Harness.ShipAsync(App, "1.0", "1");
        await Harness.FaultAsync(new { method = "POST", path = "/v1/appStoreVersions", when = "after", status = 500 });
        await Harness.FaultAsync(new { method = "POST", path = "/v1/appStoreVersionLocalizations", when = "after", drop = true });

        // When
        var prepared = await Harness.PrepareAsync(App, "1.1", s => s.WithReleaseNotes("en-US", "Next.").WithReleaseNotes("it-IT", "Prossimo."));

        // Then
        Assert.That(prepared.Created, Is.True);
        Assert.That(await Harness.CountAsync("appStoreVersions", v => v["versionString"]!.GetValue<string>() == "1.1"), Is.EqualTo(1));
        Assert.That(await Harness.CountAsync("appStoreVersionLocalizations", l => l["appStoreVersionId"]!.GetValue<string>() == prepared.Version!.Id), Is.EqualTo(2));
        Assert.That(Harness.Log.AllText, Does.Contain("Checking whether it exists before trying again"));
        Assert.That(await Harness.InjectedFaultsAsync(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Should_Submit_Once_When_Creates_And_The_Submit_Lose_Their_Answers()
    {
        // Given
        const string App = EmulatorFixture.VeryCapableApp;
        await Harness.PrepareReadyAsync(App, "1.3", "2");
        await Harness.FaultAsync(new object[]
        {
            new { method = "POST", path = "/v1/reviewSubmissions", when = "after", status = 502 },
            new { method = "POST", path = "/v1/reviewSubmissionItems", when = "after", drop = true },
            new { method = "PATCH", path = "/v1/reviewSubmissions/*", when = "after", status = 503 },
        });

        // When
        var submitted = await Harness.SubmitAsync(App);

        // Then
        Assert.That(submitted.Submission!.IsSubmitted, Is.True);
        Assert.That(await Harness.CountAsync("reviewSubmissions"), Is.EqualTo(1));
        Assert.That(await Harness.CountAsync("reviewSubmissionItems"), Is.EqualTo(1));
        Assert.That((await Harness.VersionStateAsync(App)).Version.State, Is.EqualTo(AscAppVersionState.WaitingForReview));
        Assert.That(await Harness.InjectedFaultsAsync(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Should_Release_And_Set_Up_Phasing_Once_When_Their_Answers_Are_Lost()
    {
        // Given a version approved for manual release
        const string App = EmulatorFixture.Sample;
        await Harness.PrepareReadyAsync(App, "2.0", "1");
        await Harness.FaultAsync(new { method = "POST", path = "/v1/appStoreVersionPhasedReleases", when = "after", status = 500 });
        var phased = await Harness.Release().EnablePhasedReleaseAsync(App, new AscPhasedReleaseSettings());
        await Harness.SubmitAsync(App);
        await Harness.PassReviewAsync(App, AscAppVersionState.PendingDeveloperRelease);
        await Harness.FaultAsync(new { method = "POST", path = "/v1/appStoreVersionReleaseRequests", when = "after", drop = true });

        // When
        var released = await Harness.Release().ReleaseAsync(App, new AscReleaseVersionSettings());

        // Then
        Assert.That(phased.Resource, Is.Not.Null);
        Assert.That(released.Resource!.IsLive, Is.True);
        Assert.That(await Harness.CountAsync("appStoreVersionPhasedReleases"), Is.EqualTo(1));
        Assert.That(await Harness.CountAsync("appStoreVersionReleaseRequests"), Is.EqualTo(1));
        Assert.That((await Harness.VersionStateAsync(App)).PhasedRelease!.State, Is.EqualTo(AscPhasedReleaseState.Active));
        Assert.That(await Harness.InjectedFaultsAsync(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Should_Retry_Changes_That_Failed_Before_Reaching_The_Store()
    {
        // Given
        const string App = EmulatorFixture.Rehearsal;
        await Harness.UploadBuildAsync(App, "1.0", "5");
        await Harness.FaultAsync(new object[]
        {
            new { method = "PATCH", path = "/v1/appStoreVersions/*", when = "before", status = 503, count = 2 },
            new { method = "PATCH", path = "/v1/appStoreVersionLocalizations/*", when = "after", status = 500 },
        });

        // When
        var prepared = await Harness.PrepareAsync(App, "1.0", s => s.WithLocalization("en-US", m => m.PromotionalText = "Retried.").UseManualRelease());

        // Then
        Assert.That(prepared.Build!.BuildNumber, Is.EqualTo("5"));
        var status = await Harness.VersionStateAsync(App);
        Assert.That(status.Version.ReleaseType, Is.EqualTo(AscReleaseType.Manual));
        var english = (await Harness.Client.AppStoreVersionLocalizations.ListAsync(status.Version.Id)).Single(l => l.Locale == "en-US");
        Assert.That(english.PromotionalText, Is.EqualTo("Retried."));
        Assert.That(await Harness.InjectedFaultsAsync(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Should_Recognise_A_Submit_That_Took_Effect_When_Review_Finished_Before_The_Retry()
    {
        // Given App Review finishes at once, and the answer to the submit is lost, so the connection retries it
        await using var harness = await EmulatorFixture.StartAsync(f => f.WithReviewTime(TimeSpan.Zero).WithPartSize(4096));
        const string App = EmulatorFixture.VeryCapableApp;
        await harness.PrepareReadyAsync(App, "1.3", "2");
        await harness.FaultAsync(new { method = "PATCH", path = "/v1/reviewSubmissions/*", when = "after", status = 503 });

        // When
        var submitted = await harness.SubmitAsync(App);

        // Then the retry's refusal (already COMPLETE) is read as "it took effect", not as "not ready for App Review"
        Assert.That(submitted.Submission!.State, Is.EqualTo(AscReviewSubmissionState.Complete));
        Assert.That(submitted.Submission.WasSubmitted, Is.True);
        Assert.That(await harness.CountAsync("reviewSubmissions"), Is.EqualTo(1));
        Assert.That((await harness.VersionStateAsync(App)).Version.State, Is.EqualTo(AscAppVersionState.PendingDeveloperRelease));
        Assert.That(await harness.InjectedFaultsAsync(), Has.Count.EqualTo(1));
    }
}
