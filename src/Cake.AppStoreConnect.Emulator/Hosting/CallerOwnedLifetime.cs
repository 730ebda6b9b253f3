namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>
/// Replaces the console lifetime: whoever starts the emulator (Program, a test) decides when it stops,
/// and an in-process emulator must not take over the test runner's Ctrl+C and SIGTERM.
/// </summary>
internal sealed class CallerOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
