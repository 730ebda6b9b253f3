using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cake.AppStoreConnect.Client.JsonApi;

/// <summary>A JSON:API response document: one resource or a page of them.</summary>
/// <typeparam name="TData">A <see cref="JsonApiResource{TAttributes}"/> or a list of them.</typeparam>
public sealed class JsonApiDocument<TData>
{
    /// <summary>Gets the primary data.</summary>
    [JsonPropertyName("data")]
    public TData? Data { get; init; }

    /// <summary>Gets the related resources requested with <c>include</c>.</summary>
    [JsonPropertyName("included")]
    public IReadOnlyList<JsonApiResource<JsonElement>>? Included { get; init; }

    /// <summary>Gets the document links; <c>next</c> leads to the following page.</summary>
    [JsonPropertyName("links")]
    public JsonApiLinks? Links { get; init; }

    /// <summary>Gets the paging information of a collection.</summary>
    [JsonPropertyName("meta")]
    public JsonApiMeta? Meta { get; init; }

    /// <summary>Finds an included resource and reads its attributes.</summary>
    /// <typeparam name="TAttributes">The attributes type of the included resource.</typeparam>
    /// <param name="type">The resource type, such as <c>builds</c>.</param>
    /// <param name="id">The resource id.</param>
    /// <returns>The resource, or <see langword="null"/> when it was not included.</returns>
    public JsonApiResource<TAttributes>? FindIncluded<TAttributes>(string type, string id)
    {
        var match = Included?.FirstOrDefault(r => r.Type == type && r.Id == id);
        if (match is null)
        {
            return null;
        }

        return new JsonApiResource<TAttributes>
        {
            Type = match.Type,
            Id = match.Id,
            Attributes = match.Attributes.ValueKind == JsonValueKind.Undefined
                ? default
                : match.Attributes.Deserialize<TAttributes>(AscJson.Options),
            Relationships = match.Relationships,
        };
    }
}

/// <summary>Links of a JSON:API document.</summary>
public sealed class JsonApiLinks
{
    /// <summary>Gets the link to this document.</summary>
    [JsonPropertyName("self")]
    public string? Self { get; init; }

    /// <summary>Gets the link to the first page.</summary>
    [JsonPropertyName("first")]
    public string? First { get; init; }

    /// <summary>Gets the link to the next page; absent on the last page.</summary>
    [JsonPropertyName("next")]
    public string? Next { get; init; }

    /// <summary>Gets the link to the related resources of a relationship.</summary>
    [JsonPropertyName("related")]
    public string? Related { get; init; }
}

/// <summary>The <c>meta</c> member of a collection document.</summary>
public sealed class JsonApiMeta
{
    /// <summary>Gets the paging information.</summary>
    [JsonPropertyName("paging")]
    public JsonApiPaging? Paging { get; init; }
}

/// <summary>Apple's paging information.</summary>
public sealed class JsonApiPaging
{
    /// <summary>Gets the total number of resources in the collection.</summary>
    [JsonPropertyName("total")]
    public int? Total { get; init; }

    /// <summary>Gets the page size.</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    /// <summary>Gets the opaque cursor of the next page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }
}
