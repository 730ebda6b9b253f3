using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>Reads a to-many linkage request body (<c>{"data":[{"type","id"}…]}</c>) and, in create bodies, a to-many relationship.</summary>
internal static class LinkagesReader
{
    public static async Task<IReadOnlyList<string>> ReadAsync(HttpRequest request, string type)
    {
        JsonNode? root;
        try
        {
            root = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw Errors.BodyInvalid($"The request body is not valid JSON: {e.Message}");
        }

        if (root is not JsonObject document || document["data"] is not JsonArray data)
        {
            throw Errors.AttributeRequired("/data");
        }

        return Ids(data, type, "/data");
    }

    /// <summary>Reads <c>relationships.{name}.data</c> of a create body as a list of ids; empty when absent.</summary>
    public static IReadOnlyList<string> Relationship(JsonNode? relationships, string name, string type)
    {
        var data = relationships?[name]?["data"];
        return data switch
        {
            null => [],
            JsonArray array => Ids(array, type, $"/data/relationships/{name}/data"),
            _ => throw Errors.RelationshipInvalid($"/data/relationships/{name}/data", $"The relationship '{name}' takes an array of resource identifiers."),
        };
    }

    private static List<string> Ids(JsonArray data, string type, string pointer)
    {
        var ids = new List<string>();
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject linkage
                || linkage["type"]?.GetValueKind() != JsonValueKind.String || linkage["type"]!.GetValue<string>() != type
                || linkage["id"]?.GetValueKind() != JsonValueKind.String || linkage["id"]!.GetValue<string>().Length == 0)
            {
                throw Errors.RelationshipInvalid($"{pointer}/{i}", $"Each item must be a resource identifier of type '{type}' with an id.");
            }

            ids.Add(linkage["id"]!.GetValue<string>());
        }

        return ids;
    }
}
