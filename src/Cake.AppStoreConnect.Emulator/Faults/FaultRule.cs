using System.Text.Json.Serialization;

namespace Cake.AppStoreConnect.Emulator.Faults;

/// <summary>
/// A scripted fault, as posted to <c>/_emulator/faults</c>:
/// <c>{"method":"POST","path":"/v1/buildUploads","when":"after","status":503,"drop":false,"count":1}</c>.
/// A path ending in <c>*</c> matches by prefix. <c>before</c> fails the request without running it;
/// <c>after</c> runs it (the change is made) and loses the response. With <c>rate</c> the rule strikes that
/// fraction of the matching requests, drawn from its own <c>seed</c> so a run can be replayed; it then lasts
/// until <c>count</c> faults (unlimited when not given).
/// </summary>
internal sealed class FaultRule
{
    private Random? _random;

    public string? Method { get; set; }

    public string Path { get; set; } = "";

    public string When { get; set; } = FaultTiming.Before;

    public int Status { get; set; } = 503;

    public bool Drop { get; set; }

    /// <summary>Gets or sets how many faults the rule still injects; null is one for a rule without a rate, unlimited with one.</summary>
    public int? Count { get; set; }

    /// <summary>Gets or sets the fraction (above 0, at most 1) of matching requests that fail; null fails every one.</summary>
    public double? Rate { get; set; }

    /// <summary>Gets or sets the seed of the rule's own random sequence (with <see cref="Rate"/>).</summary>
    public int? Seed { get; set; }

    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (Path.EndsWith('*') ? path.StartsWith(Path[..^1], StringComparison.Ordinal) : path == Path);

    /// <summary>Decides whether this matching request fails; a rate rule draws from its seeded sequence.</summary>
    public bool Strikes()
    {
        if (Rate is not { } rate)
        {
            return true;
        }

#pragma warning disable CA5394 // Reproducible on purpose: the seed replays a rehearsal; nothing here is a secret.
        _random ??= new Random(Seed ?? 1);
        return _random.NextDouble() < rate;
#pragma warning restore CA5394
    }

    /// <summary>Counts one fault injected; true when the rule is used up.</summary>
    public bool UseOnce()
    {
        if (Count is null)
        {
            return Rate is null;
        }

        Count--;
        return Count == 0;
    }

    public string? Validate() =>
        string.IsNullOrEmpty(Path) ? "path is required"
        : When is not (FaultTiming.Before or FaultTiming.After) ? "when must be 'before' or 'after'"
        : !Drop && (Status < 400 || Status > 599) ? "status must be from 400 to 599"
        : Count < 1 ? "count must be at least 1"
        : Rate is { } rate && (double.IsNaN(rate) || rate <= 0 || rate > 1) ? "rate must be above 0 and at most 1 (0.2 fails one request in five)"
        : Seed is not null && Rate is null ? "seed needs a rate"
        : null;

    [JsonIgnore]
    internal Fault Fault => new(When, Status, Drop);
}

/// <summary>When a fault strikes relative to the handler.</summary>
internal static class FaultTiming
{
    public const string Before = "before";
    public const string After = "after";
}

/// <summary>A fault chosen for one request.</summary>
internal sealed record Fault(string When, int Status, bool Drop)
{
    public string Describe() => $"{When}:{(Drop ? "drop" : Status.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}
