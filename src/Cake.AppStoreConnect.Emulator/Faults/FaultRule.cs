namespace Cake.AppStoreConnect.Emulator.Faults;

/// <summary>
/// A scripted fault, as posted to <c>/_emulator/faults</c>:
/// <c>{"method":"POST","path":"/v1/buildUploads","when":"after","status":503,"drop":false,"count":1}</c>.
/// A path ending in <c>*</c> matches by prefix. <c>before</c> fails the request without running it;
/// <c>after</c> runs it (the change is made) and loses the response.
/// </summary>
internal sealed class FaultRule
{
    public string? Method { get; set; }

    public string Path { get; set; } = "";

    public string When { get; set; } = FaultTiming.Before;

    public int Status { get; set; } = 503;

    public bool Drop { get; set; }

    public int Count { get; set; } = 1;

    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (Path.EndsWith('*') ? path.StartsWith(Path[..^1], StringComparison.Ordinal) : path == Path);

    public string? Validate() =>
        string.IsNullOrEmpty(Path) ? "path is required"
        : When is not (FaultTiming.Before or FaultTiming.After) ? "when must be 'before' or 'after'"
        : !Drop && (Status < 400 || Status > 599) ? "status must be from 400 to 599"
        : Count < 1 ? "count must be at least 1"
        : null;
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
