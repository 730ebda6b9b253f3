using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

namespace Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissionItems;

/// <summary>A review submission item on the wire (schema <c>ReviewSubmissionItem</c>).</summary>
internal sealed class ReviewSubmissionItemDescriptor : ResourceDescriptor<ReviewSubmissionItemRecord>
{
    public const string TypeName = "reviewSubmissionItems";

    public ReviewSubmissionItemDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["state"];

    public override IReadOnlyList<Relationship<ReviewSubmissionItemRecord>> Relationships { get; } =
    [
        Relationship<ReviewSubmissionItemRecord>.One("appStoreVersion", AppStoreVersionDescriptor.TypeName, (i, _) => i.AppStoreVersionId).WithoutRoutes(),
    ];

    protected override void WriteAttributes(ReviewSubmissionItemRecord record, JsonObject attributes, ResourceContext context) =>
        attributes["state"] = AppStoreReview.ItemState(record, context);
}
