using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>The rehearsal emulator could not be found or started; the message says what to do.</summary>
public sealed class AscEmulatorException : AscException
{
    /// <summary>Creates the exception.</summary>
    public AscEmulatorException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened and what to do.</param>
    public AscEmulatorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public AscEmulatorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
