using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// Reads a create or update request body (<c>{"data":{type,id?,attributes,relationships}}</c>) and checks
/// each attribute as it is read, answering Apple's entity errors with a JSON pointer to the culprit.
/// </summary>
internal sealed class EntityReader
{
    private readonly JsonObject _data;

    private EntityReader(JsonObject data)
    {
        _data = data;
    }

    public static async Task<EntityReader> ReadAsync(HttpRequest request, string type, string? id = null)
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

        if (root is not JsonObject document || document["data"] is not JsonObject data)
        {
            throw Errors.AttributeRequired("/data");
        }

        if (data["type"]?.GetValueKind() != JsonValueKind.String)
        {
            throw Errors.AttributeRequired("/data/type");
        }

        if (data["type"]!.GetValue<string>() != type)
        {
            throw Errors.Conflict("/data/type", $"The resource type '{data["type"]}' does not match the expected type '{type}'.");
        }

        if (id is not null)
        {
            if (data["id"]?.GetValueKind() != JsonValueKind.String)
            {
                throw Errors.AttributeRequired("/data/id");
            }

            if (data["id"]!.GetValue<string>() != id)
            {
                throw Errors.Conflict("/data/id", $"The resource id '{data["id"]}' does not match the id '{id}' in the path.");
            }
        }

        return new EntityReader(data);
    }

    private JsonObject? Attributes => _data["attributes"] as JsonObject;

    /// <summary>Refuses attributes and relationships this request does not take.</summary>
    public void AllowOnly(string[] attributes, string[] relationships)
    {
        if (Attributes?.FirstOrDefault(a => !attributes.Contains(a.Key)) is { Key: { } attribute })
        {
            throw Errors.AttributeInvalid($"/data/attributes/{attribute}", $"'{attribute}' is not an attribute that can be set with this request.");
        }

        if ((_data["relationships"] as JsonObject)?.FirstOrDefault(r => !relationships.Contains(r.Key)) is { Key: { } relationship })
        {
            throw Errors.RelationshipInvalid($"/data/relationships/{relationship}", $"'{relationship}' is not a relationship that can be set with this request.");
        }
    }

    /// <summary>Tells whether the body sets an attribute to a value other than null.</summary>
    public bool Has(string attribute) => Attributes?[attribute] is not null;

    public string RequiredString(string attribute) =>
        OptionalString(attribute) ?? throw Errors.AttributeRequired(Pointer(attribute));

    public string? OptionalString(string attribute)
    {
        var value = Attributes?[attribute];
        if (value is null)
        {
            return null;
        }

        if (value.GetValueKind() != JsonValueKind.String)
        {
            throw Errors.AttributeType(Pointer(attribute), "a string");
        }

        var text = value.GetValue<string>();
        return string.IsNullOrWhiteSpace(text) ? throw Errors.AttributeInvalid(Pointer(attribute), $"'{attribute}' must not be empty.") : text;
    }

    public string RequiredEnum(string attribute, IReadOnlyCollection<string> allowed)
    {
        var value = RequiredString(attribute);
        return allowed.Contains(value)
            ? value
            : throw Errors.AttributeInvalid(Pointer(attribute), $"'{value}' is not a valid value for '{attribute}'. Allowed values: {string.Join(", ", allowed)}.");
    }

    public long RequiredInteger(string attribute, long minimum, long maximum)
    {
        var value = Attributes?[attribute] ?? throw Errors.AttributeRequired(Pointer(attribute));
        if (value.GetValueKind() != JsonValueKind.Number || !value.AsValue().TryGetValue<long>(out var number))
        {
            throw Errors.AttributeType(Pointer(attribute), "an integer");
        }

        return number >= minimum && number <= maximum
            ? number
            : throw Errors.AttributeInvalid(Pointer(attribute), $"'{attribute}' must be from {minimum} to {maximum}, not {number}.");
    }

    public bool? OptionalBoolean(string attribute)
    {
        var value = Attributes?[attribute];
        return value?.GetValueKind() switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Errors.AttributeType(Pointer(attribute), "a boolean"),
        };
    }

    /// <summary>Reads an array attribute; null when absent or null.</summary>
    public JsonArray? OptionalArray(string attribute) => Attributes?[attribute] switch
    {
        null => null,
        JsonArray array => array,
        _ => throw Errors.AttributeType(Pointer(attribute), "an array"),
    };

    /// <summary>Tells whether the body names a relationship at all (an empty list included), as a PATCH that replaces it does.</summary>
    public bool HasRelationship(string name) => _data["relationships"]?[name] is not null;

    public JsonObject? OptionalObject(string attribute)
    {
        var value = Attributes?[attribute];
        return value is null ? null : value as JsonObject ?? throw Errors.AttributeType(Pointer(attribute), "an object");
    }

    /// <summary>Reads a to-many relationship <c>{"data":[{"type","id"}…]}</c> of a create body; empty when absent.</summary>
    public IReadOnlyList<string> OptionalRelationships(string name, string type) => LinkagesReader.Relationship(_data["relationships"], name, type);

    /// <summary>Reads a to-one relationship <c>{"data":{"type","id"}}</c> and returns the id.</summary>
    public string RequiredRelationship(string name, string type)
    {
        var pointer = $"/data/relationships/{name}";
        if (_data["relationships"]?[name]?["data"] is not JsonObject linkage)
        {
            throw Errors.RelationshipInvalid(pointer, $"You must provide the relationship '{name}' with this request.");
        }

        if (linkage["type"]?.GetValueKind() != JsonValueKind.String || linkage["type"]!.GetValue<string>() != type)
        {
            throw Errors.RelationshipInvalid(pointer + "/data/type", $"The relationship '{name}' must point to a resource of type '{type}'.");
        }

        return linkage["id"]?.GetValueKind() == JsonValueKind.String && linkage["id"]!.GetValue<string>().Length > 0
            ? linkage["id"]!.GetValue<string>()
            : throw Errors.RelationshipInvalid(pointer + "/data/id", $"The relationship '{name}' needs an id.");
    }

    /// <summary>
    /// Reads an optional to-one relationship of an update body: null when absent, else the linkage's id
    /// (itself null for <c>{"data": null}</c>, which clears the relationship).
    /// </summary>
    public ToOneLinkage? OptionalToOne(string name, string type)
    {
        if (_data["relationships"] is not JsonObject relationships || !relationships.ContainsKey(name))
        {
            return null;
        }

        var pointer = $"/data/relationships/{name}";
        if (relationships[name] is not JsonObject relationship || !relationship.ContainsKey("data"))
        {
            throw Errors.RelationshipInvalid(pointer, $"The relationship '{name}' needs data.");
        }

        return new ToOneLinkage(relationship["data"] is null ? null : RequiredRelationship(name, type));
    }

    public static string Pointer(string attribute) => $"/data/attributes/{attribute}";
}

/// <summary>A to-one linkage given in an update body; <see cref="Id"/> is null when it clears the relationship.</summary>
internal readonly record struct ToOneLinkage(string? Id);
