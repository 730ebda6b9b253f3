using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;

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
        Api.MapLinkages(routes, context, Descriptor, "builds", "buildUploads", "preReleaseVersions");
    }
}
