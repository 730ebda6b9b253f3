using System.Text.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Authentication;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Access;

/// <summary>
/// The one rule of what an individual key sees: a record that belongs to apps (<see cref="IAppOwned"/>) is
/// visible when one of them is among the key's user's visible apps; a record below one (a localization, a
/// review detail, a screenshot: reached through its to-one relationships) when what it belongs to is; records
/// of no app (users, categories, …) always. Whatever the key cannot see is, for it, missing: by its own path
/// and every path below it it answers exactly as a record that does not exist (404 <c>NOT_FOUND</c>), and it
/// is absent from lists, relationship linkages and <c>included</c>. A team key, or an individual key whose
/// user sees all apps, sees everything.
/// </summary>
internal sealed class AppVisibility
{
    /// <summary>How far up the to-one relationships an owner is looked for (a screenshot: set, localization, version).</summary>
    private const int MaxDepth = 4;

    private readonly IReadOnlySet<string>? _apps;
    private readonly ResourceContext _context;

    /// <param name="apps">The apps the key sees; null: all.</param>
    /// <param name="context">The request's view of the store, where owners are looked up.</param>
    public AppVisibility(IReadOnlySet<string>? apps, ResourceContext context)
    {
        _apps = apps;
        _context = context;
    }

    /// <summary>Gets the apps the request's key sees: null (all) for a team key, an individual key of a user who sees all apps, or no key (the emulator's own processing).</summary>
    public static IReadOnlySet<string>? AppsOf(HttpContext http) =>
        http.Items[typeof(ApiKey)] is ApiKey { Access.VisibleAppIds: { } apps } ? apps : null;

    /// <summary>
    /// Answers 404 <c>NOT_FOUND</c>, before the handler runs and the body is read, when the route's own record
    /// (<c>/v1/{type}/{id}</c> and every path below it, whatever the method) is one the key cannot see.
    /// </summary>
    public static void CheckOwnPath(HttpContext http, string pattern, EmulatorContext emulator)
    {
        var segments = pattern.Trim('/').Split('/');
        if (AppsOf(http) is null || segments.Length < 3 || segments[2] is not ['{', .. var name, '}']
            || http.Request.RouteValues[name.Split(':')[0]] is not string id
            || emulator.Registry.Find(segments[1]) is not { } descriptor)
        {
            return;
        }

        var hidden = emulator.Store.Read(store =>
        {
            var context = emulator.CreateContext(store, http);
            return descriptor.Find(id, context) is { } record && !context.Visibility.Sees(record);
        });
        if (hidden)
        {
            throw Errors.NotFound(descriptor.Type, id);
        }
    }

    /// <summary>
    /// Answers a request body that names a record the key cannot see (a relationship of the entity sent, or a
    /// linkage of a relationship request) as the handlers answer one that does not exist: 422
    /// <c>ENTITY_ERROR.RELATIONSHIP.INVALID</c> at its pointer, "There is no beta tester with id '…'.", before the
    /// handler runs, so nothing is created in, or linked to, an app the key cannot see.
    /// </summary>
    public static async Task CheckBodyAsync(HttpContext http, EmulatorContext emulator)
    {
        if (AppsOf(http) is null || http.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        http.Request.EnableBuffering();
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
            return; // the contract check or the handler answers a body that is not JSON
        }
        finally
        {
            http.Request.Body.Position = 0;
        }

        var hidden = emulator.Store.Read(store =>
        {
            var context = emulator.CreateContext(store, http);
            return LinkagesOf(body).Where(l => emulator.Registry.Find(l.Type)?.Find(l.Id, context) is { } record && !context.Visibility.Sees(record))
                .Select(l => ((string Pointer, string Type, string Id)?)l).FirstOrDefault();
        });
        if (hidden is var (pointer, type, id))
        {
            throw Errors.RelationshipInvalid(pointer, $"There is no {NameOf(type)} with id '{id}'.");
        }
    }

    public bool Sees(IRecord record) => _apps is null || SeesAt(record, 0);

    /// <summary>Gets the record when the key sees it, else null: the caller answers as for a missing record.</summary>
    public T? Visible<T>(T? record)
        where T : class, IRecord =>
        record is not null && Sees(record) ? record : null;

    public IEnumerable<T> Visible<T>(IEnumerable<T> records)
        where T : class, IRecord =>
        _apps is null ? records : records.Where(Sees);

    /// <summary>Leaves out the ids of <paramref name="type"/> whose records the key cannot see (ids of records not stored are kept).</summary>
    public IEnumerable<string> VisibleIds(string type, IEnumerable<string> ids) =>
        _apps is null || _context.Emulator.Registry.Find(type) is not { } descriptor
            ? ids
            : ids.Where(id => descriptor.Find(id, _context) is not { } record || Sees(record));

    /// <summary>The linkages of a JSON:API body with their pointers: <c>data[i]</c> of a relationship request, <c>data.relationships.*.data</c> of an entity.</summary>
    private static IEnumerable<(string Pointer, string Type, string Id)> LinkagesOf(JsonNode? body)
    {
        static (string, string, string)? Linkage(JsonNode? node, string pointer) =>
            node is JsonObject { } linkage && linkage["type"] is JsonValue type && type.TryGetValue<string>(out var t) && linkage["id"] is JsonValue id && id.TryGetValue<string>(out var i)
                ? (pointer + "/id", t, i)
                : null;

        static IEnumerable<(string, string, string)?> All(JsonNode? data, string pointer) => data is JsonArray many
            ? many.Select((node, i) => Linkage(node, $"{pointer}/{i}"))
            : [Linkage(data, pointer)];

        IEnumerable<(string, string, string)?> linkages = (body as JsonObject)?["data"] switch
        {
            JsonArray many => All(many, "/data"),
            JsonObject { } entity when entity["relationships"] is JsonObject relationships =>
                relationships.SelectMany(r => All(r.Value?["data"], $"/data/relationships/{r.Key}/data")),
            _ => [],
        };
        return linkages.OfType<(string, string, string)>();
    }

    /// <summary>Names a type as the handlers' messages do: <c>betaTesters</c> is "beta tester".</summary>
    private static string NameOf(string type) =>
        string.Concat(type.TrimEnd('s').Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    private bool SeesAt(IRecord record, int depth) => record switch
    {
        IAppOwned owned => owned.AppIds.Any(_apps!.Contains),
        _ when depth >= MaxDepth => true,
        _ => _context.Emulator.Registry.Find(record) is not { } descriptor || descriptor.Owners(record, _context).All(owner => SeesAt(owner, depth + 1)),
    };
}
