using System.Text.Json.Serialization;

namespace Cake.AppStoreConnect.Client.Uploads;

/// <summary>
/// One part to send: the slice <c>[Offset, Offset + Length)</c> of the file to <see cref="Url"/>. Apple's
/// build upload files answer <c>DeliveryFileUploadOperation</c> (with <see cref="Expiration"/> and
/// <see cref="PartNumber"/>); screenshots, previews and review attachments answer the older
/// <c>UploadOperation</c>, which has neither.
/// </summary>
public sealed record AscUploadOperation
{
    /// <summary>Gets the HTTP method, normally PUT.</summary>
    [JsonPropertyName("method")]
    public string Method { get; init; } = "PUT";

    /// <summary>Gets the pre-signed URL. Not an App Store Connect endpoint: it never gets the token.</summary>
    [JsonPropertyName("url")]
    public string Url { get; init; } = string.Empty;

    /// <summary>Gets the slice's length.</summary>
    [JsonPropertyName("length")]
    public long Length { get; init; }

    /// <summary>Gets the slice's offset in the file.</summary>
    [JsonPropertyName("offset")]
    public long Offset { get; init; }

    /// <summary>Gets the headers to send, exactly.</summary>
    [JsonPropertyName("requestHeaders")]
    public IReadOnlyList<AscHttpHeader>? RequestHeaders { get; init; }

    /// <summary>Gets when the URL stops working; <see langword="null"/> when Apple does not say.</summary>
    [JsonPropertyName("expiration")]
    public DateTimeOffset? Expiration { get; init; }

    /// <summary>Gets the part number; <see langword="null"/> in the older operation shape, where parts are told apart by offset.</summary>
    [JsonPropertyName("partNumber")]
    public int? PartNumber { get; init; }
}

/// <summary>A header of an upload operation.</summary>
/// <param name="Name">The header name.</param>
/// <param name="Value">The header value.</param>
public sealed record AscHttpHeader(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value);
