using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cake.AppStoreConnect.Client.JsonApi;

/// <summary>A JSON:API resource object as App Store Connect returns it.</summary>
/// <typeparam name="TAttributes">The resource's attributes.</typeparam>
public sealed class JsonApiResource<TAttributes>
{
    /// <summary>Gets the resource type, such as <c>apps</c> or <c>builds</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = string.Empty;

    /// <summary>Gets the opaque resource id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the attributes.</summary>
    [JsonPropertyName("attributes")]
    public TAttributes? Attributes { get; init; }

    /// <summary>Gets the relationships by name.</summary>
    [JsonPropertyName("relationships")]
    public IReadOnlyDictionary<string, JsonApiRelationship>? Relationships { get; init; }

    /// <summary>Gets the id of a to-one relationship when the response carried its linkage.</summary>
    /// <param name="name">The relationship name, such as <c>build</c>.</param>
    /// <returns>The related id, or <see langword="null"/>.</returns>
    public string? GetRelatedId(string name) =>
        Relationships is not null && Relationships.TryGetValue(name, out var relationship) && relationship.GetIds() is { Count: > 0 } ids
            ? ids[0]
            : null;
}

/// <summary>A relationship member: linkage data and links.</summary>
public sealed class JsonApiRelationship
{
    /// <summary>Gets the raw linkage: an identifier object, an array of them, or null.</summary>
    [JsonPropertyName("data")]
    public JsonElement Data { get; init; }

    /// <summary>Gets the relationship's links.</summary>
    [JsonPropertyName("links")]
    public JsonApiLinks? Links { get; init; }

    /// <summary>Reads the related ids from the linkage.</summary>
    /// <returns>The ids; empty when there is no linkage.</returns>
    public IReadOnlyList<string> GetIds() => Data.ValueKind switch
    {
        JsonValueKind.Object => Data.TryGetProperty("id", out var id) && id.GetString() is { } value ? [value] : [],
        JsonValueKind.Array => [.. Data.EnumerateArray().Select(e => e.GetProperty("id").GetString()).OfType<string>()],
        _ => [],
    };
}

/// <summary>A JSON:API resource identifier: <c>{"type", "id"}</c>.</summary>
/// <param name="Type">The resource type.</param>
/// <param name="Id">The resource id.</param>
public sealed record ResourceIdentifier(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("id")] string Id);
