namespace Cake.AppStoreConnect.Client.Http;

/// <summary>How important a client log line is; maps onto Cake's verbosity.</summary>
public enum AscLogLevel
{
    /// <summary>Sanitised detail for diagnosing problems.</summary>
    Debug,

    /// <summary>Each HTTP exchange: method, path, status, time, rate-limit budget.</summary>
    Verbose,

    /// <summary>Milestones a person wants to see.</summary>
    Information,

    /// <summary>Retries, low budgets, anything a person should notice.</summary>
    Warning,

    /// <summary>Failures.</summary>
    Error,
}

/// <summary>
/// Where the client writes what it does. The client never passes it the key, the token or the
/// Authorization header.
/// </summary>
public interface IAscLog
{
    /// <summary>Writes a line.</summary>
    /// <param name="level">How important it is.</param>
    /// <param name="message">The text.</param>
    void Write(AscLogLevel level, string message);
}

/// <summary>A log that discards everything.</summary>
public sealed class NullAscLog : IAscLog
{
    /// <summary>Gets the shared instance.</summary>
    public static NullAscLog Instance { get; } = new();

    /// <inheritdoc />
    public void Write(AscLogLevel level, string message)
    {
    }
}
