using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// Screenshots or app previews cannot be synced as things stand: no editable version, a locale the version lacks, or App Store
/// Connect's processing refused a file (its <see cref="ProcessingErrors"/> are Apple's <c>errors[]</c>). The message says what to do.
/// </summary>
public sealed class AscMediaSyncException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="processingErrors">Apple's processing errors, as <c>CODE: description</c>.</param>
    /// <param name="innerException">Apple's answer, when there was one.</param>
    public AscMediaSyncException(string message, IReadOnlyList<string>? processingErrors = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ProcessingErrors = processingErrors ?? [];
    }

    /// <summary>Gets Apple's processing errors of a FAILED screenshot or preview.</summary>
    public IReadOnlyList<string> ProcessingErrors { get; }
}
