using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>
/// A screenshot or preview on the wire (schemas <c>AppScreenshot</c>, <c>AppPreview</c>): the attributes both
/// have, the upload operations while it awaits its bytes (Apple's <c>UploadOperation</c>: no expiry or part
/// number), and the delivery state; <paramref name="writeOwn"/> adds the attributes only one kind has.
/// </summary>
internal sealed class MediaAssetDescriptor<TAsset>(MediaKind kind, IReadOnlyList<string> ownAttributes, Action<TAsset, JsonObject, string, ResourceContext> writeOwn)
    : ResourceDescriptor<TAsset>(kind.AssetType)
    where TAsset : MediaAssetRecord
{
    public override IReadOnlyList<string> AttributeNames { get; } = ["fileName", "fileSize", "sourceFileChecksum", "uploadOperations", .. ownAttributes];

    public override IReadOnlyList<Relationship<TAsset>> Relationships { get; } =
        [Relationship<TAsset>.One(kind.SetRelationship, kind.SetType, (a, _) => a.SetId).WithoutRoutes()];

    public static string StateOf(TAsset asset, ResourceContext context) =>
        AssetDeliveryState.Of(asset.CommittedAt, asset.Errors.Count > 0, context.Now, context.Emulator.Options.ProcessingTime);

    /// <summary>Apple's <c>AppMediaAssetState</c>: errors only once processing has failed.</summary>
    public static JsonObject DeliveryState(TAsset asset, string state) => AssetDeliveryState.ToJson(state, asset.Errors);

    protected override void WriteAttributes(TAsset record, JsonObject attributes, ResourceContext context)
    {
        UploadOperations.WriteWithFile(record, record.SourceFileChecksum, attributes, context);
        writeOwn(record, attributes, StateOf(record, context), context);
    }
}
