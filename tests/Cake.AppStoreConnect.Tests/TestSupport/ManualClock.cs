namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>A clock the test moves by hand, so time-based states are tested without waiting.</summary>
public sealed class ManualClock(DateTimeOffset? start = null) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start ?? DateTimeOffset.UtcNow;

    /// <summary>Gets or sets the time the clock shows.</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                return _now;
            }
        }

        set
        {
            lock (_gate)
            {
                _now = value;
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
