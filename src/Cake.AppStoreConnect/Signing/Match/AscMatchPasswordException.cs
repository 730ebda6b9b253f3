namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// The match password (<c>MATCH_PASSWORD</c>, or the settings' <c>Password</c>) does not open a file of the
/// storage: it is wrong, or it is not the one this storage was encrypted with. The message names the variable
/// and the file, never the password.
/// </summary>
public sealed class AscMatchPasswordException : AscMatchStorageException
{
    /// <summary>Initializes a new instance of the <see cref="AscMatchPasswordException"/> class.</summary>
    public AscMatchPasswordException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AscMatchPasswordException"/> class with a message.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public AscMatchPasswordException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AscMatchPasswordException"/> class with a message and a cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public AscMatchPasswordException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AscMatchPasswordException"/> class for a file.</summary>
    /// <param name="message">What is wrong and what to do; it names the file and the password's source.</param>
    /// <param name="filePath">The full path of the file the password did not open.</param>
    /// <param name="innerException">The cause, if any.</param>
    public AscMatchPasswordException(string message, string filePath, Exception? innerException = null)
        : base(message, filePath, innerException)
    {
    }
}
