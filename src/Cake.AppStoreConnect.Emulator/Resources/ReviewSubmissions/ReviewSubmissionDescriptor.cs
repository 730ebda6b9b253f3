using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissionItems;

namespace Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissions;

/// <summary>A review submission on the wire (schema <c>ReviewSubmission</c>).</summary>
internal sealed class ReviewSubmissionDescriptor : ResourceDescriptor<ReviewSubmissionRecord>
{
    public const string TypeName = "reviewSubmissions";

    public ReviewSubmissionDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["platform", "submittedDate", "state"];

    public override IReadOnlyList<Relationship<ReviewSubmissionRecord>> Relationships { get; } =
    [
        Relationship<ReviewSubmissionRecord>.One("app", AppDescriptor.TypeName, (s, _) => s.AppId).WithoutRoutes(),
        Relationship<ReviewSubmissionRecord>.Many("items", ReviewSubmissionItemDescriptor.TypeName, (s, c) => c.Table<ReviewSubmissionItemRecord>().Where(i => i.ReviewSubmissionId == s.Id).Select(i => i.Id)),
        Relationship<ReviewSubmissionRecord>.One("appStoreVersionForReview", AppStoreVersionDescriptor.TypeName, (s, c) => AppStoreReview.ItemsOf(s, c).Select(i => i.AppStoreVersionId).FirstOrDefault()).WithoutRoutes(),
    ];

    protected override void WriteAttributes(ReviewSubmissionRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["platform"] = record.Platform;
        if (record.SubmittedAt is { } submitted)
        {
            attributes["submittedDate"] = ApiDates.Format(submitted);
        }

        attributes["state"] = AppStoreReview.StateOf(record, context);
    }
}
