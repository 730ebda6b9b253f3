using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// Answers Apple's GET routes of every routed relationship from the descriptors, so a resource answers
/// all of them once its relationships are declared: <c>/v1/{type}/{id}/relationships/{name}</c> (linkages)
/// and <c>/v1/{type}/{id}/{name}</c> (the related resources, read with the target type's registered rules).
/// A module that maps the same related path itself (its own source or rules) wins: these routes are
/// mapped with a later <see cref="FallbackOrder"/>.
/// </summary>
internal static class RelationshipRoutes
{
    /// <summary>Route order of the generic routes; a module's own route (order 0) on the same path is preferred.</summary>
    public const int FallbackOrder = 1;

    public static void Map<T>(IEndpointRouteBuilder routes, EmulatorContext emulator, ResourceDescriptor<T> descriptor)
        where T : class, IRecord
    {
        foreach (var relationship in descriptor.Relationships.Where(r => r.Routed))
        {
            MapLinkages(routes, emulator, descriptor, relationship);
            routes.MapGet($"/v1/{descriptor.Type}/{{id}}/{relationship.Name}", (HttpContext http, string id) =>
            {
                var reader = emulator.Registry.RelatedReader(relationship.TargetType);
                IEnumerable<string> Ids(ResourceContext c) => relationship.Ids(Api.Parent<T>(c, descriptor.Type, id), c);
                return relationship.ToMany
                    ? reader.ReadMany(http, emulator, Ids)
                    : reader.ReadOne(http, emulator, c => Ids(c).FirstOrDefault());
            }).WithOrder(FallbackOrder);
        }
    }

    /// <summary><c>GET /v1/{type}/{id}/relationships/{name}</c>: linkages only, paged for to-many; <c>data: null</c> for an empty to-one.</summary>
    private static void MapLinkages<T>(IEndpointRouteBuilder routes, EmulatorContext emulator, ResourceDescriptor<T> descriptor, Relationship<T> relationship)
        where T : class, IRecord
    {
        var rules = relationship.ToMany ? new QueryRules<T>(descriptor).Paged().Linkages() : new QueryRules<T>(descriptor).Linkages();
        routes.MapGet($"/v1/{descriptor.Type}/{{id}}/relationships/{relationship.Name}", (HttpContext http, string id) =>
        {
            var query = QueryParser.Parse(http.Request.Query, rules, emulator.Registry);
            return Api.Read(http, emulator, context =>
            {
                var ids = relationship.Ids(Api.Parent<T>(context, descriptor.Type, id), context).ToList();
                return JsonApiResults.Json(relationship.ToMany
                    ? Documents.LinkagePage(relationship.TargetType, ids, query, http.Request)
                    : Documents.LinkageSingle(relationship.TargetType, ids.FirstOrDefault(), http.Request));
            });
        }).WithOrder(FallbackOrder);
    }
}
