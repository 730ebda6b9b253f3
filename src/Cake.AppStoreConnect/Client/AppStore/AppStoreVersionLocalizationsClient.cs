using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.AppStore;

/// <summary>The <c>appStoreVersionLocalizations</c> resource: per-locale release notes and metadata of a version.</summary>
public sealed class AppStoreVersionLocalizationsClient
{
    private readonly AscConnection _connection;

    internal AppStoreVersionLocalizationsClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists a version's localizations.</summary>
    /// <param name="versionId">The version.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The localizations.</returns>
    public async Task<IReadOnlyList<AscAppStoreVersionLocalization>> ListAsync(string versionId, CancellationToken cancellationToken = default)
    {
        var list = new List<AscAppStoreVersionLocalization>();
        await foreach (var resource in _connection.GetAllAsync<AppStoreVersionLocalizationAttributes>($"/v1/appStoreVersions/{Uri.EscapeDataString(versionId)}/appStoreVersionLocalizations", null, cancellationToken))
        {
            list.Add(AscAppStoreVersionLocalization.From(resource));
        }

        return list;
    }

    /// <summary>Creates a locale's metadata. Send through <see cref="IdempotentCreate"/>.</summary>
    /// <param name="versionId">The version.</param>
    /// <param name="locale">The locale.</param>
    /// <param name="metadata">The texts.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The localization.</returns>
    public async Task<AscAppStoreVersionLocalization> CreateAsync(string versionId, string locale, AscLocalizedMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var body = JsonApiRequest.Create(
            "appStoreVersionLocalizations",
            new { locale, whatsNew = metadata.WhatsNew, description = metadata.Description, keywords = metadata.Keywords, promotionalText = metadata.PromotionalText, marketingUrl = metadata.MarketingUrl, supportUrl = metadata.SupportUrl },
            new Dictionary<string, ResourceIdentifier> { ["appStoreVersion"] = new("appStoreVersions", versionId) });
        var document = await _connection.SendAsync<JsonApiResource<AppStoreVersionLocalizationAttributes>>(HttpMethod.Post, "/v1/appStoreVersionLocalizations", body, AscRequestKind.Create, cancellationToken);
        return AscAppStoreVersionLocalization.From(document.Data!);
    }

    /// <summary>Changes a locale's metadata; unset texts are left as they are.</summary>
    /// <param name="localizationId">The localization.</param>
    /// <param name="metadata">The texts.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The localization.</returns>
    public async Task<AscAppStoreVersionLocalization> UpdateAsync(string localizationId, AscLocalizedMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var body = JsonApiRequest.Update(
            "appStoreVersionLocalizations",
            localizationId,
            new { whatsNew = metadata.WhatsNew, description = metadata.Description, keywords = metadata.Keywords, promotionalText = metadata.PromotionalText, marketingUrl = metadata.MarketingUrl, supportUrl = metadata.SupportUrl });
        var document = await _connection.SendAsync<JsonApiResource<AppStoreVersionLocalizationAttributes>>(HttpMethod.Patch, $"/v1/appStoreVersionLocalizations/{Uri.EscapeDataString(localizationId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return AscAppStoreVersionLocalization.From(document.Data!);
    }
}

/// <summary>One locale's texts of an App Store version; <see langword="null"/> leaves a text as it is.</summary>
public sealed class AscLocalizedMetadata
{
    /// <summary>The longest "What's New" Apple accepts.</summary>
    public const int MaxWhatsNewLength = 4000;

    /// <summary>Gets or sets the release notes ("What's New in This Version"; fastlane <c>release_notes</c>).</summary>
    public string? WhatsNew { get; set; }

    /// <summary>Gets or sets the description (fastlane <c>description</c>).</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the keywords, comma-separated (fastlane <c>keywords</c>).</summary>
    public string? Keywords { get; set; }

    /// <summary>Gets or sets the promotional text (fastlane <c>promotional_text</c>).</summary>
    public string? PromotionalText { get; set; }

    /// <summary>Gets or sets the marketing URL (fastlane <c>marketing_url</c>).</summary>
    public string? MarketingUrl { get; set; }

    /// <summary>Gets or sets the support URL (fastlane <c>support_url</c>).</summary>
    public string? SupportUrl { get; set; }

    /// <summary>Tells which of these texts differ from what a localization holds.</summary>
    /// <param name="current">The localization.</param>
    /// <returns>The names of the texts that differ.</returns>
    public IReadOnlyList<string> DifferencesFrom(AscAppStoreVersionLocalization current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var names = new List<string>();
        Check(WhatsNew, current.WhatsNew, "whatsNew");
        Check(Description, current.Description, "description");
        Check(Keywords, current.Keywords, "keywords");
        Check(PromotionalText, current.PromotionalText, "promotionalText");
        Check(MarketingUrl, current.MarketingUrl, "marketingUrl");
        Check(SupportUrl, current.SupportUrl, "supportUrl");
        return names;

        void Check(string? wanted, string? actual, string name)
        {
            if (wanted is not null && !string.Equals(wanted, actual, StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }
    }
}
