using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;
using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;

/// <summary>The Build Upload API's files: reservation, commit and reads; their parts go to the shared part URLs (<c>Uploads/</c>).</summary>
internal sealed class BuildUploadFilesModule : IResourceModule
{
    public const long MaximumFileSize = 9_007_199_254_740_991;

    private static readonly BuildUploadFileDescriptor Descriptor = new();
    private static readonly string[] AssetTypes = ["ASSET", "ASSET_DESCRIPTION", "ASSET_SPI"];
    private static readonly string[] Utis = ["com.apple.binary-property-list", "com.apple.ipa", "com.apple.pkg", "com.apple.xml-property-list", "com.pkware.zip-archive"];
    private static readonly string[] BinaryUtis = ["com.apple.ipa", "com.apple.pkg"];

    private static readonly QueryRules<BuildUploadFileRecord> InstanceRules = new(Descriptor);

    public void Register(EmulatorContext context)
    {
        context.Store.Register<BuildUploadFileRecord>(BuildUploadFileDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.UploadTargets.Add(new UploadTarget<BuildUploadFileRecord>("SHA_256", new UploadCommit(context, Descriptor).CommitAsync));
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapPost("/v1/buildUploadFiles", (Delegate)((HttpContext http) => ReserveAsync(http, context)));
        routes.MapGet("/v1/buildUploadFiles/{id}", (HttpContext http, string id) =>
        {
            UploadedFile.RenewExpiredUrls<BuildUploadFileRecord>(context, id);
            return Api.Get(http, context, InstanceRules, id);
        });
        var target = context.UploadTargets.OfType<UploadTarget<BuildUploadFileRecord>>().Single();
        routes.MapPatch("/v1/buildUploadFiles/{id}", (HttpContext http, string id) => target.CommitAsync(http, id));
    }

    /// <summary>
    /// <c>POST /v1/buildUploadFiles</c>: reserves the file and answers the part URLs. One file of each asset
    /// type per upload, only while the upload awaits its bytes; the binary must be an IPA or a package.
    /// </summary>
    private static async Task<IResult> ReserveAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BuildUploadFileDescriptor.TypeName);
        entity.AllowOnly(["assetType", "fileName", "fileSize", "uti"], ["buildUpload"]);
        var assetType = entity.RequiredEnum("assetType", AssetTypes);
        var fileName = entity.RequiredString("fileName");
        var fileSize = entity.RequiredInteger("fileSize", 1, MaximumFileSize);
        var uti = entity.RequiredEnum("uti", Utis);
        var uploadId = entity.RequiredRelationship("buildUpload", BuildUploadDescriptor.TypeName);
        if (assetType == "ASSET" && !BinaryUtis.Contains(uti))
        {
            throw Errors.AttributeInvalid(EntityReader.Pointer("uti"), $"The ASSET of a build upload must be an IPA (com.apple.ipa) or a package (com.apple.pkg), not '{uti}'.");
        }

        return Api.Write(http, context, c =>
        {
            var upload = c.Table<BuildUploadRecord>().Find(uploadId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/buildUpload/data/id", $"There is no build upload with id '{uploadId}'.");
            if (upload.CommittedAt is not null)
            {
                throw Errors.State($"Build upload '{uploadId}' is no longer awaiting its file.");
            }

            var files = c.Table<BuildUploadFileRecord>();
            if (files.Where(f => f.BuildUploadId == uploadId && f.AssetType == assetType).FirstOrDefault() is { } existing)
            {
                throw Errors.Duplicate(EntityReader.Pointer("assetType"), $"Build upload '{uploadId}' already has an {assetType} file: '{existing.Id}'. Read it with GET /v1/buildUploads/{uploadId}/buildUploadFiles.");
            }

            var file = new BuildUploadFileRecord
            {
                Id = Ids.NewUuid(),
                BuildUploadId = uploadId,
                AssetType = assetType,
                FileName = fileName,
                FileSize = fileSize,
                Uti = uti,
                AssetToken = "Purple/v4/" + Ids.NewToken()[..32],
                UploadToken = Ids.NewToken(),
                UploadExpiration = c.Now + context.Options.UploadUrlLifetime,
                PartSize = context.Options.UploadPartSize,
            };
            files.Add(file);
            if (assetType == "ASSET")
            {
                upload.AssetFileId = file.Id;
            }

            return JsonApiResults.Json(Documents.Single(Descriptor, file, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }
}
