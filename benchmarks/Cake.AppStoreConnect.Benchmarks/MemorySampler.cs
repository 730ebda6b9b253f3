using System.Diagnostics;

namespace Cake.AppStoreConnect.Benchmarks;

/// <summary>Samples this process's working set every 20 ms and keeps the peak.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Process _self = Process.GetCurrentProcess();
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler()
    {
        _self.Refresh();
        Baseline = _self.WorkingSet64;
        _peak = Baseline;
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(20));
    }

    public long Baseline { get; }

    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _self.Dispose();
    }

    private void Sample()
    {
        lock (_self)
        {
            _self.Refresh();
            var current = _self.WorkingSet64;
            if (current > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, current);
            }
        }
    }
}
