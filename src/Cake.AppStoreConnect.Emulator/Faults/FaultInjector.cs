namespace Cake.AppStoreConnect.Emulator.Faults;

/// <summary>
/// Decides, once per API or upload request, whether a fault strikes: scripted rules first (deterministic,
/// for tests), then the random rate. The random sequence comes from a seed so a failing rehearsal can be
/// replayed.
/// </summary>
internal sealed class FaultInjector
{
    private static readonly Fault[] RandomFaults =
    [
        new(FaultTiming.Before, 500, false),
        new(FaultTiming.Before, 503, false),
        new(FaultTiming.Before, 429, false),
        new(FaultTiming.Before, 0, true),
        new(FaultTiming.After, 503, false),
        new(FaultTiming.After, 0, true),
    ];

    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];
    private readonly double _rate;
    private readonly Random _random;

    public FaultInjector(double rate, int seed)
    {
        _rate = rate;
#pragma warning disable CA5394 // Reproducible on purpose: the seed replays a rehearsal; nothing here is a secret.
        _random = new Random(seed);
    }

    public void Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    public IReadOnlyList<FaultRule> Rules()
    {
        lock (_gate)
        {
            return [.. _rules];
        }
    }

    public Fault? Next(string method, string path)
    {
        lock (_gate)
        {
            // A rate rule that lets a request pass leaves it to the next matching rule, so n rules of rate r fail
            // 1 - (1 - r)^n of the requests, each kind in its share.
            foreach (var rule in _rules.Where(r => r.Matches(method, path)))
            {
                if (!rule.Strikes())
                {
                    continue;
                }

                if (rule.UseOnce())
                {
                    _rules.Remove(rule);
                }

                return rule.Fault;
            }

            return _rate > 0 && _random.NextDouble() < _rate ? RandomFaults[_random.Next(RandomFaults.Length)] : null;
        }
    }
#pragma warning restore CA5394
}
