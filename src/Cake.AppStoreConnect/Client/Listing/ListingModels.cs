using System.Text.Json;
using System.Text.Json.Serialization;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Listing;

/// <summary>States of an app info (<c>AppInfo.state</c>).</summary>
public static class AscAppInfoState
{
    /// <summary>The listing is live on the App Store.</summary>
    public const string ReadyForDistribution = "READY_FOR_DISTRIBUTION";

    /// <summary>States in which the app-level listing (name, subtitle, privacy, categories, age rating) can be changed.</summary>
    public static IReadOnlySet<string> Editable { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "PREPARE_FOR_SUBMISSION", "READY_FOR_REVIEW", "DEVELOPER_REJECTED", "REJECTED",
    };
}

/// <summary>An app info: the app-level part of the listing, one per app (two while a new version is prepared).</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="State">The state (<c>state</c>, else the deprecated <c>appStoreState</c>).</param>
/// <param name="Categories">The category ids by relationship name (<c>primaryCategory</c>, <c>primarySubcategoryOne</c>, …).</param>
public sealed record AscAppInfo(string Id, string State, IReadOnlyDictionary<string, string> Categories)
{
    /// <summary>The category relationships of an app info, in Apple's order.</summary>
    public static readonly IReadOnlyList<string> CategoryRelationships =
        ["primaryCategory", "primarySubcategoryOne", "primarySubcategoryTwo", "secondaryCategory", "secondarySubcategoryOne", "secondarySubcategoryTwo"];

    /// <summary>Gets a value indicating whether the app-level listing can be changed.</summary>
    public bool IsEditable => AscAppInfoState.Editable.Contains(State);

    internal static AscAppInfo From(JsonApiResource<AppInfoAttributes> resource) => new(
        resource.Id,
        resource.Attributes?.State ?? resource.Attributes?.AppStoreState ?? "UNKNOWN",
        CategoryRelationships.Select(name => (name, Id: resource.GetRelatedId(name))).Where(c => c.Id is not null).ToDictionary(c => c.name, c => c.Id!, StringComparer.Ordinal));
}

/// <summary>A localized resource of the listing: its id, locale and texts by Apple's attribute name.</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="Locale">The locale, such as <c>en-US</c>.</param>
/// <param name="Texts">The texts it holds, by attribute name (<c>name</c>, <c>subtitle</c>, <c>privacyPolicyUrl</c>, …).</param>
public sealed record AscListingLocalization(string Id, string Locale, IReadOnlyDictionary<string, string> Texts);

/// <summary>An age rating declaration: the answers given, by Apple's attribute name.</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="Answers">The answers (booleans and enumeration values as JSON).</param>
public sealed record AscAgeRatingDeclaration(string Id, IReadOnlyDictionary<string, JsonElement> Answers);

/// <summary>The App Review information of a version: contact, demo account and notes.</summary>
/// <param name="Id">Apple's id.</param>
/// <param name="Texts">The texts by attribute name (<c>contactFirstName</c>, <c>demoAccountName</c>, <c>notes</c>, …).</param>
/// <param name="DemoAccountRequired">Whether App Review needs the demo account.</param>
public sealed record AscAppStoreReviewDetail(string Id, IReadOnlyDictionary<string, string> Texts, bool? DemoAccountRequired);

internal sealed class AppInfoAttributes
{
    [JsonPropertyName("state")]
    public string? State { get; init; }

    [JsonPropertyName("appStoreState")]
    public string? AppStoreState { get; init; }
}
