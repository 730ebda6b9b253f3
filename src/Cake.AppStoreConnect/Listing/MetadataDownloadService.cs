using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// Reads the listing App Store Connect holds (the editable version and app info, else the live ones) into deliver's
/// layout, so that syncing the written folder changes nothing. The demo password is not written.
/// </summary>
internal sealed class MetadataDownloadService
{
    private readonly AppStoreConnectClient _client;

    public MetadataDownloadService(AppStoreConnectClient client) => _client = client;

    public async Task<AscMetadata> DownloadAsync(string app, string folder, AscDownloadMetadataSettings settings, CancellationToken cancellationToken = default)
    {
        var platform = AscInput.Platform(settings.Platform);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);
        var versions = await _client.AppStoreVersions.ListAsync(resolved.Id, platform, cancellationToken: cancellationToken);
        var version = ListingTarget.Version(resolved, platform, settings.VersionString, versions, required: false)
            ?? versions.FirstOrDefault(v => v.IsLive)
            ?? throw new AscListingException($"{resolved.BundleId} has no {platform} App Store version to read the listing of. Create one with AscPrepareAppStoreVersion.");
        var infos = await _client.Listing.ListAppInfosAsync(resolved.Id, cancellationToken);
        var info = infos.FirstOrDefault(i => i.IsEditable) ?? (infos.Count > 0 ? infos[0] : null)
            ?? throw new AscListingException($"App Store Connect returned no app info for {resolved.BundleId}.");

        var metadata = new AscMetadata();
        Fill(metadata, await _client.Listing.ListAppInfoLocalizationsAsync(info.Id, cancellationToken), MetadataFields.Locale.Where(f => f.Resource == MetadataResource.AppInfoLocalization));
        Fill(metadata, await _client.Listing.ListVersionLocalizationsAsync(version.Id, cancellationToken), MetadataFields.Locale.Where(f => f.Resource == MetadataResource.VersionLocalization));
        metadata.Copyright = version.Copyright;
        foreach (var field in MetadataFields.Listing.Where(f => f.Resource == MetadataResource.AppInfo))
        {
            field.Set(metadata, info.Categories.GetValueOrDefault(field.Attribute));
        }

        if (await _client.Listing.GetReviewDetailAsync(version.Id, cancellationToken) is { } detail)
        {
            foreach (var field in MetadataFields.Listing.Where(f => f.Resource == MetadataResource.ReviewDetail && !f.Secret))
            {
                field.Set(metadata, detail.Texts.GetValueOrDefault(field.Attribute));
            }
        }

        var written = DeliverFolder.Write(folder, metadata);
        _client.Connection.Log.Write(Client.Http.AscLogLevel.Information, $"Wrote the App Store listing of {resolved.BundleId} {platform} {version.VersionString} ({version.State}) to {folder}: {written.Count} file(s), {metadata.Locales.Count} locale(s).");
        return metadata;
    }

    private static void Fill(AscMetadata metadata, IReadOnlyList<Client.Listing.AscListingLocalization> localizations, IEnumerable<LocaleField> fields)
    {
        var list = fields.ToList();
        foreach (var localization in localizations)
        {
            var texts = metadata.Locale(localization.Locale);
            foreach (var field in list)
            {
                if (localization.Texts.GetValueOrDefault(field.Attribute) is { } value && value.Trim().Length > 0)
                {
                    field.Set(texts, value.Trim().ReplaceLineEndings("\n"));
                }
            }
        }
    }
}
