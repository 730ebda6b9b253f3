using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Builds;

/// <summary>
/// App Store Connect rejected a build (upload FAILED, build INVALID or FAILED), or processing did not
/// finish in time. The message carries Apple's codes and descriptions and what to do.
/// </summary>
public sealed class AscProcessingException : AscException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="details">Apple's findings, if any.</param>
    public AscProcessingException(string message, IReadOnlyList<AscStateDetail>? details = null)
        : base(details is { Count: > 0 } ? message + Environment.NewLine + string.Join(Environment.NewLine, details.Select(d => "  - " + d)) : message)
    {
        Details = details ?? [];
    }

    /// <summary>Gets Apple's findings.</summary>
    public IReadOnlyList<AscStateDetail> Details { get; }
}
