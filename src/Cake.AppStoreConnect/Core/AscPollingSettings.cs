namespace Cake.AppStoreConnect.Core;

/// <summary>
/// How processing is waited for: quick polls at first, slower ones later, so a short wait is quick
/// and a long one stays well inside the hourly request budget.
/// </summary>
/// <param name="Timeout">How long to wait at most.</param>
/// <param name="InitialInterval">The first interval between polls.</param>
/// <param name="MaxInterval">The longest interval between polls.</param>
public sealed record AscPollingSettings(TimeSpan Timeout, TimeSpan InitialInterval, TimeSpan MaxInterval)
{
    /// <summary>Gets the defaults: up to an hour, polling from every 2 s up to every 30 s.</summary>
    public static AscPollingSettings Default { get; } = new(TimeSpan.FromMinutes(60), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));

    /// <summary>Gets the interval after one more poll.</summary>
    /// <param name="current">The current interval.</param>
    /// <returns>The next interval.</returns>
    public TimeSpan Next(TimeSpan current) => TimeSpan.FromTicks(Math.Min(MaxInterval.Ticks, (long)(current.Ticks * 1.5)));
}
