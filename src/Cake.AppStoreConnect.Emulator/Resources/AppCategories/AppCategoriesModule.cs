using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.AppCategories;

/// <summary>Apple's category catalog, read-only: <c>GET /v1/appCategories</c> (filter by platform, top level only with <c>exists[parent]=false</c>) and one category.</summary>
internal sealed class AppCategoriesModule : IResourceModule
{
    private static readonly AppCategoryDescriptor Descriptor = new();

    private static readonly QueryRules<AppCategoryRecord> InstanceRules = new QueryRules<AppCategoryRecord>(Descriptor).Include("subcategories", "parent");

    private static readonly QueryRules<AppCategoryRecord> ListRules = new QueryRules<AppCategoryRecord>(Descriptor).Paged()
        .FilterAny("platforms", (category, _) => category.Platforms, Platforms.All)
        .Exists("parent", (category, _) => category.ParentId is not null)
        .Include("subcategories", "parent");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<AppCategoryRecord>(AppCategoryDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Registry.AddRelatedRules(new QueryRules<AppCategoryRecord>(Descriptor).Paged(), new QueryRules<AppCategoryRecord>(Descriptor));
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/appCategories", (HttpContext http) => Api.List(http, context, ListRules, c => c.Table<AppCategoryRecord>().All));
        routes.MapGet("/v1/appCategories/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
    }
}
