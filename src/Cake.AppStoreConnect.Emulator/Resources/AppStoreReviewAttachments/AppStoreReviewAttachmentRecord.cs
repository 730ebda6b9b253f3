using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewAttachments;

/// <summary>A stored App Review attachment: a reserved file that takes its bytes at part URLs, then the MD5 commit.</summary>
internal sealed class AppStoreReviewAttachmentRecord : IRecord
{
    public required string Id { get; init; }

    public required string AppStoreReviewDetailId { get; init; }

    public required string FileName { get; init; }

    public required long FileSize { get; init; }

    /// <summary>Gets the secret part of the pre-signed part URLs.</summary>
    public required string UploadToken { get; init; }

    public required DateTimeOffset UploadExpiration { get; init; }

    public required long PartSize { get; init; }

    public List<int> ReceivedParts { get; init; } = [];

    public DateTimeOffset? CommittedAt { get; set; }

    public string? SourceFileChecksum { get; set; }

    public PartLayout Layout => new(FileSize, PartSize);
}
