using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionReleaseRequests;

/// <summary>A stored release request: the developer released a version approved for manual release.</summary>
internal sealed class ReleaseRequestRecord : IRecord
{
    public required string Id { get; init; }

    public required string AppStoreVersionId { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }
}
