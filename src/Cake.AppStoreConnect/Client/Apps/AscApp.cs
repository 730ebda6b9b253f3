using System.Text.Json.Serialization;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Apps;

/// <summary>An app record in App Store Connect.</summary>
/// <param name="Id">Apple's id of the app (the Apple ID shown in App Information).</param>
/// <param name="Name">The app's name.</param>
/// <param name="BundleId">The bundle id, such as <c>com.example.app</c>.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="PrimaryLocale">The primary locale, such as <c>en-US</c>.</param>
public sealed record AscApp(string Id, string Name, string BundleId, string? Sku, string? PrimaryLocale)
{
    internal static AscApp From(JsonApiResource<AppAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.Name ?? string.Empty,
        resource.Attributes?.BundleId ?? string.Empty,
        resource.Attributes?.Sku,
        resource.Attributes?.PrimaryLocale);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({BundleId}, id {Id})";
}

/// <summary>The attributes of an <c>apps</c> resource the add-in reads.</summary>
internal sealed record AppAttributes
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("bundleId")]
    public string? BundleId { get; init; }

    [JsonPropertyName("sku")]
    public string? Sku { get; init; }

    [JsonPropertyName("primaryLocale")]
    public string? PrimaryLocale { get; init; }
}
