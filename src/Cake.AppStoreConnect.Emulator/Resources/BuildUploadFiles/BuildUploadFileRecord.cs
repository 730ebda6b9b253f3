using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;

/// <summary>A stored file reservation: its parts, the pre-signed upload token, and the commit.</summary>
internal sealed class BuildUploadFileRecord : IRecord
{
    public required string Id { get; init; }

    public required string BuildUploadId { get; init; }

    public required string AssetType { get; init; }

    public required string FileName { get; init; }

    public required long FileSize { get; init; }

    public required string Uti { get; init; }

    public required string AssetToken { get; init; }

    /// <summary>Gets the secret part of the pre-signed part URLs; whoever has it may upload.</summary>
    public required string UploadToken { get; set; }

    public required DateTimeOffset UploadExpiration { get; set; }

    public required long PartSize { get; init; }

    public List<int> ReceivedParts { get; init; } = [];

    public DateTimeOffset? CommittedAt { get; set; }

    public string? ChecksumHash { get; set; }

    public string? ChecksumAlgorithm { get; set; }

    public PartLayout Layout => new(FileSize, PartSize);
}
