using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// The steps every create, update and delete repeats, whatever the resource, so a module writes only its
/// resource's own rules between them. Reads of the same resources are <see cref="Api"/>'s.
/// </summary>
internal static class Writes
{
    /// <summary>Registers a resource's table under its wire type, and the descriptor that renders it.</summary>
    public static void AddResource<T>(this EmulatorContext context, ResourceDescriptor<T> descriptor)
        where T : class, IRecord
    {
        context.Store.Register<T>(descriptor.Type);
        context.Registry.Add(descriptor);
    }

    /// <summary>Registers a resource that other resources list as related: its rules read <c>/v1/{parent}/{id}/{type}</c>.</summary>
    public static void AddResource<T>(this EmulatorContext context, ResourceDescriptor<T> descriptor, QueryRules<T> relatedList, QueryRules<T> relatedOne)
        where T : class, IRecord
    {
        context.AddResource(descriptor);
        context.Registry.AddRelatedRules(relatedList, relatedOne);
    }

    /// <summary>
    /// Checks the query against <paramref name="rules"/>, then reads the body of a create (no
    /// <paramref name="id"/>) or of an update of <paramref name="id"/>, refusing what this request does not take.
    /// In that order, so a request with a bad query and a bad body is answered about the query.
    /// </summary>
    public static async Task<(ParsedQuery Query, EntityReader Entity)> ReadAsync<T>(
        HttpContext http, EmulatorContext context, QueryRules<T> rules, string? id, string[] attributes, string[] relationships)
        where T : class, IRecord
    {
        var query = QueryParser.Parse(http.Request.Query, rules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, rules.Descriptor.Type, id);
        entity.AllowOnly(attributes, relationships);
        return (query, entity);
    }

    /// <summary>Finds the record a path names, answering 404 when there is none.</summary>
    public static T Existing<T>(ResourceContext context, ResourceDescriptor<T> descriptor, string id)
        where T : class, IRecord =>
        context.Table<T>().Find(id) ?? throw Errors.NotFound(descriptor.Type, id);

    /// <summary>
    /// Finds the record a to-one relationship of the body names. A missing one is the body's fault, not the
    /// path's: 422 at the linkage's id rather than 404.
    /// </summary>
    public static T Linked<T>(ResourceContext context, string relationship, string id, string? noun = null)
        where T : class, IRecord =>
        context.Table<T>().Find(id)
        ?? throw Errors.RelationshipInvalid($"/data/relationships/{relationship}/data/id", $"There is no {noun ?? relationship} with id '{id}'.");

    /// <summary>Finds every record a to-many relationship of the body names, pointing at the first missing one.</summary>
    public static List<T> LinkedAll<T>(ResourceContext context, string relationship, IEnumerable<string> ids, string noun)
        where T : class, IRecord =>
        [.. ids.Select((id, i) => context.Table<T>().Find(id)
            ?? throw Errors.RelationshipInvalid($"/data/relationships/{relationship}/data/{i}/id", $"There is no {noun} with id '{id}'."))];

    /// <summary>Stores a new record and answers 201 with it.</summary>
    public static IResult Add<T>(HttpContext http, ResourceContext context, ResourceDescriptor<T> descriptor, T record, ParsedQuery query)
        where T : class, IRecord
    {
        context.Table<T>().Add(record);
        return JsonApiResults.Json(Documents.Single(descriptor, record, query, context, http.Request), StatusCodes.Status201Created);
    }

    /// <summary>
    /// Changes the record the path names under the store's lock (404 when there is none) and answers 200 with it;
    /// <paramref name="change"/> throws to refuse, before anything is changed.
    /// </summary>
    public static IResult Update<T>(HttpContext http, EmulatorContext emulator, ResourceDescriptor<T> descriptor, string id, ParsedQuery query, Action<T, ResourceContext> change)
        where T : class, IRecord =>
        Api.Write(http, emulator, c =>
        {
            var record = Existing(c, descriptor, id);
            change(record, c);
            return JsonApiResults.Json(Documents.Single(descriptor, record, query, c, http.Request));
        });

    /// <summary>Removes the record the path names: 204, or 404 when there is none.</summary>
    public static IResult Delete<T>(HttpContext http, EmulatorContext emulator, ResourceDescriptor<T> descriptor, string id)
        where T : class, IRecord =>
        Api.Write(http, emulator, c => c.Table<T>().Remove(id) ? JsonApiResults.NoContent() : throw Errors.NotFound(descriptor.Type, id));
}
