namespace Cake.AppStoreConnect.Emulator.Authentication;

/// <summary>Apple's per-key budget over a rolling hour, reported in <c>X-Rate-Limit</c> on every response.</summary>
internal sealed class RateLimiter
{
    public const string HeaderName = "X-Rate-Limit";
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _requests = new(StringComparer.Ordinal);
    private readonly int _limit;

    public RateLimiter(int limit)
    {
        _limit = limit;
    }

    /// <summary>Counts a request when the budget allows it; returns whether it did and what remains.</summary>
    public bool TryAcquire(string keyId, DateTimeOffset now, out int remaining)
    {
        lock (_gate)
        {
            if (!_requests.TryGetValue(keyId, out var times))
            {
                times = new Queue<DateTimeOffset>();
                _requests[keyId] = times;
            }

            while (times.Count > 0 && times.Peek() <= now - Window)
            {
                times.Dequeue();
            }

            var allowed = times.Count < _limit;
            if (allowed)
            {
                times.Enqueue(now);
            }

            remaining = _limit - times.Count;
            return allowed;
        }
    }

    public string HeaderValue(int remaining) => $"user-hour-lim:{_limit};user-hour-rem:{remaining};";
}
