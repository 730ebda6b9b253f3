using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.State;
using Microsoft.AspNetCore.Http.Extensions;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>Builds JSON:API documents: single resources and pages, with includes, sparse fieldsets and links.</summary>
internal static class Documents
{
    public static JsonObject Single<T>(ResourceDescriptor<T> descriptor, T record, ParsedQuery query, ResourceContext context, HttpRequest request)
        where T : class, IRecord
    {
        var document = new JsonObject
        {
            ["data"] = descriptor.Render(record, context, query.FieldsOf(descriptor.Type), query.Includes),
        };
        AddIncluded(document, descriptor, [record], query, context);
        document["links"] = new JsonObject { ["self"] = SelfUrl(request) };
        return document;
    }

    public static JsonObject Page<T>(ResourceDescriptor<T> descriptor, IReadOnlyList<T> all, ParsedQuery query, ResourceContext context, HttpRequest request)
        where T : class, IRecord
    {
        var page = all.Skip(query.Offset).Take(query.Limit).ToList();
        var document = new JsonObject
        {
            ["data"] = new JsonArray([.. page.Select(r => (JsonNode)descriptor.Render(r, context, query.FieldsOf(descriptor.Type), query.Includes))]),
        };
        AddIncluded(document, descriptor, page, query, context);
        AddPaging(document, request, query, page.Count, all.Count);
        return document;
    }

    /// <summary>A to-many relationship endpoint: <c>{"data":[{type,id}…]}</c>, paged like a collection.</summary>
    public static JsonObject LinkagePage(string type, IReadOnlyList<string> ids, ParsedQuery query, HttpRequest request)
    {
        var page = ids.Skip(query.Offset).Take(query.Limit).ToList();
        var document = new JsonObject
        {
            ["data"] = new JsonArray([.. page.Select(id => (JsonNode)Linkage(type, id))]),
        };
        AddPaging(document, request, query, page.Count, ids.Count);
        return document;
    }

    /// <summary>A to-one relationship endpoint: <c>{"data":{type,id},"links":{self}}</c>, or <c>"data": null</c> when empty.</summary>
    public static JsonObject LinkageSingle(string type, string? id, HttpRequest request) => new()
    {
        ["data"] = id is null ? null : Linkage(type, id),
        ["links"] = new JsonObject { ["self"] = SelfUrl(request) },
    };

    /// <summary>An empty to-one related resource: <c>{"data":null,"links":{self}}</c>, Apple's answer (not 404).</summary>
    public static JsonObject Empty(HttpRequest request) => new()
    {
        ["data"] = null,
        ["links"] = new JsonObject { ["self"] = SelfUrl(request) },
    };

    public static JsonObject Linkage(string type, string id) => new() { ["type"] = type, ["id"] = id };

    private static void AddPaging(JsonObject document, HttpRequest request, ParsedQuery query, int pageCount, int total)
    {
        var links = new JsonObject { ["self"] = SelfUrl(request) };
        var paging = new JsonObject { ["total"] = total, ["limit"] = query.Limit };
        var nextOffset = query.Offset + pageCount;
        if (nextOffset < total && pageCount > 0)
        {
            var cursor = Cursor.Encode(nextOffset);
            links["next"] = NextUrl(request, cursor);
            paging["nextCursor"] = cursor;
        }

        document["links"] = links;
        document["meta"] = new JsonObject { ["paging"] = paging };
    }

    /// <summary>
    /// The request's own URL with its query re-encoded: a client may send <c>filter[app]</c> with raw
    /// brackets, which are not allowed in a URI's query and would break the spec's <c>uri</c> format if echoed.
    /// </summary>
    public static string SelfUrl(HttpRequest request) => Url(request, request.Query.Select(Pair));

    private static string NextUrl(HttpRequest request, string cursor) =>
        Url(request, request.Query.Where(p => p.Key != "cursor").Select(Pair).Append(new KeyValuePair<string, string?>("cursor", cursor)));

    private static KeyValuePair<string, string?> Pair(KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> parameter) =>
        new(parameter.Key, parameter.Value.ToString());

    private static string Url(HttpRequest request, IEnumerable<KeyValuePair<string, string?>> query) =>
        UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(query));

    private static void AddIncluded<T>(JsonObject document, ResourceDescriptor<T> descriptor, IReadOnlyList<T> records, ParsedQuery query, ResourceContext context)
        where T : class, IRecord
    {
        if (query.Includes.Count == 0)
        {
            return;
        }

        var seen = new HashSet<(string, string)>();
        var included = new JsonArray();
        foreach (var record in records)
        {
            foreach (var relationship in query.Includes.Select(n => descriptor.FindRelationship(n)!))
            {
                var target = context.Emulator.Registry.Find(relationship.TargetType)
                    ?? throw new InvalidOperationException($"No descriptor for '{relationship.TargetType}'.");
                foreach (var id in relationship.Ids(record, context))
                {
                    if (seen.Add((relationship.TargetType, id)) && target.Render(id, context, query.FieldsOf(relationship.TargetType)) is { } resource)
                    {
                        included.Add(resource);
                    }
                }
            }
        }

        if (included.Count > 0)
        {
            document["included"] = included;
        }
    }
}
