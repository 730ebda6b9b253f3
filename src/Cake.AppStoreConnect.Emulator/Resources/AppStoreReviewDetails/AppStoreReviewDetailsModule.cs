using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewDetails;

/// <summary>
/// App Review details: one per App Store version (create, read, update), changed only while the version is
/// editable; read through <c>/v1/appStoreVersions/{id}/appStoreReviewDetail</c> too.
/// </summary>
internal sealed class AppStoreReviewDetailsModule : IResourceModule
{
    private static readonly AppStoreReviewDetailDescriptor Descriptor = new();

    private static readonly QueryRules<AppStoreReviewDetailRecord> InstanceRules = new QueryRules<AppStoreReviewDetailRecord>(Descriptor).Include("appStoreVersion", "appStoreReviewAttachments");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<AppStoreReviewDetailRecord>(AppStoreReviewDetailDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Registry.AddRelatedRules(new QueryRules<AppStoreReviewDetailRecord>(Descriptor).Paged().Include("appStoreVersion", "appStoreReviewAttachments"), InstanceRules);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/appStoreReviewDetails/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPost("/v1/appStoreReviewDetails", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/appStoreReviewDetails/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
    }

    /// <summary><c>POST</c>: a second detail for the same version is a 409 duplicate.</summary>
    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<AppStoreReviewDetailRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppStoreReviewDetailDescriptor.TypeName);
        entity.AllowOnly([.. Descriptor.AttributeNames], ["appStoreVersion"]);
        var (texts, required) = Read(entity);
        var versionId = entity.RequiredRelationship("appStoreVersion", AppStoreVersionDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            var version = c.Table<AppStoreVersionRecord>().Find(versionId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/appStoreVersion/data/id", $"There is no appStoreVersion with id '{versionId}'.");
            RequireEditable(version, texts.Keys.FirstOrDefault() ?? "appStoreVersion", c);
            var table = c.Table<AppStoreReviewDetailRecord>();
            if (table.Where(d => d.AppStoreVersionId == versionId).FirstOrDefault() is { } existing)
            {
                throw Errors.Duplicate("/data/relationships/appStoreVersion", $"App Store version '{versionId}' already has an appStoreReviewDetail: '{existing.Id}'.");
            }

            var detail = new AppStoreReviewDetailRecord { Id = Ids.NewUuid(), AppStoreVersionId = versionId, Texts = texts, DemoAccountRequired = required };
            table.Add(detail);
            return JsonApiResults.Json(Documents.Single(Descriptor, detail, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, new QueryRules<AppStoreReviewDetailRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppStoreReviewDetailDescriptor.TypeName, id);
        entity.AllowOnly([.. Descriptor.AttributeNames], []);
        var (texts, required) = Read(entity);

        return Api.Write(http, context, c =>
        {
            var detail = c.Table<AppStoreReviewDetailRecord>().Find(id) ?? throw Errors.NotFound(AppStoreReviewDetailDescriptor.TypeName, id);
            if ((texts.Count > 0 || required is not null) && c.Table<AppStoreVersionRecord>().Find(detail.AppStoreVersionId) is { } version)
            {
                RequireEditable(version, texts.Keys.FirstOrDefault() ?? "demoAccountRequired", c);
            }

            foreach (var (name, value) in texts)
            {
                detail.Texts[name] = value;
            }

            detail.DemoAccountRequired = required ?? detail.DemoAccountRequired;
            return JsonApiResults.Json(Documents.Single(Descriptor, detail, query, c, http.Request));
        });
    }

    private static (Dictionary<string, string> Texts, bool? DemoAccountRequired) Read(EntityReader entity)
    {
        var texts = new Dictionary<string, string>();
        foreach (var name in AppStoreReviewDetailDescriptor.Texts)
        {
            if (entity.OptionalString(name) is { } value)
            {
                texts[name] = value;
            }
        }

        return (texts, entity.OptionalBoolean("demoAccountRequired"));
    }

    /// <summary>The App Review information belongs to the version's metadata: locked with it (a guess from the editable-state rule of the version).</summary>
    internal static void RequireEditable(AppStoreVersionRecord version, string attribute, ResourceContext context)
    {
        if (!AppStoreReview.IsEditable(version, context))
        {
            throw Errors.State($"Attribute '{attribute}' cannot be edited at this time. App Store version '{version.VersionString}' ({version.Platform}) is {AppStoreReview.StateOf(version, context)}.");
        }
    }
}
