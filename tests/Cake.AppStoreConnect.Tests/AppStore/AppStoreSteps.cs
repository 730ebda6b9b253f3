using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Client.AppStore;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>The release steps as a pipeline runs them, over the harness's client.</summary>
internal static class AppStoreSteps
{
    public static Task<AscPrepareAppStoreVersionResult> PrepareAsync(this AppStoreHarness harness, string app, string version, Action<AscPrepareAppStoreVersionSettings>? configure = null)
    {
        var settings = new AscPrepareAppStoreVersionSettings();
        configure?.Invoke(settings);
        return new AppStoreVersionService(harness.Client).PrepareAsync(app, version, settings);
    }

    public static Task<AscSubmitForReviewResult> SubmitAsync(this AppStoreHarness harness, string app, Action<AscSubmitForReviewSettings>? configure = null)
    {
        var settings = new AscSubmitForReviewSettings { PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromSeconds(20) };
        configure?.Invoke(settings);
        return new ReviewSubmissionService(harness.Client).SubmitAsync(app, settings);
    }

    public static Task<AscAppStoreVersionStatus> StateAsync(this AppStoreHarness harness, string app, string? version = null) =>
        new AppStoreVersionService(harness.Client).GetStateAsync(app, new AscAppStoreVersionStateSettings { VersionString = version });

    public static AppStoreReleaseService Release(this AppStoreHarness harness) => new(harness.Client);

    /// <summary>Prepares a version ready for review: notes, manual release, the build attached, export compliance and content rights answered.</summary>
    public static async Task<AscPrepareAppStoreVersionResult> PrepareReadyAsync(this AppStoreHarness harness, string app, string version, string buildNumber, string releaseType = AscReleaseType.Manual)
    {
        await harness.UploadBuildAsync(app, version, buildNumber);
        return await harness.PrepareAsync(app, version, s =>
        {
            s.WithReleaseNotes("en-US", $"What's new in {version}.").WithCopyright("2026 Example Ltd").SetContainsThirdPartyContent(false).ReleaseType = releaseType;
            s.BuildNumber = buildNumber;
        });
    }

    /// <summary>Polls the version until it reaches a state, on the emulator's review clock.</summary>
    public static async Task<AscAppStoreVersionStatus> WaitForStateAsync(this AppStoreHarness harness, string app, string state, string? version = null)
    {
        var deadline = DateTime.UtcNow + (harness.ReviewTime * 10) + TimeSpan.FromSeconds(5);
        while (true)
        {
            var status = await harness.StateAsync(app, version);
            if (status.Version.State == state)
            {
                return status;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"still {status.Version.State}, waiting for {state}");
            await Task.Delay(harness.ReviewTime / 4);
        }
    }

    /// <summary>Takes an app's seeded version live (automatic release) so a new version can be created.</summary>
    public static async Task ShipAsync(this AppStoreHarness harness, string app, string version, string buildNumber)
    {
        await harness.PrepareReadyAsync(app, version, buildNumber, AscReleaseType.AfterApproval);
        await harness.SubmitAsync(app);
        await harness.WaitForStateAsync(app, AscAppVersionState.ReadyForDistribution, version);
    }
}
