using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>What <c>AscDistributeBuild</c> or <c>AscSubmitForBetaReview</c> did, and where the build stands.</summary>
public sealed record AscDistributeBuildResult : IAscChangeResult
{
    /// <summary>Gets Apple's id of the app.</summary>
    public required string AppId { get; init; }

    /// <summary>Gets the app's bundle id.</summary>
    public required string BundleId { get; init; }

    /// <summary>Gets the build.</summary>
    public required AscBuild Build { get; init; }

    /// <summary>Gets the build's id.</summary>
    public string BuildId => Build.Id;

    /// <summary>Gets what this run changed (in a dry run: would change), one line each.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <summary>Gets what was already in place and left alone, one line each.</summary>
    public IReadOnlyList<string> AlreadyInPlace { get; init; } = [];

    /// <summary>Gets the names of the groups the build was added to by this run.</summary>
    public IReadOnlyList<string> GroupsAdded { get; init; } = [];

    /// <summary>Gets the names of the groups that already had the build.</summary>
    public IReadOnlyList<string> GroupsAlreadyHadBuild { get; init; } = [];

    /// <summary>Gets the build's beta app review submission, when there is one.</summary>
    public AscBetaAppReviewSubmission? BetaReview { get; init; }

    /// <summary>Gets a value indicating whether testers were notified by this run.</summary>
    public bool Notified { get; init; }

    /// <summary>Gets the earlier builds expired by this run.</summary>
    public IReadOnlyList<AscBuild> ExpiredBuilds { get; init; } = [];

    /// <summary>Gets a value indicating whether this was a dry run that changed nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Gets a value indicating whether everything was already in place.</summary>
    public bool NothingChanged => Changes.Count == 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"{BundleId} {Build}: {(DryRun ? "dry run, would make" : "made")} {Changes.Count} change(s), {AlreadyInPlace.Count} already in place" +
        (BetaReview is null ? string.Empty : $", beta review {BetaReview.BetaReviewState}");
}
