using System.Diagnostics;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>
/// Logs upload progress at a rate a CI log can bear: a line every few seconds or every 10 %, with
/// bytes and throughput; never a spinner.
/// </summary>
internal sealed class UploadProgress
{
    private readonly string _fileName;
    private readonly long _total;
    private readonly IAscLog _log;
    private readonly TimeSpan _interval;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Lock _gate = new();
    private long _sent;
    private long _lastLogged = Stopwatch.GetTimestamp();
    private int _lastDecile;

    public UploadProgress(string fileName, long total, IAscLog log, TimeSpan interval)
    {
        _fileName = fileName;
        _total = total;
        _log = log;
        _interval = interval;
    }

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    public void Add(long bytes)
    {
        lock (_gate)
        {
            _sent += bytes;
            var decile = (int)(_sent * 10 / Math.Max(1, _total));
            if (_sent < _total && (decile > _lastDecile || Stopwatch.GetElapsedTime(_lastLogged) >= _interval))
            {
                _lastDecile = decile;
                _lastLogged = Stopwatch.GetTimestamp();
                _log.Write(AscLogLevel.Information, $"Uploading {_fileName}: {_sent * 100 / Math.Max(1, _total)}% ({Size(_sent)} of {Size(_total)}) at {Rate(_sent, Elapsed)}");
            }
        }
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.00} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MiB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):0.0} KiB",
        _ => $"{bytes} B",
    };

    public static string Rate(long bytes, TimeSpan elapsed) =>
        elapsed > TimeSpan.Zero ? $"{Size((long)(bytes / elapsed.TotalSeconds))}/s" : "-";
}
