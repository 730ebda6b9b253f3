using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>The release steps as a pipeline runs them, over the fixture's client.</summary>
internal static class AppStoreSteps
{
    public static Task<AscPrepareAppStoreVersionResult> PrepareAsync(this EmulatorFixture harness, string app, string version, Action<AscPrepareAppStoreVersionSettings>? configure = null)
    {
        var settings = new AscPrepareAppStoreVersionSettings();
        configure?.Invoke(settings);
        return new AppStoreVersionService(harness.Client).PrepareAsync(app, version, settings);
    }

    public static Task<AscSubmitForReviewResult> SubmitAsync(this EmulatorFixture harness, string app, Action<AscSubmitForReviewSettings>? configure = null)
    {
        var settings = new AscSubmitForReviewSettings { PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromSeconds(20) };
        configure?.Invoke(settings);
        return new ReviewSubmissionService(harness.Client).SubmitAsync(app, settings);
    }

    public static Task<AscAppStoreVersionStatus> VersionStateAsync(this EmulatorFixture harness, string app, string? version = null) =>
        new AppStoreVersionService(harness.Client).GetStateAsync(app, new AscAppStoreVersionStateSettings { VersionString = version });

    public static AppStoreReleaseService Release(this EmulatorFixture harness) => new(harness.Client);

    /// <summary>Prepares a version ready for review: release notes (left out, with a warning, on a first version), manual release, the build attached, export compliance and content rights answered.</summary>
    public static async Task<AscPrepareAppStoreVersionResult> PrepareReadyAsync(this EmulatorFixture harness, string app, string version, string buildNumber, string releaseType = AscReleaseType.Manual)
    {
        await harness.UploadBuildAsync(app, version, buildNumber);
        return await harness.PrepareAsync(app, version, s =>
        {
            s.WithReleaseNotes("en-US", $"What's new in {version}.").WithCopyright("2026 Example Ltd").SetContainsThirdPartyContent(false).ReleaseType = releaseType;
            s.BuildNumber = buildNumber;
        });
    }

    /// <summary>
    /// Moves the emulator's clock through App Review (waiting, then in review) and returns the version, which must
    /// have reached <paramref name="state"/>: no real time passes, so a regression fails at once instead of hanging.
    /// </summary>
    public static async Task<AscAppStoreVersionStatus> PassReviewAsync(this EmulatorFixture harness, string app, string state, string? version = null)
    {
        var clock = harness.Clock ?? throw new InvalidOperationException("Start the fixture WithClock() to move the review clock.");
        clock.Advance((harness.ReviewTime * 2) + TimeSpan.FromSeconds(1));
        var status = await harness.VersionStateAsync(app, version);
        Assert.That(status.Version.State, Is.EqualTo(state), $"{app} after App Review");
        return status;
    }

    /// <summary>A fixture on a clock the test moves, with a review time well inside a token's lifetime.</summary>
    public static Task<EmulatorFixture> StartOnReviewClockAsync(Action<EmulatorFixtureOptions>? configure = null) =>
        EmulatorFixture.StartAsync(o =>
        {
            o.WithClock().WithReviewTime(TimeSpan.FromMinutes(1)).WithPartSize(4096);
            configure?.Invoke(o);
        });

    /// <summary>Takes an app's seeded version live (automatic release) so a new version can be created.</summary>
    public static async Task ShipAsync(this EmulatorFixture harness, string app, string version, string buildNumber)
    {
        await harness.PrepareReadyAsync(app, version, buildNumber, AscReleaseType.AfterApproval);
        await harness.SubmitAsync(app);
        await harness.PassReviewAsync(app, AscAppVersionState.ReadyForDistribution, version);
    }
}
