namespace Cake.AppStoreConnect.Emulator.Diagnostics;

/// <summary>One API or upload request as <c>GET /_emulator/requests</c> shows it. Never holds a token.</summary>
internal sealed record RequestLogEntry(
    string Method,
    string Path,
    int Status,
    DateTimeOffset Timestamp,
    bool FaultInjected,
    string? Fault,
    string? KeyId,
    string? AuthFailure);

/// <summary>The log of API and upload requests, in arrival order, bounded so a long rehearsal cannot exhaust memory.</summary>
internal sealed class RequestLog
{
    private const int Capacity = 10_000;
    private readonly Lock _gate = new();
    private readonly Queue<RequestLogEntry> _entries = new();

    public void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            if (_entries.Count == Capacity)
            {
                _entries.Dequeue();
            }

            _entries.Enqueue(entry);
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
