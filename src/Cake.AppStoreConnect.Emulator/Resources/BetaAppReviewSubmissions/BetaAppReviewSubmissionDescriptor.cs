using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Builds;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewSubmissions;

/// <summary>A beta app review submission on the wire (schema <c>BetaAppReviewSubmission</c>).</summary>
internal sealed class BetaAppReviewSubmissionDescriptor : ResourceDescriptor<BetaAppReviewSubmissionRecord>
{
    public const string TypeName = "betaAppReviewSubmissions";

    public BetaAppReviewSubmissionDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["betaReviewState", "submittedDate"];

    public override IReadOnlyList<Relationship<BetaAppReviewSubmissionRecord>> Relationships { get; } =
    [
        Relationship<BetaAppReviewSubmissionRecord>.One("build", BuildDescriptor.TypeName, (s, _) => s.BuildId),
    ];

    protected override void WriteAttributes(BetaAppReviewSubmissionRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["betaReviewState"] = record.ReviewState(context);
        attributes["submittedDate"] = ApiDates.Format(record.SubmittedDate);
    }
}
