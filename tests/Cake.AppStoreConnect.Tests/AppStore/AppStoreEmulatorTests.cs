using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>The emulator's App Store clock: its switch, and the states a release type leads to.</summary>
public sealed class AppStoreEmulatorTests
{
    [Test]
    public void Should_Read_The_Review_Time_From_The_Command_Line_And_Default_To_Five_Seconds()
    {
        Assert.That(CommandLine.Parse(["--review-seconds", "0"]).ReviewTime, Is.EqualTo(TimeSpan.Zero));
        Assert.That(CommandLine.Parse([]).ReviewTime, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public async Task Should_Hold_A_Scheduled_Release_Until_Its_Date_And_Ship_An_Automatic_One_On_Approval()
    {
        // Given two apps: one scheduled for tomorrow, one released after approval
        await using var harness = await AppStoreSteps.StartOnReviewClockAsync();
        await harness.UploadBuildAsync(EmulatorFixture.VeryCapableApp, "1.0", "1");
        await harness.PrepareAsync(EmulatorFixture.VeryCapableApp, "1.0", s => s.UseScheduledRelease(DateTimeOffset.UtcNow.AddDays(1)).SetContainsThirdPartyContent(false));
        await harness.PrepareReadyAsync(EmulatorFixture.Rehearsal, "1.0", "1", AscReleaseType.AfterApproval);

        // When both are submitted and approved
        await harness.SubmitAsync(EmulatorFixture.VeryCapableApp);
        await harness.SubmitAsync(EmulatorFixture.Rehearsal);
        var scheduled = await harness.PassReviewAsync(EmulatorFixture.VeryCapableApp, AscAppVersionState.PendingAppleRelease);
        var automatic = await harness.PassReviewAsync(EmulatorFixture.Rehearsal, AscAppVersionState.ReadyForDistribution);

        // Then a scheduled version cannot be released by hand; the automatic one needs nothing
        Assert.That(scheduled.Version.ReleaseType, Is.EqualTo(AscReleaseType.Scheduled));
        Assert.That(automatic.Version.IsLive, Is.True);
        var release = Assert.ThrowsAsync<AscAppStoreException>(async () => await harness.Release().ReleaseAsync(EmulatorFixture.VeryCapableApp, new AscReleaseVersionSettings { VersionString = "1.0" }));
        Assert.That(release!.Message, Does.Contain("scheduled"));
    }
}
