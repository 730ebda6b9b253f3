using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Signing;

/// <summary>
/// Signing files could not be made as asked: no certificate matches the signing key and none may be
/// created, Apple's certificate or device limit was reached, or the key cannot use provisioning. The
/// message says what to do; nothing half-done is left that a re-run cannot finish.
/// </summary>
public sealed class AscSigningException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="innerException">Apple's answer, when there was one.</param>
    public AscSigningException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
