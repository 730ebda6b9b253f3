using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>
/// A fresh emulator for each test, on a clock the test moves through App Review (<see cref="AppStoreSteps"/>),
/// so no test waits in real time for a review and none leaks state into the next.
/// </summary>
public abstract class ReviewClockTests
{
    /// <summary>Gets the emulator of the running test.</summary>
    protected EmulatorFixture Harness { get; private set; } = null!;

    [SetUp]
    public async Task StartEmulatorAsync() => Harness = await AppStoreSteps.StartOnReviewClockAsync();

    [TearDown]
    public async Task StopEmulatorAsync() => await Harness.DisposeAsync();
}
