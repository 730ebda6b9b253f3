using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Errors;

namespace Cake.AppStoreConnect.Builds;

/// <summary>
/// App Store Connect refused a step (such as beta app review) because the build's export compliance is
/// unanswered. Apple's answer, with its codes, is kept: this is an <see cref="AscInvalidRequestException"/>.
/// </summary>
public sealed class AscExportComplianceMissingException : AscInvalidRequestException
{
    /// <summary>Creates the exception from Apple's refusal.</summary>
    /// <param name="refusal">Apple's answer.</param>
    /// <param name="build">The build without an answer.</param>
    public AscExportComplianceMissingException(AscApiException refusal, AscBuild build)
        : base(refusal?.StatusCode ?? throw new ArgumentNullException(nameof(refusal)), refusal.Method, refusal.Path, refusal.Errors, ExportCompliance.Advice(build ?? throw new ArgumentNullException(nameof(build))))
    {
        BuildId = build.Id;
    }

    /// <summary>Gets the id of the build whose export compliance is missing.</summary>
    public string BuildId { get; }
}
