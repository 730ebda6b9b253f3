using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Core;

/// <summary>
/// Polls until a condition holds: quickly at first and slower later, slower still when the hourly
/// request budget runs low, logging each new state once. One loop for every wait in the add-in.
/// </summary>
internal static class AscPoller
{
    /// <summary>Reads until <paramref name="isDone"/> holds, or throws what <paramref name="timedOut"/> makes.</summary>
    /// <param name="connection">The connection, for its log and rate-limit budget.</param>
    /// <param name="polling">Timeout and intervals.</param>
    /// <param name="time">The clock.</param>
    /// <param name="what">What is waited for, for the log.</param>
    /// <param name="read">Reads the current state.</param>
    /// <param name="isDone">Whether waiting is over; may throw for a terminal failure.</param>
    /// <param name="describe">The state, for the log.</param>
    /// <param name="timedOut">The exception for a timeout, given the time waited and the last state.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public static async Task<T> PollAsync<T>(AscConnection connection, AscPollingSettings polling, TimeProvider time, string what, Func<CancellationToken, Task<T>> read, Func<T, bool> isDone, Func<T, string> describe, Func<TimeSpan, string, Exception> timedOut, CancellationToken cancellationToken)
    {
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
                connection.Log.Write(AscLogLevel.Information, $"Waiting for {what}: {state}");
                lastState = state;
            }

            var waited = time.GetUtcNow() - started;
            if (waited >= polling.Timeout)
            {
                throw timedOut(waited, state);
            }

            // With little of the hourly budget left, poll less so the rest of the pipeline still has requests.
            var delay = connection.LastRateLimit?.HourFractionRemaining is < 0.1 ? interval * 4 : interval;
            await Task.Delay(delay, time, cancellationToken);
            interval = polling.Next(interval);
        }
    }
}
