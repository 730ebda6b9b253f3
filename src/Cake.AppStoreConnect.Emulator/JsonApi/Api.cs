using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// The read endpoints every resource has — instance, collection, related — in one place, so a resource
/// module declares only what is specific to it (its rules and where its records come from).
/// </summary>
internal static class Api
{
    /// <summary><c>GET /v1/{type}/{id}</c>.</summary>
    public static IResult Get<T>(HttpContext http, EmulatorContext emulator, QueryRules<T> rules, string id)
        where T : class, IRecord
    {
        var query = QueryParser.Parse(http.Request.Query, rules, emulator.Registry);
        return Read(http, emulator, context =>
        {
            var record = context.Table<T>().Find(id) ?? throw Errors.NotFound(rules.Descriptor.Type, id);
            return JsonApiResults.Json(Documents.Single(rules.Descriptor, record, query, context, http.Request));
        });
    }

    /// <summary>A paged collection: <c>GET /v1/{type}</c> or <c>GET /v1/{parent}/{id}/{relationship}</c>.</summary>
    public static IResult List<T>(HttpContext http, EmulatorContext emulator, QueryRules<T> rules, Func<ResourceContext, IEnumerable<T>> source)
        where T : class, IRecord
    {
        var query = QueryParser.Parse(http.Request.Query, rules, emulator.Registry);
        return Read(http, emulator, context =>
        {
            var records = rules.Apply(source(context), query, context);
            return JsonApiResults.Json(Documents.Page(rules.Descriptor, records, query, context, http.Request));
        });
    }

    /// <summary>A to-one related resource: <c>GET /v1/{parent}/{id}/{relationship}</c>.</summary>
    public static IResult GetRelated<T>(HttpContext http, EmulatorContext emulator, QueryRules<T> rules, Func<ResourceContext, T?> find)
        where T : class, IRecord
    {
        var query = QueryParser.Parse(http.Request.Query, rules, emulator.Registry);
        return Read(http, emulator, context =>
        {
            var record = find(context) ?? throw Errors.NotFound(rules.Descriptor.Type, "(related)");
            return JsonApiResults.Json(Documents.Single(rules.Descriptor, record, query, context, http.Request));
        });
    }

    /// <summary>
    /// Maps Apple's relationship endpoints, <c>GET /v1/{type}/{id}/relationships/{name}</c>, for the named
    /// relationships of a descriptor: linkages only, paged for to-many ones. Map only those Apple has.
    /// </summary>
    public static void MapLinkages<T>(IEndpointRouteBuilder routes, EmulatorContext emulator, ResourceDescriptor<T> descriptor, params string[] relationships)
        where T : class, IRecord
    {
        foreach (var name in relationships)
        {
            var relationship = descriptor.FindRelationship(name) ?? throw new InvalidOperationException($"{descriptor.Type} has no relationship '{name}'.");
            var rules = relationship.ToMany ? new QueryRules<T>(descriptor).Paged().Linkages() : new QueryRules<T>(descriptor).Linkages();
            routes.MapGet($"/v1/{descriptor.Type}/{{id}}/relationships/{name}", (HttpContext http, string id) =>
            {
                var query = QueryParser.Parse(http.Request.Query, rules, emulator.Registry);
                return Read(http, emulator, context =>
                {
                    var record = Parent<T>(context, descriptor.Type, id);
                    var ids = relationship.Ids(record, context).ToList();
                    if (relationship.ToMany)
                    {
                        return JsonApiResults.Json(Documents.LinkagePage(relationship.TargetType, ids, query, http.Request));
                    }

                    return ids.Count == 0
                        ? throw Errors.NotFound(relationship.TargetType, $"({descriptor.Type} {id} {name})")
                        : JsonApiResults.Json(Documents.LinkageSingle(relationship.TargetType, ids[0], http.Request));
                });
            });
        }
    }

    /// <summary>Finds a parent for a related-resource endpoint, answering 404 when it does not exist.</summary>
    public static TParent Parent<TParent>(ResourceContext context, string type, string id)
        where TParent : class, IRecord =>
        context.Table<TParent>().Find(id) ?? throw Errors.NotFound(type, id);

    /// <summary>Runs a read under the store's lock with a context for rendering.</summary>
    public static IResult Read(HttpContext http, EmulatorContext emulator, Func<ResourceContext, IResult> read) =>
        emulator.Store.Read(store => read(emulator.CreateContext(store, http)));

    /// <summary>Runs a change under the store's lock; the store saves it before the lock is released.</summary>
    public static IResult Write(HttpContext http, EmulatorContext emulator, Func<ResourceContext, IResult> write) =>
        emulator.Store.Write(store => write(emulator.CreateContext(store, http)));
}
