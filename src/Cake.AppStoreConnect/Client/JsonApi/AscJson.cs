using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cake.AppStoreConnect.Client.JsonApi;

/// <summary>The one set of JSON options every request and response goes through.</summary>
internal static class AscJson
{
    /// <summary>Gets the options: camelCase names as Apple uses them, nulls left out of requests.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };
}
