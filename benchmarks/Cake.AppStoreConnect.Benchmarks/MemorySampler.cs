using System.Diagnostics;
using System.Globalization;

namespace Cake.AppStoreConnect.Benchmarks;

/// <summary>
/// Samples this process's working set every 20 ms and keeps the peak. On Linux it reads the resident size from
/// <c>/proc/self/statm</c>: <see cref="Process.Refresh"/> re-reads the stat file of every thread, which every
/// 20 ms cost the measured upload CPU time and tiered-JIT work of its own (see ../README.md, "Whole processes").
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private const string Statm = "/proc/self/statm";

    private readonly Process _self = Process.GetCurrentProcess();
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler()
    {
        Baseline = Read();
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

    private long Read()
    {
        if (File.Exists(Statm))
        {
            // "size resident shared …" in pages.
            var fields = File.ReadAllText(Statm).Split(' ');
            return long.Parse(fields[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
        }

        lock (_self)
        {
            _self.Refresh();
            return _self.WorkingSet64;
        }
    }

    private void Sample()
    {
        var current = Read();
        long seen;
        while (current > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, current, seen) != seen)
        {
        }
    }
}
