using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>
/// An App Store release step cannot go ahead as things stand (a version already live or in review,
/// another open review submission, a phased release in the wrong state). The message says what to do.
/// </summary>
public class AscAppStoreException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">Apple's answer, when there was one.</param>
    public AscAppStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Gets Apple's errors, when App Store Connect refused a request.</summary>
    public IReadOnlyList<AscError> AppleErrors => InnerException is AscApiException api ? api.Errors : [];
}

/// <summary>A version is not ready for App Review: no build, or unanswered export compliance or content rights.</summary>
public sealed class AscNotReadyForReviewException : AscAppStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="version">The version, described.</param>
    /// <param name="problems">What is missing, each with its fix.</param>
    /// <param name="innerException">Apple's answer, when there was one.</param>
    public AscNotReadyForReviewException(string version, IReadOnlyList<string> problems, Exception? innerException = null)
        : base($"{version} is not ready for App Review:{string.Concat(problems.Select(p => Environment.NewLine + "  - " + p))}", innerException)
    {
        Problems = problems;
    }

    /// <summary>Gets what is missing.</summary>
    public IReadOnlyList<string> Problems { get; }
}
