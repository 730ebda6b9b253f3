using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>The bytes of a build could not be sent; the message names the part and what went wrong.</summary>
public sealed class AscUploadException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public AscUploadException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
