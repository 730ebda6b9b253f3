using System.Text.Json;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;
using Cake.AppStoreConnect.Client.Media;

namespace Cake.AppStoreConnect.Client.Listing;

/// <summary>
/// The app-level listing and App Review information: <c>appInfos</c> (categories), <c>appInfoLocalizations</c>,
/// <c>ageRatingDeclarations</c>, <c>appStoreReviewDetails</c> and <c>appStoreReviewAttachments</c>. Updates send only the attributes given.
/// </summary>
public sealed class ListingClient
{
    private const string AppInfoLocalizations = "appInfoLocalizations";
    private const string ReviewDetails = "appStoreReviewDetails";
    private const string ReviewAttachments = "appStoreReviewAttachments";

    private readonly AscConnection _connection;

    internal ListingClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists an app's app infos (with their category linkages).</summary>
    /// <param name="appId">The app.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The app infos.</returns>
    public async Task<IReadOnlyList<AscAppInfo>> ListAppInfosAsync(string appId, CancellationToken cancellationToken = default)
    {
        var list = new List<AscAppInfo>();
        await foreach (var resource in _connection.GetAllAsync<AppInfoAttributes>($"/v1/apps/{Uri.EscapeDataString(appId)}/appInfos", null, cancellationToken))
        {
            list.Add(AscAppInfo.From(resource));
        }

        return list;
    }

    /// <summary>Sets category relationships of an app info (<c>PATCH /v1/appInfos/{id}</c>).</summary>
    /// <param name="appInfoId">The app info.</param>
    /// <param name="categories">Category ids by relationship name (see <see cref="AscAppInfo.CategoryRelationships"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The app info.</returns>
    public async Task<AscAppInfo> UpdateCategoriesAsync(string appInfoId, IReadOnlyDictionary<string, string> categories, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var body = JsonApiRequest.Update("appInfos", appInfoId, null, categories.ToDictionary(c => c.Key, c => (ResourceIdentifier?)new ResourceIdentifier("appCategories", c.Value)));
        var document = await _connection.SendAsync<JsonApiResource<AppInfoAttributes>>(HttpMethod.Patch, $"/v1/appInfos/{Uri.EscapeDataString(appInfoId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return AscAppInfo.From(document.Data!);
    }

    /// <summary>Lists an app info's localizations (name, subtitle, privacy texts).</summary>
    /// <param name="appInfoId">The app info.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The localizations.</returns>
    public Task<IReadOnlyList<AscListingLocalization>> ListAppInfoLocalizationsAsync(string appInfoId, CancellationToken cancellationToken = default) =>
        ListLocalizationsAsync($"/v1/appInfos/{Uri.EscapeDataString(appInfoId)}/appInfoLocalizations", cancellationToken);

    /// <summary>Creates an app info localization. Send through <see cref="IdempotentCreate"/>.</summary>
    /// <param name="appInfoId">The app info.</param>
    /// <param name="locale">The locale.</param>
    /// <param name="texts">The texts by attribute name; <c>name</c> is required by Apple.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The localization.</returns>
    public async Task<AscListingLocalization> CreateAppInfoLocalizationAsync(string appInfoId, string locale, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken = default)
    {
        var attributes = new Dictionary<string, string>(texts) { ["locale"] = locale };
        var body = JsonApiRequest.Create(AppInfoLocalizations, attributes, new Dictionary<string, ResourceIdentifier> { ["appInfo"] = new("appInfos", appInfoId) });
        var document = await _connection.SendAsync<JsonApiResource<Dictionary<string, JsonElement>>>(HttpMethod.Post, "/v1/appInfoLocalizations", body, AscRequestKind.Create, cancellationToken);
        return Localization(document.Data!);
    }

    /// <summary>Changes the given texts of an app info localization; others are left as they are.</summary>
    /// <param name="localizationId">The localization.</param>
    /// <param name="texts">The texts to change, by attribute name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The localization.</returns>
    public Task<AscListingLocalization> UpdateAppInfoLocalizationAsync(string localizationId, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken = default) =>
        UpdateLocalizationAsync(AppInfoLocalizations, localizationId, texts, cancellationToken);

    /// <summary>Lists a version's localizations with every text Apple returns (description, keywords, promotional text, …).</summary>
    /// <param name="versionId">The App Store version.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The localizations.</returns>
    public Task<IReadOnlyList<AscListingLocalization>> ListVersionLocalizationsAsync(string versionId, CancellationToken cancellationToken = default) =>
        ListLocalizationsAsync($"/v1/appStoreVersions/{Uri.EscapeDataString(versionId)}/appStoreVersionLocalizations", cancellationToken);

    /// <summary>Creates a version localization. Send through <see cref="IdempotentCreate"/>.</summary>
    /// <param name="versionId">The App Store version.</param>
    /// <param name="locale">The locale.</param>
    /// <param name="texts">The texts by attribute name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The localization.</returns>
    public async Task<AscListingLocalization> CreateVersionLocalizationAsync(string versionId, string locale, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken = default)
    {
        var attributes = new Dictionary<string, string>(texts) { ["locale"] = locale };
        var body = JsonApiRequest.Create("appStoreVersionLocalizations", attributes, new Dictionary<string, ResourceIdentifier> { ["appStoreVersion"] = new("appStoreVersions", versionId) });
        var document = await _connection.SendAsync<JsonApiResource<Dictionary<string, JsonElement>>>(HttpMethod.Post, "/v1/appStoreVersionLocalizations", body, AscRequestKind.Create, cancellationToken);
        return Localization(document.Data!);
    }

    /// <summary>Changes the given texts of a version localization; others are left as they are.</summary>
    /// <param name="localizationId">The localization.</param>
    /// <param name="texts">The texts to change, by attribute name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The localization.</returns>
    public Task<AscListingLocalization> UpdateVersionLocalizationAsync(string localizationId, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken = default) =>
        UpdateLocalizationAsync("appStoreVersionLocalizations", localizationId, texts, cancellationToken);

    /// <summary>Reads an app info's age rating declaration (<c>GET /v1/appInfos/{id}/ageRatingDeclaration</c>).</summary>
    /// <param name="appInfoId">The app info.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The declaration, or <see langword="null"/> when Apple has none.</returns>
    public async Task<AscAgeRatingDeclaration?> GetAgeRatingDeclarationAsync(string appInfoId, CancellationToken cancellationToken = default)
    {
        var resource = await _connection.FindAsync<Dictionary<string, JsonElement>>($"/v1/appInfos/{Uri.EscapeDataString(appInfoId)}/ageRatingDeclaration", cancellationToken);
        return resource is null ? null : new AscAgeRatingDeclaration(resource.Id, resource.Attributes ?? []);
    }

    /// <summary>Answers age rating questions; others are left as they are.</summary>
    /// <param name="declarationId">The declaration.</param>
    /// <param name="answers">The answers by attribute name (booleans, or enumeration values as strings).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The declaration.</returns>
    public async Task<AscAgeRatingDeclaration> UpdateAgeRatingDeclarationAsync(string declarationId, IReadOnlyDictionary<string, JsonElement> answers, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Update("ageRatingDeclarations", declarationId, answers);
        var document = await _connection.SendAsync<JsonApiResource<Dictionary<string, JsonElement>>>(HttpMethod.Patch, $"/v1/ageRatingDeclarations/{Uri.EscapeDataString(declarationId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return new AscAgeRatingDeclaration(document.Data!.Id, document.Data.Attributes ?? []);
    }

    /// <summary>Reads a version's App Review information.</summary>
    /// <param name="versionId">The App Store version.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The detail, or <see langword="null"/> when none was created yet.</returns>
    public async Task<AscAppStoreReviewDetail?> GetReviewDetailAsync(string versionId, CancellationToken cancellationToken = default)
    {
        var resource = await _connection.FindAsync<Dictionary<string, JsonElement>>($"/v1/appStoreVersions/{Uri.EscapeDataString(versionId)}/appStoreReviewDetail", cancellationToken);
        return resource is null ? null : ReviewDetail(resource);
    }

    /// <summary>Creates a version's App Review information. Send through <see cref="IdempotentCreate"/>.</summary>
    /// <param name="versionId">The App Store version.</param>
    /// <param name="texts">The texts by attribute name.</param>
    /// <param name="demoAccountRequired">Whether App Review needs the demo account.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The detail.</returns>
    public async Task<AscAppStoreReviewDetail> CreateReviewDetailAsync(string versionId, IReadOnlyDictionary<string, string> texts, bool? demoAccountRequired, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create(ReviewDetails, ReviewAttributes(texts, demoAccountRequired), new Dictionary<string, ResourceIdentifier> { ["appStoreVersion"] = new("appStoreVersions", versionId) });
        var document = await _connection.SendAsync<JsonApiResource<Dictionary<string, JsonElement>>>(HttpMethod.Post, "/v1/appStoreReviewDetails", body, AscRequestKind.Create, cancellationToken);
        return ReviewDetail(document.Data!);
    }

    /// <summary>Changes the given App Review texts; others are left as they are.</summary>
    /// <param name="detailId">The detail.</param>
    /// <param name="texts">The texts to change, by attribute name.</param>
    /// <param name="demoAccountRequired">Whether App Review needs the demo account; <see langword="null"/> leaves it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The detail.</returns>
    public async Task<AscAppStoreReviewDetail> UpdateReviewDetailAsync(string detailId, IReadOnlyDictionary<string, string> texts, bool? demoAccountRequired, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Update(ReviewDetails, detailId, ReviewAttributes(texts, demoAccountRequired));
        var document = await _connection.SendAsync<JsonApiResource<Dictionary<string, JsonElement>>>(HttpMethod.Patch, $"/v1/appStoreReviewDetails/{Uri.EscapeDataString(detailId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return ReviewDetail(document.Data!);
    }

    /// <summary>Lists the App Review attachments of a review detail (same attributes and states as a screenshot).</summary>
    /// <param name="detailId">The App Review detail.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The attachments.</returns>
    public async Task<IReadOnlyList<AscMediaAsset>> ListReviewAttachmentsAsync(string detailId, CancellationToken cancellationToken = default)
    {
        var attachments = new List<AscMediaAsset>();
        await foreach (var resource in _connection.GetAllAsync<MediaAssetAttributes>($"/v1/{ReviewDetails}/{Uri.EscapeDataString(detailId)}/{ReviewAttachments}", null, cancellationToken))
        {
            attachments.Add(AscMediaAsset.From(resource));
        }

        return attachments;
    }

    /// <summary>Gets an App Review attachment, with fresh upload operations when it still awaits its bytes.</summary>
    /// <param name="attachmentId">The attachment.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The attachment.</returns>
    public async Task<AscMediaAsset> GetReviewAttachmentAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        var document = await _connection.GetAsync<JsonApiResource<MediaAssetAttributes>>($"/v1/{ReviewAttachments}/{Uri.EscapeDataString(attachmentId)}", cancellationToken);
        return AscMediaAsset.From(document.Data!);
    }

    /// <summary>Reserves an App Review attachment: App Store Connect answers the upload operations. Send through <see cref="IdempotentCreate"/>.</summary>
    /// <param name="detailId">The App Review detail.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="fileSize">The file size in bytes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The reservation.</returns>
    public async Task<AscMediaAsset> ReserveReviewAttachmentAsync(string detailId, string fileName, long fileSize, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create(ReviewAttachments, new { fileName, fileSize }, new Dictionary<string, ResourceIdentifier> { ["appStoreReviewDetail"] = new(ReviewDetails, detailId) });
        var document = await _connection.SendAsync<JsonApiResource<MediaAssetAttributes>>(HttpMethod.Post, $"/v1/{ReviewAttachments}", body, AscRequestKind.Create, cancellationToken);
        return AscMediaAsset.From(document.Data!);
    }

    /// <summary>Commits an App Review attachment whose parts were all sent: <c>uploaded: true</c> with the file's MD5.</summary>
    /// <param name="attachmentId">The attachment.</param>
    /// <param name="md5">The whole file's MD5, hex.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The attachment, now processing.</returns>
    public async Task<AscMediaAsset> CommitReviewAttachmentAsync(string attachmentId, string md5, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Update(ReviewAttachments, attachmentId, new { uploaded = true, sourceFileChecksum = md5 });
        var document = await _connection.SendAsync<JsonApiResource<MediaAssetAttributes>>(HttpMethod.Patch, $"/v1/{ReviewAttachments}/{Uri.EscapeDataString(attachmentId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return AscMediaAsset.From(document.Data!);
    }

    /// <summary>Deletes an App Review attachment.</summary>
    /// <param name="attachmentId">The attachment.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task.</returns>
    public Task DeleteReviewAttachmentAsync(string attachmentId, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/{ReviewAttachments}/{Uri.EscapeDataString(attachmentId)}", null, AscRequestKind.Idempotent, cancellationToken);

    private static Dictionary<string, object> ReviewAttributes(IReadOnlyDictionary<string, string> texts, bool? demoAccountRequired)
    {
        var attributes = texts.ToDictionary(t => t.Key, t => (object)t.Value, StringComparer.Ordinal);
        if (demoAccountRequired is { } required)
        {
            attributes["demoAccountRequired"] = required;
        }

        return attributes;
    }

    private static AscAppStoreReviewDetail ReviewDetail(JsonApiResource<Dictionary<string, JsonElement>> resource)
    {
        var attributes = resource.Attributes ?? [];
        return new AscAppStoreReviewDetail(
            resource.Id,
            Texts(attributes),
            attributes.TryGetValue("demoAccountRequired", out var required) && required.ValueKind is JsonValueKind.True or JsonValueKind.False ? required.GetBoolean() : null);
    }

    private async Task<IReadOnlyList<AscListingLocalization>> ListLocalizationsAsync(string path, CancellationToken cancellationToken)
    {
        var list = new List<AscListingLocalization>();
        await foreach (var resource in _connection.GetAllAsync<Dictionary<string, JsonElement>>(path, null, cancellationToken))
        {
            list.Add(Localization(resource));
        }

        return list;
    }

    private async Task<AscListingLocalization> UpdateLocalizationAsync(string type, string localizationId, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken)
    {
        var body = JsonApiRequest.Update(type, localizationId, texts);
        var document = await _connection.SendAsync<JsonApiResource<Dictionary<string, JsonElement>>>(HttpMethod.Patch, $"/v1/{type}/{Uri.EscapeDataString(localizationId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return Localization(document.Data!);
    }

    private static AscListingLocalization Localization(JsonApiResource<Dictionary<string, JsonElement>> resource)
    {
        var texts = Texts(resource.Attributes ?? []);
        return new AscListingLocalization(resource.Id, texts.GetValueOrDefault("locale") ?? string.Empty, texts);
    }

    private static Dictionary<string, string> Texts(Dictionary<string, JsonElement> attributes) =>
        attributes.Where(a => a.Value.ValueKind == JsonValueKind.String).ToDictionary(a => a.Key, a => a.Value.GetString()!, StringComparer.Ordinal);
}
