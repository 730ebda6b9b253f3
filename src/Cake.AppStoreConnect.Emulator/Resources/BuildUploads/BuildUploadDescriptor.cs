using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;
using Cake.AppStoreConnect.Emulator.Resources.Builds;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploads;

/// <summary>A build upload on the wire (schema <c>BuildUpload</c>).</summary>
internal sealed class BuildUploadDescriptor : ResourceDescriptor<BuildUploadRecord>
{
    public const string TypeName = "buildUploads";

    public BuildUploadDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } =
        ["cfBundleShortVersionString", "cfBundleVersion", "createdDate", "state", "platform", "uploadedDate"];

    public override IReadOnlyList<Relationship<BuildUploadRecord>> Relationships { get; } =
    [
        Relationship<BuildUploadRecord>.One("build", BuildDescriptor.TypeName, (u, _) => u.BuildId).WithoutRoutes(),
        Relationship<BuildUploadRecord>.One("assetFile", BuildUploadFileDescriptor.TypeName, (u, _) => u.AssetFileId).WithoutRoutes(),
        Relationship<BuildUploadRecord>.Many("buildUploadFiles", BuildUploadFileDescriptor.TypeName, (u, c) => c.Table<BuildUploadFileRecord>().Where(f => f.BuildUploadId == u.Id).Select(f => f.Id)),
    ];

    protected override void WriteAttributes(BuildUploadRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["cfBundleShortVersionString"] = record.CfBundleShortVersionString;
        attributes["cfBundleVersion"] = record.CfBundleVersion;
        attributes["createdDate"] = ApiDates.Format(record.CreatedDate);
        var state = BuildUploadState.Of(record, context.Now, context.Emulator.Options.ProcessingTime);
        var stateObject = new JsonObject
        {
            ["errors"] = new JsonArray([.. (state == BuildUploadState.Failed ? record.Errors : []).Select(e => (JsonNode)new JsonObject { ["code"] = e.Code, ["description"] = e.Description })]),
            ["warnings"] = new JsonArray(),
            ["infos"] = new JsonArray(),
            ["state"] = state,
        };
        attributes["state"] = stateObject;
        attributes["platform"] = record.Platform;
        if (record.CommittedAt is { } uploaded)
        {
            attributes["uploadedDate"] = ApiDates.Format(uploaded);
        }
    }
}
