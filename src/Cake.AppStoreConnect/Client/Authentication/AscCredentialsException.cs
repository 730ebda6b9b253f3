using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Client.Authentication;

/// <summary>
/// The App Store Connect API key could not be found or read. The message names what to fix (which
/// variable, which file) and never contains key material.
/// </summary>
public sealed class AscCredentialsException : AscException
{
    /// <summary>Creates the exception with a message that says what to fix.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public AscCredentialsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message that says what to fix and the underlying cause.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause; never one whose message could contain key material.</param>
    public AscCredentialsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
