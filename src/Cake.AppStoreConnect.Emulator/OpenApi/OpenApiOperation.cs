using System.Text.Json;

namespace Cake.AppStoreConnect.Emulator.OpenApi;

/// <summary>One operation of the spec, indexed for matching: method, path template and what it declares.</summary>
internal sealed record OpenApiOperation(
    string Method,
    string PathTemplate,
    string OperationId,
    IReadOnlyDictionary<string, OpenApiParameter> QueryParameters,
    JsonElement? RequestSchema,
    bool RequestBodyRequired,
    IReadOnlyDictionary<string, OpenApiResponse> Responses)
{
    public string[] Segments { get; } = PathTemplate.Trim('/').Split('/');
}

/// <summary>A declared query parameter.</summary>
internal sealed record OpenApiParameter(string Name, bool Required, JsonElement Schema);

/// <summary>A declared response: its JSON schema when it has a JSON body, or no content at all.</summary>
internal sealed record OpenApiResponse(string Status, JsonElement? JsonSchema, bool HasContent);
