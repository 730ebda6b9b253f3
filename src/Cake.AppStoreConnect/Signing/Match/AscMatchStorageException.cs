using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// A fastlane match storage folder cannot be used as asked: a file is damaged or in no format match writes,
/// or what was asked for is not in it. Raised before anything is written; the message names the file and what to do.
/// A wrong password is <see cref="AscMatchPasswordException"/> instead.
/// </summary>
public class AscMatchStorageException : AscException
{
    /// <summary>Initializes a new instance of the <see cref="AscMatchStorageException"/> class.</summary>
    public AscMatchStorageException()
    {
        FilePath = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="AscMatchStorageException"/> class with a message.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public AscMatchStorageException(string message)
        : base(message)
    {
        FilePath = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="AscMatchStorageException"/> class with a message and a cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public AscMatchStorageException(string message, Exception? innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="AscMatchStorageException"/> class for a file.</summary>
    /// <param name="message">What is wrong and what to do; it names the file.</param>
    /// <param name="filePath">The full path of the file.</param>
    /// <param name="innerException">The cause, if any.</param>
    public AscMatchStorageException(string message, string filePath, Exception? innerException = null)
        : base(message, innerException)
    {
        FilePath = filePath ?? string.Empty;
    }

    /// <summary>Gets the full path of the file concerned, or an empty string when no one file is.</summary>
    public string FilePath { get; }
}
