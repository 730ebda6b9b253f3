using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploads;

/// <summary>
/// A stored build upload. Its state is derived from <see cref="CommittedAt"/> and <see cref="Outcome"/>
/// when read (see <see cref="BuildUploadState"/>): processing is the time between the two being visible.
/// </summary>
internal sealed class BuildUploadRecord : IAppOwned
{
    public required string Id { get; init; }

    public required string AppId { get; init; }

    IEnumerable<string> IAppOwned.AppIds => [AppId];

    public required string CfBundleShortVersionString { get; init; }

    public required string CfBundleVersion { get; init; }

    public required string Platform { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }

    /// <summary>Gets or sets when the asset file was committed (the upload's <c>uploadedDate</c>).</summary>
    public DateTimeOffset? CommittedAt { get; set; }

    /// <summary>Gets or sets what processing will end in, decided at commit: COMPLETE or FAILED.</summary>
    public string? Outcome { get; set; }

    public List<StateDetail> Errors { get; init; } = [];

    public string? AssetFileId { get; set; }

    public string? BuildId { get; set; }
}

/// <summary>Apple's <c>StateDetail</c> / <c>AppMediaStateError</c>: a code and a description.</summary>
internal sealed record StateDetail(string Code, string Description);
