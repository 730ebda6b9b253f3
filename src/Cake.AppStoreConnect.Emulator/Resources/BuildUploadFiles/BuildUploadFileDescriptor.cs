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
            return BuildUploadState.AwaitingUpload;
        }

        return BuildUploadState.Of(upload, context.Now, context.Emulator.Options.ProcessingTime) switch
        {
            BuildUploadState.Complete => "COMPLETE",
            BuildUploadState.Failed => "FAILED",
            _ => "UPLOAD_COMPLETE",
        };
    }

    protected override void WriteAttributes(BuildUploadFileRecord record, JsonObject attributes, ResourceContext context)
    {
        var upload = context.Table<BuildUploadRecord>().Find(record.BuildUploadId);
        var state = DeliveryState(record, upload, context);
        attributes["assetDeliveryState"] = new JsonObject
        {
            ["errors"] = new JsonArray([.. (state == "FAILED" ? upload!.Errors : []).Select(e => (JsonNode)new JsonObject { ["code"] = e.Code, ["description"] = e.Description })]),
            ["warnings"] = new JsonArray(),
            ["state"] = state,
        };
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

        if (record.CommittedAt is null)
        {
            attributes["uploadOperations"] = new JsonArray([.. Enumerable.Range(1, record.Layout.PartCount).Select(n => (JsonNode)Operation(record, n, context))]);
        }

        attributes["uti"] = record.Uti;
    }

    private static JsonObject Operation(BuildUploadFileRecord record, int partNumber, ResourceContext context) => new()
    {
        ["method"] = "PUT",
        ["url"] = context.Url(UploadPartEndpoint.PartPath(record.UploadToken, partNumber)),
        ["length"] = record.Layout.Length(partNumber),
        ["offset"] = record.Layout.Offset(partNumber),
        ["requestHeaders"] = new JsonArray(new JsonObject { ["name"] = "Content-Type", ["value"] = UploadPartEndpoint.ContentType }),
        ["expiration"] = ApiDates.Format(record.UploadExpiration),
        ["partNumber"] = partNumber,
    };
}
