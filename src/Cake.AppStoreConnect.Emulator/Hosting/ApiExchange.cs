using Cake.AppStoreConnect.Emulator.Faults;

namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>What the pipeline learns about one request on its way through, for the response and the log.</summary>
internal sealed class ApiExchange
{
    public Fault? Fault { get; set; }

    public bool FaultStruck { get; set; }

    public string? KeyId { get; set; }

    public string? AuthFailure { get; set; }

    public string? RateLimitHeader { get; set; }

    /// <summary>Gets or sets a value indicating whether no route implements the request (answered 404 or 405).</summary>
    public bool NotImplemented { get; set; }
}
