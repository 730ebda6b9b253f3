using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>
/// One platform check for every path (in any case, as uploads always allowed), and one change report that every
/// mutating step returns the same way, dry run included.
/// </summary>
public sealed class AppStorePlatformAndPlanTests : ReviewClockTests
{
    [Test]
    public async Task Should_Accept_A_Lower_Case_Platform_On_Every_Release_Path()
    {
        // Given
        const string App = EmulatorFixture.Sample;
        await Harness.UploadBuildAsync(App, "2.0", "1");

        // When every App Store step is given "ios"
        var prepared = await Harness.PrepareAsync(App, "2.0", s =>
        {
            s.Platform = "ios";
            s.BuildNumber = "1";
            s.WithReleaseNotes("en-US", "Lower case.").SetContainsThirdPartyContent(false).ReleaseType = AscReleaseType.Manual;
        });
        var phased = await Harness.Release().EnablePhasedReleaseAsync(App, new AscPhasedReleaseSettings { Platform = "ios" });
        var submitted = await Harness.SubmitAsync(App, s => s.Platform = "ios");
        var state = await new AppStoreVersionService(Harness.Client).GetStateAsync(App, new AscAppStoreVersionStateSettings { Platform = "Ios" });
        await Harness.PassReviewAsync(App, AscAppVersionState.PendingDeveloperRelease);
        var released = await Harness.Release().ReleaseAsync(App, new AscReleaseVersionSettings { Platform = "ios" });
        var canceled = await new ReviewSubmissionService(Harness.Client).CancelAsync(App, new AscCancelReviewSubmissionSettings { Platform = "ios" });
        var builds = await new BuildQueryService(Harness.Client).GetBuildsAsync(App, new AscBuildQuerySettings { Platform = "ios" });

        // Then each found the IOS version and builds, as an upload of "ios" always did
        Assert.Multiple(() =>
        {
            Assert.That(prepared.Version!.Platform, Is.EqualTo("IOS"));
            Assert.That(phased.Resource, Is.Not.Null);
            Assert.That(submitted.Submission!.WasSubmitted, Is.True);
            Assert.That(state.Version.VersionString, Is.EqualTo("2.0"));
            Assert.That(released.Resource!.IsLive, Is.True);
            Assert.That(canceled.AlreadyInPlace, Has.Some.Contains("no open review submission"));
            Assert.That(builds.Select(b => b.BuildNumber), Does.Contain("1"));
        });
    }

    [TestCase("iOS ")]
    [TestCase("watchos")]
    public void Should_Refuse_An_Unknown_Platform_Before_Any_Request(string platform)
    {
        // When
        var release = () => Harness.Release().ReleaseAsync(EmulatorFixture.Sample, new AscReleaseVersionSettings { Platform = platform });

        // Then a padded known platform is fine only once trimmed; an unknown one is named with the choices
        if (platform.Trim().Equals("ios", StringComparison.OrdinalIgnoreCase))
        {
            Assert.That(release, Throws.InstanceOf<AscAppStoreException>(), "found IOS, then refused: no version awaits release");
        }
        else
        {
            Assert.That(release, Throws.ArgumentException.With.Message.Contains("'watchos'").And.Message.Contains("IOS, MAC_OS"));
        }
    }

    [Test]
    public async Task Should_Return_The_Plan_Not_Null_From_A_Dry_Run_That_Would_Set_Up_A_Phased_Release()
    {
        // When
        var plan = await Harness.Release().EnablePhasedReleaseAsync(EmulatorFixture.Sample, new AscPhasedReleaseSettings { DryRun = true });
        var nothingYet = await Harness.CountAsync("appStoreVersionPhasedReleases");
        var real = await Harness.Release().EnablePhasedReleaseAsync(EmulatorFixture.Sample, new AscPhasedReleaseSettings());
        var again = await Harness.Release().EnablePhasedReleaseAsync(EmulatorFixture.Sample, new AscPhasedReleaseSettings());

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(plan.DryRun, Is.True);
            Assert.That(plan.Changes, Has.Some.Contains("set up a phased release"));
            Assert.That(plan.Resource, Is.Null);
            Assert.That(nothingYet, Is.Zero);
            Assert.That(real.Changes, Is.EqualTo(plan.Changes), "the dry run's plan is what the real run does");
            Assert.That(real.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Inactive));
            Assert.That(again.NothingChanged, Is.True);
            Assert.That(again.AlreadyInPlace, Is.Not.Empty);
        });
    }
}
