using System.Text.Json.Serialization;

namespace Cake.AppStoreConnect.Client.Errors;

/// <summary>One entry of Apple's <c>errors[]</c>.</summary>
public sealed record AscError
{
    /// <summary>Gets Apple's id for this error occurrence.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the HTTP status as a string.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the machine-readable code, such as <c>ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE</c>.</summary>
    [JsonPropertyName("code")]
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets the short summary.</summary>
    [JsonPropertyName("title")]
    public string Title { get; init; } = string.Empty;

    /// <summary>Gets the explanation specific to this occurrence.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>Gets what in the request caused the error.</summary>
    [JsonPropertyName("source")]
    public AscErrorSource? Source { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Source?.JsonPointer ?? Source?.Parameter;
        var text = string.IsNullOrWhiteSpace(Detail) ? Title : $"{Title} {Detail}";
        return where is null ? $"{Code}: {text}" : $"{Code} at {where}: {text}";
    }
}

/// <summary>The part of a request an error points at.</summary>
public sealed record AscErrorSource
{
    /// <summary>Gets a JSON pointer into the request body, such as <c>/data/attributes/email</c>.</summary>
    [JsonPropertyName("pointer")]
    public string? JsonPointer { get; init; }

    /// <summary>Gets the query parameter at fault, such as <c>filter[bundleId]</c>.</summary>
    [JsonPropertyName("parameter")]
    public string? Parameter { get; init; }
}

/// <summary>Apple's error document.</summary>
internal sealed record AscErrorDocument
{
    [JsonPropertyName("errors")]
    public IReadOnlyList<AscError>? Errors { get; init; }
}
