using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Client.Http;

/// <summary>App Store Connect could not be reached or did not answer in time, after the retries.</summary>
public sealed class AscNetworkException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and what to check.</param>
    /// <param name="innerException">The underlying failure.</param>
    public AscNetworkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
