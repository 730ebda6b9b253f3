using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>What <c>AscUploadBuild</c> did and where the build stands.</summary>
public sealed record AscUploadBuildResult : IAscChangeResult
{
    /// <summary>Gets Apple's id of the app.</summary>
    public required string AppId { get; init; }

    /// <summary>Gets the bundle id.</summary>
    public required string BundleId { get; init; }

    /// <summary>Gets CFBundleShortVersionString.</summary>
    public required string ShortVersion { get; init; }

    /// <summary>Gets CFBundleVersion.</summary>
    public required string BuildNumber { get; init; }

    /// <summary>Gets the platform.</summary>
    public required string Platform { get; init; }

    /// <summary>Gets the build upload's id; <see langword="null"/> in a dry run that would create one.</summary>
    public string? BuildUploadId { get; init; }

    /// <summary>Gets the upload's final state (<see cref="AscBuildUploadState"/>).</summary>
    public string? UploadState { get; init; }

    /// <summary>Gets the build, once known.</summary>
    public AscBuild? Build { get; init; }

    /// <summary>Gets the build's id, once known.</summary>
    public string? BuildId => Build?.Id;

    /// <summary>Gets the build's processing state, once known.</summary>
    public string? ProcessingState => Build?.ProcessingState;

    /// <summary>Gets a value indicating whether this version and build number had already been uploaded, so nothing was sent.</summary>
    public bool AlreadyUploaded { get; init; }

    /// <summary>Gets a value indicating whether this was a dry run that changed nothing.</summary>
    public bool DryRun { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyList<string> AlreadyInPlace { get; init; } = [];

    /// <summary>Gets what sending the bytes took; <see langword="null"/> when nothing was sent.</summary>
    public Client.Uploads.AscUploadedFile? Transfer { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{BundleId} {ShortVersion} ({BuildNumber}) {Platform}: {(DryRun ? "dry run" : AlreadyUploaded ? "already uploaded" : "uploaded")}, upload {UploadState ?? "-"}, build {ProcessingState ?? "-"}";
}
