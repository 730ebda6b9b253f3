using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;

/// <summary>A build upload file on the wire (schema <c>BuildUploadFile</c>), with its upload operations while it awaits the bytes.</summary>
internal sealed class BuildUploadFileDescriptor : ResourceDescriptor<BuildUploadFileRecord>
{
    public const string TypeName = "buildUploadFiles";

    public BuildUploadFileDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } =
        ["assetDeliveryState", "assetToken", "assetType", "fileName", "fileSize", "sourceFileChecksums", "uploadOperations", "uti"];

    public override IReadOnlyList<Relationship<BuildUploadFileRecord>> Relationships { get; } = [];

    /// <summary>The per-file state, derived from the upload's: the file is delivered once committed, then follows processing.</summary>
    public static string DeliveryState(BuildUploadFileRecord file, BuildUploadRecord? upload, ResourceContext context)
    {
        if (file.CommittedAt is null || upload is null)
        {
            return AssetDeliveryState.AwaitingUpload;
        }

        return BuildUploadState.Of(upload, context.Now, context.Emulator.Options.ProcessingTime) switch
        {
            BuildUploadState.Complete => AssetDeliveryState.Complete,
            BuildUploadState.Failed => AssetDeliveryState.Failed,
            _ => AssetDeliveryState.UploadComplete,
        };
    }

    protected override void WriteAttributes(BuildUploadFileRecord record, JsonObject attributes, ResourceContext context)
    {
        var upload = context.Table<BuildUploadRecord>().Find(record.BuildUploadId);
        var state = DeliveryState(record, upload, context);
        attributes["assetDeliveryState"] = AssetDeliveryState.ToJson(state, upload?.Errors ?? []);
        attributes["assetToken"] = record.AssetToken;
        attributes["assetType"] = record.AssetType;
        attributes["fileName"] = record.FileName;
        attributes["fileSize"] = record.FileSize;
        if (record.ChecksumHash is not null)
        {
            attributes["sourceFileChecksums"] = new JsonObject
            {
                ["file"] = new JsonObject { ["hash"] = record.ChecksumHash, ["algorithm"] = record.ChecksumAlgorithm },
            };
        }

        // Apple's DeliveryFileUploadOperation: with the part's expiry and number.
        UploadOperations.Write(record, attributes, context, withExpiration: true);
        attributes["uti"] = record.Uti;
    }
}
