using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionReleaseRequests;

/// <summary>A release request on the wire (schema <c>AppStoreVersionReleaseRequest</c>: type and id only).</summary>
internal sealed class ReleaseRequestDescriptor : ResourceDescriptor<ReleaseRequestRecord>
{
    public const string TypeName = "appStoreVersionReleaseRequests";

    public ReleaseRequestDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = [];

    public override IReadOnlyList<Relationship<ReleaseRequestRecord>> Relationships { get; } = [];

    protected override void WriteAttributes(ReleaseRequestRecord record, JsonObject attributes, ResourceContext context)
    {
    }
}
