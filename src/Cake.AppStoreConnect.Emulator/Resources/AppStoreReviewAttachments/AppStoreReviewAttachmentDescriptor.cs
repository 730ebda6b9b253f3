using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewDetails;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewAttachments;

/// <summary>
/// An App Review attachment on the wire (schema <c>AppStoreReviewAttachment</c>): AWAITING_UPLOAD with its
/// <c>uploadOperations</c> until committed, UPLOAD_COMPLETE while processing (the emulator's processing time), then COMPLETE.
/// </summary>
internal sealed class AppStoreReviewAttachmentDescriptor : ResourceDescriptor<AppStoreReviewAttachmentRecord>
{
    public const string TypeName = "appStoreReviewAttachments";

    public AppStoreReviewAttachmentDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["fileSize", "fileName", "sourceFileChecksum", "uploadOperations", "assetDeliveryState"];

    public override IReadOnlyList<Relationship<AppStoreReviewAttachmentRecord>> Relationships { get; } =
    [
        Relationship<AppStoreReviewAttachmentRecord>.One("appStoreReviewDetail", AppStoreReviewDetailDescriptor.TypeName, (a, _) => a.AppStoreReviewDetailId).WithoutRoutes(),
    ];

    public static string DeliveryState(AppStoreReviewAttachmentRecord record, ResourceContext context) =>
        AssetDeliveryState.Of(record.CommittedAt, failed: false, context.Now, context.Emulator.Options.ProcessingTime);

    protected override void WriteAttributes(AppStoreReviewAttachmentRecord record, JsonObject attributes, ResourceContext context)
    {
        UploadOperations.WriteWithFile(record, record.SourceFileChecksum, attributes, context);
        attributes["assetDeliveryState"] = AssetDeliveryState.ToJson(DeliveryState(record, context), []);
    }
}
