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
            var record = context.Visibility.Visible(context.Table<T>().Find(id)) ?? throw Errors.NotFound(rules.Descriptor.Type, id);
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
            var records = rules.Apply(context.Visibility.Visible(source(context)), query, context);
            return JsonApiResults.Json(Documents.Page(rules.Descriptor, records, query, context, http.Request));
        });
    }

    /// <summary>
    /// A to-one related resource: <c>GET /v1/{parent}/{id}/{relationship}</c>. An empty relationship is
    /// 200 <c>{"data": null}</c>, as Apple answers (a missing parent is still 404, from <paramref name="find"/>).
    /// </summary>
    public static IResult GetRelated<T>(HttpContext http, EmulatorContext emulator, QueryRules<T> rules, Func<ResourceContext, T?> find)
        where T : class, IRecord
    {
        var query = QueryParser.Parse(http.Request.Query, rules, emulator.Registry);
        return Read(http, emulator, context => JsonApiResults.Json(context.Visibility.Visible(find(context)) is { } record
            ? Documents.Single(rules.Descriptor, record, query, context, http.Request)
            : Documents.Empty(http.Request)));
    }

    /// <summary>Finds a parent for a related-resource endpoint, answering 404 when it does not exist or the key cannot see it.</summary>
    public static TParent Parent<TParent>(ResourceContext context, string type, string id)
        where TParent : class, IRecord =>
        context.Visibility.Visible(context.Table<TParent>().Find(id)) ?? throw Errors.NotFound(type, id);

    /// <summary>Runs a read under the store's lock with a context for rendering.</summary>
    public static IResult Read(HttpContext http, EmulatorContext emulator, Func<ResourceContext, IResult> read) =>
        emulator.Store.Read(store => read(emulator.CreateContext(store, http)));

    /// <summary>Runs a change under the store's lock; the store saves it before the lock is released.</summary>
    public static IResult Write(HttpContext http, EmulatorContext emulator, Func<ResourceContext, IResult> write) =>
        emulator.Store.Write(store => write(emulator.CreateContext(store, http)));
}
