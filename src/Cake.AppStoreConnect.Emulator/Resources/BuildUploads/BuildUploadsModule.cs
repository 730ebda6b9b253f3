using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildUploads;

/// <summary>The Build Upload API's uploads: create, read, delete, list per app; and processing into builds.</summary>
internal sealed partial class BuildUploadsModule : IResourceModule
{
    private static readonly BuildUploadDescriptor Descriptor = new();

    private static readonly QueryRules<BuildUploadRecord> InstanceRules = new QueryRules<BuildUploadRecord>(Descriptor)
        .Include("build", "assetFile");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<BuildUploadRecord>(BuildUploadDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Store.RegisterTransition((store, now) => FinishProcessing(store, now, context.Options.ProcessingTime));
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        var listRules = new QueryRules<BuildUploadRecord>(Descriptor).Paged()
            .Filter("cfBundleShortVersionString", (u, _) => u.CfBundleShortVersionString)
            .Filter("cfBundleVersion", (u, _) => u.CfBundleVersion)
            .Filter("platform", (u, _) => u.Platform, Platforms.All)
            .Filter("state", (u, c) => BuildUploadState.Of(u, c.Now, context.Options.ProcessingTime), BuildUploadState.All)
            .Sort("cfBundleVersion", (u, _) => new VersionKey(u.CfBundleVersion))
            .Sort("uploadedDate", (u, _) => u.CommittedAt ?? u.CreatedDate)
            .Include("build", "assetFile");

        routes.MapPost("/v1/buildUploads", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapGet("/v1/buildUploads/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapDelete("/v1/buildUploads/{id}", (HttpContext http, string id) => Delete(http, context, id));
        routes.MapGet("/v1/apps/{id}/buildUploads", (HttpContext http, string id) =>
            Api.List(http, context, listRules, c =>
            {
                var app = Api.Parent<AppRecord>(c, AppDescriptor.TypeName, id);
                return c.Table<BuildUploadRecord>().Where(u => u.AppId == app.Id);
            }));
    }

    /// <summary>
    /// <c>POST /v1/buildUploads</c>. A version and build number may be used once per app and platform: a
    /// second upload is refused while the first has not failed, and always once it became a build.
    /// </summary>
    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<BuildUploadRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BuildUploadDescriptor.TypeName);
        entity.AllowOnly(["cfBundleShortVersionString", "cfBundleVersion", "platform"], ["app"]);
        var shortVersion = VersionNumber(entity, "cfBundleShortVersionString");
        var buildNumber = VersionNumber(entity, "cfBundleVersion");
        var platform = entity.RequiredEnum("platform", Platforms.All);
        var appId = entity.RequiredRelationship("app", AppDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            if (c.Table<AppRecord>().Find(appId) is null)
            {
                throw Errors.RelationshipInvalid("/data/relationships/app/data/id", $"There is no app with id '{appId}'.");
            }

            var previous = c.Table<BuildUploadRecord>().Where(u =>
                u.AppId == appId && u.Platform == platform && u.CfBundleShortVersionString == shortVersion && u.CfBundleVersion == buildNumber
                && BuildUploadState.Of(u, c.Now, context.Options.ProcessingTime) != BuildUploadState.Failed).FirstOrDefault();
            if (previous is not null || BuildFactory.Find(c.Store, appId, shortVersion, buildNumber, platform) is not null)
            {
                throw Errors.Duplicate(
                    EntityReader.Pointer("cfBundleVersion"),
                    $"The build number '{buildNumber}' of version '{shortVersion}' ({platform}) has already been used for this app" +
                    (previous is null ? "." : $" by build upload '{previous.Id}'.") + " Increase the build number (CFBundleVersion).");
            }

            var upload = new BuildUploadRecord
            {
                Id = Ids.NewUuid(),
                AppId = appId,
                CfBundleShortVersionString = shortVersion,
                CfBundleVersion = buildNumber,
                Platform = platform,
                CreatedDate = c.Now,
            };
            c.Table<BuildUploadRecord>().Add(upload);
            return JsonApiResults.Json(Documents.Single(Descriptor, upload, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    /// <summary><c>DELETE /v1/buildUploads/{id}</c>: removes the upload and its files; refused while processing.</summary>
    private static IResult Delete(HttpContext http, EmulatorContext context, string id)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<BuildUploadRecord>(Descriptor), context.Registry);
        List<string> fileIds = [];
        var result = Api.Write(http, context, c =>
        {
            var upload = c.Table<BuildUploadRecord>().Find(id) ?? throw Errors.NotFound(BuildUploadDescriptor.TypeName, id);
            if (BuildUploadState.Of(upload, c.Now, context.Options.ProcessingTime) == BuildUploadState.Processing)
            {
                throw Errors.State($"Build upload '{id}' is processing and cannot be deleted until it is COMPLETE or FAILED.");
            }

            var files = c.Table<BuildUploadFileRecord>();
            fileIds = [.. files.Where(f => f.BuildUploadId == id).Select(f => f.Id)];
            foreach (var fileId in fileIds)
            {
                files.Remove(fileId);
            }

            c.Table<BuildUploadRecord>().Remove(id);
            return JsonApiResults.NoContent();
        });

        foreach (var fileId in fileIds)
        {
            context.Uploads.Delete(fileId);
        }

        return result;
    }

    /// <summary>Turns uploads whose processing time has passed into builds (successful ones only).</summary>
    private static bool FinishProcessing(StateStore store, DateTimeOffset now, TimeSpan processingTime)
    {
        var changed = false;
        foreach (var upload in store.Table<BuildUploadRecord>().All)
        {
            if (upload.Outcome != BuildUploadState.Complete || upload.BuildId is not null
                || BuildUploadState.ProcessedAt(upload, processingTime) is not { } processedAt || processedAt > now)
            {
                continue;
            }

            var build = BuildFactory.Create(
                store, upload.AppId, upload.CfBundleShortVersionString, upload.CfBundleVersion, upload.Platform, upload.Id,
                uploadedDate: upload.CommittedAt!.Value, processingCompletesAt: processedAt + processingTime);
            upload.BuildId = build.Id;
            changed = true;
        }

        return changed;
    }

    /// <summary>Apple's rule for CFBundleShortVersionString and CFBundleVersion: one to three period-separated integers.</summary>
    private static string VersionNumber(EntityReader entity, string attribute)
    {
        var value = entity.RequiredString(attribute);
        return VersionPattern().IsMatch(value)
            ? value
            : throw Errors.AttributeInvalid(EntityReader.Pointer(attribute), $"'{value}' is not a valid {attribute}: use one to three period-separated integers, such as 1.2.3.");
    }

    [GeneratedRegex(@"^\d{1,18}(\.\d{1,18}){0,2}$")]
    private static partial Regex VersionPattern();
}
