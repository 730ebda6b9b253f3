using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>A build cannot be distributed as asked (export compliance unanswered, beta review rejected, …); the message says what to do.</summary>
public sealed class AscTestFlightException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public AscTestFlightException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
