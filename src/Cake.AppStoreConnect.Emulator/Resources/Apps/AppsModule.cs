using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

namespace Cake.AppStoreConnect.Emulator.Resources.Apps;

/// <summary><c>GET /v1/apps</c> and <c>GET /v1/apps/{id}</c>.</summary>
internal sealed class AppsModule : IResourceModule
{
    private static readonly AppDescriptor Descriptor = new();

    private static readonly QueryRules<AppRecord> CollectionRules = new QueryRules<AppRecord>(Descriptor).Paged()
        .Filter("bundleId", (a, _) => a.BundleId)
        .Filter("id", (a, _) => a.Id)
        .Filter("name", (a, _) => a.Name)
        .Filter("sku", (a, _) => a.Sku)
        .Sort("name", (a, _) => a.Name)
        .Sort("bundleId", (a, _) => a.BundleId)
        .Sort("sku", (a, _) => a.Sku);

    private static readonly QueryRules<AppRecord> InstanceRules = new(Descriptor);

    private static readonly string[] ContentRightsDeclarations = ["DOES_NOT_USE_THIRD_PARTY_CONTENT", "USES_THIRD_PARTY_CONTENT"];

    public void Register(EmulatorContext context)
    {
        context.Store.Register<AppRecord>(AppDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/apps", (HttpContext http) =>
            Api.List(http, context, CollectionRules, c => c.Table<AppRecord>().All));
        routes.MapGet("/v1/apps/{id}", (HttpContext http, string id) =>
            Api.Get(http, context, InstanceRules, id));
        routes.MapPatch("/v1/apps/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
    }

    /// <summary><c>PATCH /v1/apps/{id}</c>: the content rights declaration App Review needs answered.</summary>
    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppDescriptor.TypeName, id);
        entity.AllowOnly(["contentRightsDeclaration"], []);
        var declaration = entity.OptionalEnum("contentRightsDeclaration", ContentRightsDeclarations);
        return Api.Write(http, context, c =>
        {
            var app = c.Table<AppRecord>().Find(id) ?? throw Errors.NotFound(AppDescriptor.TypeName, id);
            app.ContentRightsDeclaration = declaration ?? app.ContentRightsDeclaration;
            return JsonApiResults.Json(Documents.Single(Descriptor, app, query, c, http.Request));
        });
    }
}
