using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Builds;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildBetaDetails;

/// <summary><c>/v1/buildBetaDetails</c>: read, and <c>autoNotifyEnabled</c> changed; one per build, made by a transition.</summary>
internal sealed class BuildBetaDetailsModule : IResourceModule
{
    private static readonly BuildBetaDetailDescriptor Descriptor = new();

    private static readonly QueryRules<BuildBetaDetailRecord> CollectionRules = new QueryRules<BuildBetaDetailRecord>(Descriptor).Paged()
        .Filter("build", (d, _) => d.BuildId)
        .Filter("id", (d, _) => d.Id)
        .Include("build");

    private static readonly QueryRules<BuildBetaDetailRecord> InstanceRules = new QueryRules<BuildBetaDetailRecord>(Descriptor).Include("build");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<BuildBetaDetailRecord>(BuildBetaDetailDescriptor.TypeName);
        context.Registry.Add(Descriptor);

        // Every build has a beta detail, as on Apple's side: made for builds that have none yet.
        context.Store.RegisterTransition((store, _) =>
        {
            var details = store.Table<BuildBetaDetailRecord>();
            var missing = store.Table<BuildRecord>().Where(b => details.Find(b.Id) is null).ToList();
            foreach (var build in missing)
            {
                details.Add(new BuildBetaDetailRecord { Id = build.Id, BuildId = build.Id });
            }

            return missing.Count > 0;
        });
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/buildBetaDetails", (HttpContext http) => Api.List(http, context, CollectionRules, c => c.Table<BuildBetaDetailRecord>().All));
        routes.MapGet("/v1/buildBetaDetails/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPatch("/v1/buildBetaDetails/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BuildBetaDetailDescriptor.TypeName, id);
        entity.AllowOnly(["autoNotifyEnabled"], []);
        var autoNotify = entity.OptionalBoolean("autoNotifyEnabled");
        return Api.Write(http, context, c =>
        {
            var detail = c.Table<BuildBetaDetailRecord>().Find(id) ?? throw Errors.NotFound(BuildBetaDetailDescriptor.TypeName, id);
            detail.AutoNotifyEnabled = autoNotify ?? detail.AutoNotifyEnabled;
            return JsonApiResults.Json(Documents.Single(Descriptor, detail, query, c, http.Request));
        });
    }
}
