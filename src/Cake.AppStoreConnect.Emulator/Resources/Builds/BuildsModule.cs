using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;

namespace Cake.AppStoreConnect.Emulator.Resources.Builds;

/// <summary><c>/v1/builds</c>, the builds of an app or version, and the export-compliance / expiry update.</summary>
internal sealed class BuildsModule : IResourceModule
{
    private static readonly BuildDescriptor Descriptor = new();

    private static readonly QueryRules<BuildRecord> CollectionRules = new QueryRules<BuildRecord>(Descriptor).Paged()
        .Filter("app", (b, _) => b.AppId)
        .Filter("id", (b, _) => b.Id)
        .Filter("version", (b, _) => b.Version)
        .Filter("preReleaseVersion", (b, _) => b.PreReleaseVersionId)
        .Filter("preReleaseVersion.version", (b, c) => Version(b, c)?.Version)
        .Filter("preReleaseVersion.platform", (b, c) => Version(b, c)?.Platform, Platforms.All)
        .Filter("processingState", (b, c) => b.ProcessingState(c), BuildRecord.ProcessingStates)
        .Filter("buildAudienceType", (b, _) => b.BuildAudienceType, ["INTERNAL_ONLY", "APP_STORE_ELIGIBLE"])
        .FilterBoolean("expired", (b, c) => b.IsExpired(c))
        .FilterBoolean("usesNonExemptEncryption", (b, _) => b.UsesNonExemptEncryption)
        .Exists("usesNonExemptEncryption", (b, _) => b.UsesNonExemptEncryption is not null)
        .Sort("version", (b, _) => new VersionKey(b.Version))
        .Sort("uploadedDate", (b, _) => b.UploadedDate)
        .Sort("preReleaseVersion", (b, c) => Version(b, c) is { } v ? new VersionKey(v.Version) : null)
        .Include("preReleaseVersion", "app", "buildUpload");

    private static readonly QueryRules<BuildRecord> InstanceRules = new QueryRules<BuildRecord>(Descriptor)
        .Include("preReleaseVersion", "app", "buildUpload");

    private static readonly QueryRules<BuildRecord> RelatedListRules = new QueryRules<BuildRecord>(Descriptor).Paged();

    public void Register(EmulatorContext context)
    {
        context.Store.Register<BuildRecord>(BuildDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Registry.AddRelatedRules(RelatedListRules, InstanceRules);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/builds", (HttpContext http) =>
            Api.List(http, context, CollectionRules, c => c.Table<BuildRecord>().All));
        routes.MapGet("/v1/builds/{id}", (HttpContext http, string id) =>
            Api.Get(http, context, InstanceRules, id));
        routes.MapPatch("/v1/builds/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
    }

    /// <summary>
    /// <c>PATCH /v1/builds/{id}</c>: answers export compliance and expires a build. Expiry is one way
    /// (Apple refuses <c>expired: false</c>), and an expired build takes no more changes.
    /// </summary>
    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BuildDescriptor.TypeName, id);
        entity.AllowOnly(["usesNonExemptEncryption", "expired"], []);
        var encryption = entity.OptionalBoolean("usesNonExemptEncryption");
        var expire = entity.OptionalBoolean("expired");
        if (expire == false)
        {
            throw Errors.AttributeInvalid(EntityReader.Pointer("expired"), "A build can only be expired, not un-expired; 'expired' accepts only true.");
        }

        return Api.Write(http, context, c =>
        {
            var build = c.Table<BuildRecord>().Find(id) ?? throw Errors.NotFound(BuildDescriptor.TypeName, id);
            if (encryption is not null)
            {
                if (build.IsExpired(c))
                {
                    throw Errors.State($"Build '{id}' has expired; its export compliance can no longer be changed.");
                }

                build.UsesNonExemptEncryption = encryption;
            }

            if (expire == true)
            {
                build.ExpiredManually = true;
            }

            return JsonApiResults.Json(Documents.Single(Descriptor, build, query, c, http.Request));
        });
    }

    private static PreReleaseVersionRecord? Version(BuildRecord build, ResourceContext context) =>
        context.Table<PreReleaseVersionRecord>().Find(build.PreReleaseVersionId);
}
