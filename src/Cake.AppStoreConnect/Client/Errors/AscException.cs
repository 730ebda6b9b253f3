namespace Cake.AppStoreConnect.Client.Errors;

/// <summary>
/// The root of every exception the add-in throws, so one <c>catch (AscException)</c> handles them all.
/// Errors that explain an answer of App Store Connect derive from <see cref="AscApiException"/> and carry
/// Apple's codes; the others (bad input found locally, credentials, archives, timeouts) derive from this.
/// </summary>
public class AscException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AscException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened and what to do.</param>
    public AscException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public AscException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
