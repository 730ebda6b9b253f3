using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// An app archive (.ipa or .pkg) cannot be used: it is missing, empty, not an archive, or lacks what an
/// upload needs. Thrown before any request is made; the message names the file and what to fix.
/// </summary>
public sealed class AppArchiveException : AscException
{
    /// <summary>Initializes a new instance of the <see cref="AppArchiveException"/> class.</summary>
    public AppArchiveException()
    {
        FilePath = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="AppArchiveException"/> class with a message.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public AppArchiveException(string message)
        : base(message)
    {
        FilePath = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="AppArchiveException"/> class with a message and a cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The error that made the archive unreadable.</param>
    public AppArchiveException(string message, Exception? innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="AppArchiveException"/> class for a file.</summary>
    /// <param name="message">What is wrong and what to do; it should name the file.</param>
    /// <param name="filePath">The full path of the archive.</param>
    /// <param name="innerException">The error that made the archive unreadable, if any.</param>
    public AppArchiveException(string message, string filePath, Exception? innerException = null)
        : base(message, innerException)
    {
        FilePath = filePath ?? string.Empty;
    }

    /// <summary>Gets the full path of the archive, or an empty string when not known.</summary>
    public string FilePath { get; }
}
