using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Polls until a condition holds, quickly at first and slower later, within the hourly request budget.</summary>
internal static class AppStorePoller
{
    public static async Task<T> PollAsync<T>(AppStoreConnectClient client, AscPollingSettings polling, string what, Func<CancellationToken, Task<T>> read, Func<T, bool> isDone, Func<T, string> describe, TimeProvider? time, CancellationToken cancellationToken)
    {
        time ??= TimeProvider.System;
        var started = time.GetUtcNow();
        var interval = polling.InitialInterval;
        string? lastState = null;
        while (true)
        {
            var current = await read(cancellationToken);
            if (isDone(current))
            {
                return current;
            }

            var state = describe(current);
            if (state != lastState)
            {
                client.Connection.Log.Write(AscLogLevel.Information, $"Waiting for {what}: {state}");
                lastState = state;
            }

            var waited = time.GetUtcNow() - started;
            if (waited >= polling.Timeout)
            {
                throw new AscAppStoreException($"Gave up waiting for {what} after {waited.TotalMinutes:0.#} minutes; it is still {state}. Nothing is lost: check again later with AscGetAppStoreVersionState, or raise Timeout.");
            }

            var delay = client.Connection.LastRateLimit?.HourFractionRemaining is < 0.1 ? interval * 4 : interval;
            await Task.Delay(delay, time, cancellationToken);
            interval = polling.Next(interval);
        }
    }
}
