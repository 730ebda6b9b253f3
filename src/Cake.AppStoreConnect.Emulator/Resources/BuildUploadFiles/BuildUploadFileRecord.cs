using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;

/// <summary>A stored file reservation of a build upload (parts, token and commit in <see cref="UploadedFile"/>) and the checksum it was committed with.</summary>
internal sealed class BuildUploadFileRecord : UploadedFile, IPartOf
{
    public required string BuildUploadId { get; init; }

    (string Type, string Id) IPartOf.Whole => (BuildUploads.BuildUploadDescriptor.TypeName, BuildUploadId);

    public required string AssetType { get; init; }

    public required string Uti { get; init; }

    public required string AssetToken { get; init; }

    public string? ChecksumHash { get; set; }

    public string? ChecksumAlgorithm { get; set; }
}
