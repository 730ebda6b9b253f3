using System.Text.Json.Serialization;

namespace Cake.AppStoreConnect.Client.JsonApi;

/// <summary>Builds the request bodies App Store Connect takes for creates, updates and linkages.</summary>
internal static class JsonApiRequest
{
    /// <summary>A create request: <c>{"data":{"type","attributes","relationships"}}</c>.</summary>
    public static object Create(string type, object? attributes, IReadOnlyDictionary<string, ResourceIdentifier>? toOne = null, IReadOnlyDictionary<string, IReadOnlyList<ResourceIdentifier>>? toMany = null) =>
        new Envelope(new ResourceData(type, null, attributes, Relationships(toOne, toMany)));

    /// <summary>An update request: <c>{"data":{"type","id","attributes","relationships"}}</c>.</summary>
    public static object Update(string type, string id, object? attributes, IReadOnlyDictionary<string, ResourceIdentifier?>? toOne = null) =>
        new Envelope(new ResourceData(type, id, attributes, toOne?.ToDictionary(p => p.Key, p => (object)new ToOne(p.Value))));

    /// <summary>A to-many linkage request: <c>{"data":[{"type","id"}]}</c>.</summary>
    public static object Linkages(IEnumerable<ResourceIdentifier> identifiers) => new LinkagesEnvelope([.. identifiers]);

    /// <summary>A to-one linkage request: <c>{"data":{"type","id"}}</c>.</summary>
    public static object Linkage(ResourceIdentifier? identifier) => new ToOne(identifier);

    private static Dictionary<string, object>? Relationships(IReadOnlyDictionary<string, ResourceIdentifier>? toOne, IReadOnlyDictionary<string, IReadOnlyList<ResourceIdentifier>>? toMany)
    {
        if (toOne is null && toMany is null)
        {
            return null;
        }

        var relationships = new Dictionary<string, object>();
        foreach (var (name, identifier) in toOne ?? new Dictionary<string, ResourceIdentifier>())
        {
            relationships[name] = new ToOne(identifier);
        }

        foreach (var (name, identifiers) in toMany ?? new Dictionary<string, IReadOnlyList<ResourceIdentifier>>())
        {
            relationships[name] = new ToMany(identifiers);
        }

        return relationships;
    }

    private sealed record Envelope([property: JsonPropertyName("data")] ResourceData Data);

    private sealed record LinkagesEnvelope([property: JsonPropertyName("data")] IReadOnlyList<ResourceIdentifier> Data);

    private sealed record ResourceData(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("attributes")] object? Attributes,
        [property: JsonPropertyName("relationships")] Dictionary<string, object>? Relationships);

    private sealed record ToOne([property: JsonPropertyName("data"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] ResourceIdentifier? Data);

    private sealed record ToMany([property: JsonPropertyName("data")] IReadOnlyList<ResourceIdentifier> Data);
}
