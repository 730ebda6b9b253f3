using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// The routes a resource maps the same way as any other: its collection and instance reads, and a delete that
/// only removes.
/// </summary>
internal static class ResourceRoutes
{
    /// <summary><c>GET /v1/{type}</c> over every record of the table, and <c>GET /v1/{type}/{id}</c>.</summary>
    public static void MapReads<T>(this IEndpointRouteBuilder routes, EmulatorContext context, QueryRules<T> collection, QueryRules<T> instance)
        where T : class, IRecord
    {
        var type = instance.Descriptor.Type;
        routes.MapGet($"/v1/{type}", (HttpContext http) =>
            Api.List(http, context, collection, c => c.Table<T>().All));
        routes.MapGet($"/v1/{type}/{{id}}", (HttpContext http, string id) =>
            Api.Get(http, context, instance, id));
    }

    /// <summary><c>DELETE /v1/{type}/{id}</c> of a record nothing else depends on: 204, or 404 when there is none.</summary>
    public static void MapDelete<T>(this IEndpointRouteBuilder routes, EmulatorContext context, ResourceDescriptor<T> descriptor)
        where T : class, IRecord =>
        routes.MapDelete($"/v1/{descriptor.Type}/{{id}}", (HttpContext http, string id) =>
            Writes.Delete(http, context, descriptor, id));
}
