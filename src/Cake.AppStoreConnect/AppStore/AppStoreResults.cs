using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>What <c>AscPrepareAppStoreVersion</c> did, or in a dry run would do.</summary>
/// <param name="App">The app.</param>
/// <param name="Version">The version; <see langword="null"/> only in a dry run that would create it.</param>
/// <param name="Created">Whether this call created the version.</param>
/// <param name="Build">The build attached, when one is.</param>
/// <param name="Changes">What changed (or would change), one line each.</param>
/// <param name="AlreadyInPlace">What was already as asked, one line each.</param>
/// <param name="DryRun">Whether nothing was changed.</param>
public sealed record AscPrepareAppStoreVersionResult(
    AscApp App,
    AscAppStoreVersion? Version,
    bool Created,
    AscBuild? Build,
    IReadOnlyList<string> Changes,
    IReadOnlyList<string> AlreadyInPlace,
    bool DryRun) : IAscChangeResult
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{App.BundleId} {(Version is null ? "new version" : Version.ToString())}{(Build is null ? string.Empty : $", build {Build.BuildNumber}")}: " +
        ChangeSummary.Of(this);
}

/// <summary>What <c>AscSubmitForReview</c> did, or in a dry run would do.</summary>
/// <param name="App">The app.</param>
/// <param name="Version">The version submitted.</param>
/// <param name="Submission">The review submission; <see langword="null"/> only in a dry run that would create it.</param>
/// <param name="AlreadySubmitted">Whether the version had already been submitted, so nothing was sent.</param>
/// <param name="Changes">What changed (or would change), one line each.</param>
/// <param name="DryRun">Whether nothing was changed.</param>
public sealed record AscSubmitForReviewResult(
    AscApp App,
    AscAppStoreVersion Version,
    AscReviewSubmission? Submission,
    bool AlreadySubmitted,
    IReadOnlyList<string> Changes,
    bool DryRun) : IAscChangeResult
{
    /// <summary>Gets what was already as asked, one line each.</summary>
    public IReadOnlyList<string> AlreadyInPlace { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() =>
        $"{App.BundleId} {Version.Platform} {Version.VersionString}: " +
        (AlreadySubmitted ? "already submitted" : ChangeSummary.Of(Changes, DryRun)) +
        (Submission is null ? string.Empty : $", {Submission}");
}

/// <summary>The state of an App Store version and of what surrounds it.</summary>
/// <param name="App">The app.</param>
/// <param name="Version">The version.</param>
/// <param name="Build">The attached build, when one is.</param>
/// <param name="Submission">The newest review submission of the version, when there is one.</param>
/// <param name="PhasedRelease">The phased release, when the version has one.</param>
public sealed record AscAppStoreVersionStatus(
    AscApp App,
    AscAppStoreVersion Version,
    AscBuild? Build,
    AscReviewSubmission? Submission,
    AscPhasedRelease? PhasedRelease)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{App.BundleId} {Version}" +
        (Build is null ? ", no build" : $", build {Build.BuildNumber}") +
        (Submission is null ? string.Empty : $", {Submission}") +
        (PhasedRelease is null ? string.Empty : $", {PhasedRelease}");
}
