using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewDetails;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewAttachments;

/// <summary>
/// App Review attachments over Apple's asset upload flow (<c>uploading-assets-to-app-store-connect</c>): reserve
/// (<c>fileName</c>, <c>fileSize</c>) → PUT the parts → commit (<c>uploaded: true</c> with the MD5 of the whole
/// file; every part received, size and checksum checked) → processing → COMPLETE. A committed file takes no more
/// parts; to change it, delete it and reserve again.
/// </summary>
internal sealed class AppStoreReviewAttachmentsModule : IResourceModule
{
    /// <summary>The largest attachment accepted; Apple's limit is not documented, this is a guess.</summary>
    public const long MaximumFileSize = 1L << 30;

    private static readonly AppStoreReviewAttachmentDescriptor Descriptor = new();

    private static readonly QueryRules<AppStoreReviewAttachmentRecord> InstanceRules = new QueryRules<AppStoreReviewAttachmentRecord>(Descriptor).Include("appStoreReviewDetail");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<AppStoreReviewAttachmentRecord>(AppStoreReviewAttachmentDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Registry.AddRelatedRules(new QueryRules<AppStoreReviewAttachmentRecord>(Descriptor).Paged().Include("appStoreReviewDetail"), InstanceRules);
        context.UploadTargets.Add(new UploadTarget<AppStoreReviewAttachmentRecord>("MD5", (http, id) => CommitAsync(http, context, id)));
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/appStoreReviewAttachments/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPost("/v1/appStoreReviewAttachments", (Delegate)((HttpContext http) => ReserveAsync(http, context)));
        routes.MapPatch("/v1/appStoreReviewAttachments/{id}", (HttpContext http, string id) => CommitAsync(http, context, id));
        routes.MapDelete("/v1/appStoreReviewAttachments/{id}", (HttpContext http, string id) => Delete(http, context, id));
    }

    private static async Task<IResult> ReserveAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<AppStoreReviewAttachmentRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppStoreReviewAttachmentDescriptor.TypeName);
        entity.AllowOnly(["fileName", "fileSize"], ["appStoreReviewDetail"]);
        var fileName = entity.RequiredString("fileName");
        var fileSize = entity.RequiredInteger("fileSize", 1, MaximumFileSize);
        var detailId = entity.RequiredRelationship("appStoreReviewDetail", AppStoreReviewDetailDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            var detail = c.Table<AppStoreReviewDetailRecord>().Find(detailId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/appStoreReviewDetail/data/id", $"There is no appStoreReviewDetail with id '{detailId}'.");
            if (c.Table<AppStoreVersionRecord>().Find(detail.AppStoreVersionId) is { } version)
            {
                AppStoreReviewDetailsModule.RequireEditable(version, "fileName", c);
            }

            var attachment = new AppStoreReviewAttachmentRecord
            {
                Id = Ids.NewUuid(),
                AppStoreReviewDetailId = detailId,
                FileName = fileName,
                FileSize = fileSize,
                UploadToken = Ids.NewToken(),
                UploadExpiration = c.Now + context.Options.UploadUrlLifetime,
                PartSize = context.Options.UploadPartSize,
            };
            c.Table<AppStoreReviewAttachmentRecord>().Add(attachment);
            return JsonApiResults.Json(Documents.Single(Descriptor, attachment, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    /// <summary>
    /// <c>PATCH</c>, the commit: <c>uploaded: true</c> needs <c>sourceFileChecksum</c> (MD5, hex) matching the parts,
    /// and all of the reserved size. Repeating a commit with the same checksum answers the committed file again.
    /// </summary>
    private static async Task<IResult> CommitAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, new QueryRules<AppStoreReviewAttachmentRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppStoreReviewAttachmentDescriptor.TypeName, id);
        entity.AllowOnly(["sourceFileChecksum", "uploaded"], []);
        var uploaded = entity.OptionalBoolean("uploaded");
        var checksum = entity.OptionalString("sourceFileChecksum");

        using var commitLock = await context.Uploads.LockCommitAsync(id, http.RequestAborted);
        var attachment = context.Store.Read(s => s.Table<AppStoreReviewAttachmentRecord>().Find(id)) ?? throw Errors.NotFound(AppStoreReviewAttachmentDescriptor.TypeName, id);
        if (attachment.CommittedAt is not null)
        {
            UploadVerification.RequireRepeatedCommit(attachment, "App Review attachment", checksum, attachment.SourceFileChecksum!);
            return Api.Read(http, context, c => JsonApiResults.Json(Documents.Single(Descriptor, attachment, query, c, http.Request)));
        }

        if (uploaded == true)
        {
            await UploadVerification.VerifySourceFileChecksumAsync(context.Uploads, attachment, checksum, "MD5", http.RequestAborted);
        }

        var answer = Api.Write(http, context, c =>
        {
            attachment.SourceFileChecksum = checksum ?? attachment.SourceFileChecksum;
            if (uploaded == true)
            {
                attachment.CommittedAt = c.Now;
            }

            return JsonApiResults.Json(Documents.Single(Descriptor, attachment, query, c, http.Request));
        });
        if (uploaded == true)
        {
            context.Uploads.DeletePartsLater(attachment.Id);
        }

        return answer;
    }

    private static IResult Delete(HttpContext http, EmulatorContext context, string id)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<AppStoreReviewAttachmentRecord>(Descriptor), context.Registry);
        return Api.Write(http, context, c =>
        {
            var table = c.Table<AppStoreReviewAttachmentRecord>();
            if (table.Find(id) is null)
            {
                throw Errors.NotFound(AppStoreReviewAttachmentDescriptor.TypeName, id);
            }

            table.Remove(id);
            return JsonApiResults.NoContent();
        });
    }
}
