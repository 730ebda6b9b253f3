using System.Text.Json.Serialization;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;
using Cake.AppStoreConnect.Client.Uploads;

namespace Cake.AppStoreConnect.Client.Media;

/// <summary>
/// Screenshot sets and screenshots (<see cref="AscMediaKind.Screenshots"/>) or app preview sets and previews
/// (<see cref="AscMediaKind.Previews"/>) of version localizations: the same resources, paths and upload flow.
/// </summary>
public sealed class AppMediaClient
{
    private readonly AscConnection _connection;

    internal AppMediaClient(AscConnection connection, AscMediaKind kind)
    {
        _connection = connection;
        Kind = kind;
    }

    /// <summary>Gets which media this client reads and writes.</summary>
    public AscMediaKind Kind { get; }

    /// <summary>Lists a localization's sets.</summary>
    /// <param name="localizationId">The App Store version localization.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The sets, without their assets.</returns>
    public async Task<IReadOnlyList<AscMediaSet>> ListSetsAsync(string localizationId, CancellationToken cancellationToken = default)
    {
        var sets = new List<AscMediaSet>();
        await foreach (var resource in _connection.GetAllAsync<Dictionary<string, string>>($"/v1/appStoreVersionLocalizations/{Escape(localizationId)}/{Kind.SetType}", null, cancellationToken))
        {
            sets.Add(new AscMediaSet(resource.Id, resource.Attributes?.GetValueOrDefault(Kind.DisplayTypeAttribute) ?? string.Empty));
        }

        return sets;
    }

    /// <summary>Creates a localization's set of a display type. Send through <see cref="IdempotentCreate"/>.</summary>
    /// <param name="localizationId">The App Store version localization.</param>
    /// <param name="displayType">The <c>screenshotDisplayType</c> or <c>previewType</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The set.</returns>
    public async Task<AscMediaSet> CreateSetAsync(string localizationId, string displayType, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create(
            Kind.SetType,
            new Dictionary<string, string> { [Kind.DisplayTypeAttribute] = displayType },
            new Dictionary<string, ResourceIdentifier> { ["appStoreVersionLocalization"] = new("appStoreVersionLocalizations", localizationId) });
        var document = await _connection.SendAsync<JsonApiResource<Dictionary<string, string>>>(HttpMethod.Post, $"/v1/{Kind.SetType}", body, AscRequestKind.Create, cancellationToken);
        return new AscMediaSet(document.Data!.Id, displayType);
    }

    /// <summary>Lists a set's assets in display order: one request, what a wait polls.</summary>
    /// <param name="setId">The set.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The assets.</returns>
    public async Task<IReadOnlyList<AscMediaAsset>> ListAssetsAsync(string setId, CancellationToken cancellationToken = default)
    {
        var assets = new List<AscMediaAsset>();
        await foreach (var resource in _connection.GetAllAsync<MediaAssetAttributes>($"/v1/{Kind.SetType}/{Escape(setId)}/{Kind.AssetType}", null, cancellationToken))
        {
            assets.Add(AscMediaAsset.From(resource));
        }

        return assets;
    }

    /// <summary>Gets an asset, with fresh upload operations when it still awaits its bytes.</summary>
    /// <param name="assetId">The asset.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The asset.</returns>
    public async Task<AscMediaAsset> GetAssetAsync(string assetId, CancellationToken cancellationToken = default)
    {
        var document = await _connection.GetAsync<JsonApiResource<MediaAssetAttributes>>($"/v1/{Kind.AssetType}/{Escape(assetId)}", cancellationToken);
        return AscMediaAsset.From(document.Data!);
    }

    /// <summary>Reserves an asset in a set: App Store Connect answers the upload operations. Sent once: a lost answer is resolved by reading the set.</summary>
    /// <param name="setId">The set.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="fileSize">The file size in bytes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The reservation.</returns>
    public Task<AscMediaAsset> ReserveAsync(string setId, string fileName, long fileSize, CancellationToken cancellationToken = default) =>
        ReserveAsync(setId, fileName, fileSize, null, cancellationToken);

    /// <summary>Reserves an app preview in a set with its poster frame. Sent once: a lost answer is resolved by reading the set.</summary>
    /// <param name="setId">The set.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="fileSize">The file size in bytes.</param>
    /// <param name="previewFrameTimeCode">The poster frame, <c>HH:MM:SS:FF</c> (previews only); <see langword="null"/>: App Store Connect's choice.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The reservation.</returns>
    public async Task<AscMediaAsset> ReserveAsync(string setId, string fileName, long fileSize, string? previewFrameTimeCode, CancellationToken cancellationToken = default)
    {
        RequirePreviews(previewFrameTimeCode);
        var body = JsonApiRequest.Create(
            Kind.AssetType,
            new { fileName, fileSize, previewFrameTimeCode },
            new Dictionary<string, ResourceIdentifier> { [Kind.SetRelationship] = new(Kind.SetType, setId) });
        var document = await _connection.SendAsync<JsonApiResource<MediaAssetAttributes>>(HttpMethod.Post, $"/v1/{Kind.AssetType}", body, AscRequestKind.Create, cancellationToken);
        return AscMediaAsset.From(document.Data!);
    }

    /// <summary>Commits an asset whose parts were all sent: <c>uploaded: true</c> with the file's MD5.</summary>
    /// <param name="assetId">The asset.</param>
    /// <param name="md5">The whole file's MD5, hex.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The asset, now processing.</returns>
    public async Task<AscMediaAsset> CommitAsync(string assetId, string md5, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Update(Kind.AssetType, assetId, new { uploaded = true, sourceFileChecksum = md5 });
        var document = await _connection.SendAsync<JsonApiResource<MediaAssetAttributes>>(HttpMethod.Patch, $"/v1/{Kind.AssetType}/{Escape(assetId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return AscMediaAsset.From(document.Data!);
    }

    /// <summary>Changes an app preview's poster frame: a <c>PATCH</c> with <c>previewFrameTimeCode</c> only.</summary>
    /// <param name="assetId">The preview.</param>
    /// <param name="previewFrameTimeCode">The poster frame, <c>HH:MM:SS:FF</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The preview.</returns>
    public async Task<AscMediaAsset> SetPreviewFrameTimeCodeAsync(string assetId, string previewFrameTimeCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(previewFrameTimeCode);
        RequirePreviews(previewFrameTimeCode);
        var body = JsonApiRequest.Update(Kind.AssetType, assetId, new { previewFrameTimeCode });
        var document = await _connection.SendAsync<JsonApiResource<MediaAssetAttributes>>(HttpMethod.Patch, $"/v1/{Kind.AssetType}/{Escape(assetId)}", body, AscRequestKind.Idempotent, cancellationToken);
        return AscMediaAsset.From(document.Data!);
    }

    /// <summary>Deletes an asset.</summary>
    /// <param name="assetId">The asset.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task.</returns>
    public Task DeleteAssetAsync(string assetId, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/{Kind.AssetType}/{Escape(assetId)}", null, AscRequestKind.Idempotent, cancellationToken);

    /// <summary>Puts a set's assets in this order: the full list, as Apple's relationship replace takes it.</summary>
    /// <param name="setId">The set.</param>
    /// <param name="assetIds">Every asset of the set, in the new order.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task.</returns>
    public Task ReorderAsync(string setId, IEnumerable<string> assetIds, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(
            HttpMethod.Patch,
            $"/v1/{Kind.SetType}/{Escape(setId)}/relationships/{Kind.AssetType}",
            JsonApiRequest.Linkages(assetIds.Select(id => new ResourceIdentifier(Kind.AssetType, id))),
            AscRequestKind.Idempotent,
            cancellationToken);

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private void RequirePreviews(string? previewFrameTimeCode)
    {
        if (previewFrameTimeCode is not null && Kind != AscMediaKind.Previews)
        {
            throw new InvalidOperationException($"A poster frame (previewFrameTimeCode) belongs to app previews; {Kind.AssetType} have none.");
        }
    }
}

/// <summary>Which media: the resource names of screenshots or of app previews.</summary>
/// <param name="SetType">The set type, <c>appScreenshotSets</c> or <c>appPreviewSets</c>.</param>
/// <param name="AssetType">The asset type, <c>appScreenshots</c> or <c>appPreviews</c>.</param>
/// <param name="DisplayTypeAttribute">The set's display type attribute, <c>screenshotDisplayType</c> or <c>previewType</c>.</param>
/// <param name="SetRelationship">The asset's relationship to its set, <c>appScreenshotSet</c> or <c>appPreviewSet</c>.</param>
/// <param name="Noun">What one asset is called in messages.</param>
public sealed record AscMediaKind(string SetType, string AssetType, string DisplayTypeAttribute, string SetRelationship, string Noun)
{
    /// <summary>Gets screenshots.</summary>
    public static AscMediaKind Screenshots { get; } = new("appScreenshotSets", "appScreenshots", "screenshotDisplayType", "appScreenshotSet", "screenshot");

    /// <summary>Gets app previews.</summary>
    public static AscMediaKind Previews { get; } = new("appPreviewSets", "appPreviews", "previewType", "appPreviewSet", "preview");
}

/// <summary>A screenshot or preview set: one display type of one localization.</summary>
/// <param name="Id">The set id.</param>
/// <param name="DisplayType">Its <c>screenshotDisplayType</c> or <c>previewType</c>.</param>
public sealed record AscMediaSet(string Id, string DisplayType);

/// <summary>A screenshot or preview as App Store Connect reports it.</summary>
/// <param name="Id">The asset id.</param>
/// <param name="FileName">The file name it was reserved with.</param>
/// <param name="FileSize">The size it was reserved with.</param>
/// <param name="SourceFileChecksum">The MD5 it was committed with; <see langword="null"/> before the commit.</param>
/// <param name="State">The delivery state (<see cref="AscMediaState"/>).</param>
/// <param name="Errors">Apple's processing errors when FAILED, as <c>CODE: description</c> (what the code means when Apple's description only repeats it).</param>
/// <param name="Operations">The upload operations while it awaits its bytes.</param>
public sealed record AscMediaAsset(string Id, string FileName, long FileSize, string? SourceFileChecksum, string State, IReadOnlyList<string> Errors, IReadOnlyList<AscUploadOperation> Operations)
{
    /// <summary>Gets an app preview's poster frame (<c>previewFrameTimeCode</c>, <c>HH:MM:SS:FF</c>); <see langword="null"/> for a screenshot or when App Store Connect gives none.</summary>
    public string? PreviewFrameTimeCode { get; init; }

    internal static AscMediaAsset From(JsonApiResource<MediaAssetAttributes> resource)
    {
        var attributes = resource.Attributes;
        var state = attributes?.VideoDeliveryState ?? attributes?.AssetDeliveryState;
        return new(
            resource.Id,
            attributes?.FileName ?? string.Empty,
            attributes?.FileSize ?? 0,
            attributes?.SourceFileChecksum,
            state?.State ?? AscMediaState.AwaitingUpload,
            [.. (state?.Errors ?? []).Select(e => MediaErrorMeanings.Explain(e.Code, e.Description))],
            attributes?.UploadOperations ?? [])
        {
            PreviewFrameTimeCode = attributes?.PreviewFrameTimeCode,
        };
    }
}

/// <summary>The delivery states of a screenshot or preview (Apple's <c>AppMediaAssetState</c>).</summary>
public static class AscMediaState
{
    /// <summary>Reserved; parts may be sent until the commit.</summary>
    public const string AwaitingUpload = "AWAITING_UPLOAD";

    /// <summary>Committed; App Store Connect is processing it.</summary>
    public const string UploadComplete = "UPLOAD_COMPLETE";

    /// <summary>Previews only: the video is being processed.</summary>
    public const string Processing = "PROCESSING";

    /// <summary>Processed and shown.</summary>
    public const string Complete = "COMPLETE";

    /// <summary>Refused by processing; delete it and upload it again once fixed.</summary>
    public const string Failed = "FAILED";
}

/// <summary>The attributes of <c>AppScreenshot</c> and <c>AppPreview</c> this client reads.</summary>
internal sealed record MediaAssetAttributes(
    [property: JsonPropertyName("fileName")] string? FileName,
    [property: JsonPropertyName("fileSize")] long? FileSize,
    [property: JsonPropertyName("sourceFileChecksum")] string? SourceFileChecksum,
    [property: JsonPropertyName("uploadOperations")] IReadOnlyList<AscUploadOperation>? UploadOperations,
    [property: JsonPropertyName("assetDeliveryState")] MediaDeliveryState? AssetDeliveryState,
    [property: JsonPropertyName("videoDeliveryState")] MediaDeliveryState? VideoDeliveryState,
    [property: JsonPropertyName("previewFrameTimeCode")] string? PreviewFrameTimeCode);

/// <summary>Apple's <c>AppMediaAssetState</c> / <c>AppMediaVideoState</c>.</summary>
internal sealed record MediaDeliveryState(
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("errors")] IReadOnlyList<MediaStateError>? Errors);

/// <summary>Apple's <c>AppMediaStateError</c>.</summary>
internal sealed record MediaStateError(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("description")] string? Description);
