using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionLocalizations;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;
using Cake.AppStoreConnect.Emulator.State;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources.AppMedia;

/// <summary>
/// Screenshot or preview sets and their assets, one implementation for both kinds: a set per display type per
/// version localization, at most <see cref="MediaKind.MaxPerSet"/> assets each, reserved with upload operations on
/// the shared part URLs, committed with their MD5, processed on the emulator's clock, reordered by replacing the
/// set's to-many relationship; every change only while the version is editable.
/// </summary>
internal abstract class MediaModule<TSet, TAsset> : IResourceModule
    where TSet : MediaSetRecord
    where TAsset : MediaAssetRecord
{
    protected MediaModule(MediaKind kind, MediaAssetDescriptor<TAsset> assetDescriptor)
    {
        Kind = kind;
        SetDescriptor = new MediaSetDescriptor<TSet>(kind);
        AssetDescriptor = assetDescriptor;
        SetRules = new QueryRules<TSet>(SetDescriptor).Include("appStoreVersionLocalization", kind.AssetType);
        SetListRules = new QueryRules<TSet>(SetDescriptor).Paged()
            .Filter(kind.DisplayTypeAttribute, (s, _) => s.DisplayType, kind.DisplayTypes)
            .Include("appStoreVersionLocalization", kind.AssetType);
        AssetRules = new QueryRules<TAsset>(AssetDescriptor).Include(kind.SetRelationship);
        AssetListRules = new QueryRules<TAsset>(AssetDescriptor).Paged().Include(kind.SetRelationship);
    }

    protected MediaKind Kind { get; }

    protected MediaSetDescriptor<TSet> SetDescriptor { get; }

    protected MediaAssetDescriptor<TAsset> AssetDescriptor { get; }

    private QueryRules<TSet> SetRules { get; }

    private QueryRules<TSet> SetListRules { get; }

    private QueryRules<TAsset> AssetRules { get; }

    private QueryRules<TAsset> AssetListRules { get; }

    /// <summary>Gets the create attributes beyond <c>fileName</c> and <c>fileSize</c>.</summary>
    protected virtual string[] OwnCreateAttributes => [];

    /// <summary>Gets the update attributes beyond <c>uploaded</c> and <c>sourceFileChecksum</c>.</summary>
    protected virtual string[] OwnUpdateAttributes => [];

    public void Register(EmulatorContext context)
    {
        context.AddResource(SetDescriptor, SetListRules, SetRules);
        context.AddResource(AssetDescriptor, AssetListRules, AssetRules);
        context.UploadTargets.Add(new UploadTarget<TAsset>("MD5", (http, id) => CommitAsync(http, context, id)));
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapPost($"/v1/{Kind.SetType}", (Delegate)((HttpContext http) => CreateSetAsync(http, context)));
        routes.MapGet($"/v1/{Kind.SetType}/{{id}}", (HttpContext http, string id) => Api.Get(http, context, SetRules, id));
        routes.MapDelete($"/v1/{Kind.SetType}/{{id}}", (HttpContext http, string id) => DeleteSet(http, context, id));
        routes.MapPatch($"/v1/{Kind.SetType}/{{id}}/relationships/{Kind.AssetType}", (HttpContext http, string id) => ReorderAsync(http, context, id));
        routes.MapPost($"/v1/{Kind.AssetType}", (Delegate)((HttpContext http) => ReserveAsync(http, context)));
        routes.MapGet($"/v1/{Kind.AssetType}/{{id}}", (HttpContext http, string id) =>
        {
            UploadedFile.RenewExpiredUrls<TAsset>(context, id);
            return Api.Get(http, context, AssetRules, id);
        });
        routes.MapPatch($"/v1/{Kind.AssetType}/{{id}}", (HttpContext http, string id) => CommitAsync(http, context, id));
        routes.MapDelete($"/v1/{Kind.AssetType}/{{id}}", (HttpContext http, string id) => DeleteAsset(http, context, id));
    }

    protected abstract TSet NewSet(string id, string localizationId, string displayType);

    /// <summary>Makes the asset record; <paramref name="entity"/> holds the kind's own create attributes.</summary>
    protected abstract TAsset NewAsset(MediaReservation reservation, EntityReader entity);

    /// <summary>Applies the kind's own update attributes (none for screenshots).</summary>
    protected virtual void ApplyUpdate(TAsset asset, EntityReader entity)
    {
    }

    /// <summary>The media type the part URLs are signed with, from the file name.</summary>
    protected abstract string ContentTypeOf(string fileName, EntityReader entity);

    private async Task<IResult> CreateSetAsync(HttpContext http, EmulatorContext context)
    {
        var (_, entity) = await Writes.ReadAsync(http, context, new QueryRules<TSet>(SetDescriptor), null, [Kind.DisplayTypeAttribute], ["appStoreVersionLocalization"]);
        var displayType = entity.RequiredEnum(Kind.DisplayTypeAttribute, Kind.DisplayTypes);
        var localizationId = entity.RequiredRelationship("appStoreVersionLocalization", AppStoreVersionLocalizationDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            var localization = c.Table<AppStoreVersionLocalizationRecord>().Find(localizationId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/appStoreVersionLocalization/data/id", $"There is no appStoreVersionLocalization with id '{localizationId}'.");
            RequireEditable(localization, c);
            var sets = c.Table<TSet>();
            if (sets.Where(s => s.LocalizationId == localizationId && s.DisplayType == displayType).FirstOrDefault() is { } existing)
            {
                throw Errors.Duplicate(EntityReader.Pointer(Kind.DisplayTypeAttribute), $"The {localization.Locale} localization already has a {displayType} set: '{existing.Id}'. Read it with GET /v1/appStoreVersionLocalizations/{localizationId}/{Kind.SetType}.");
            }

            var set = NewSet(Ids.NewUuid(), localizationId, displayType);
            sets.Add(set);
            return JsonApiResults.Json(Documents.Single(SetDescriptor, set, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    private IResult DeleteSet(HttpContext http, EmulatorContext context, string id)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<TSet>(SetDescriptor), context.Registry);
        var removed = new List<string>();
        var answer = Api.Write(http, context, c =>
        {
            var set = c.Table<TSet>().Find(id) ?? throw Errors.NotFound(Kind.SetType, id);
            RequireEditable(set, c, deleting: true);
            foreach (var assetId in set.AssetIds)
            {
                c.Table<TAsset>().Remove(assetId);
                removed.Add(assetId);
            }

            c.Table<TSet>().Remove(id);
            return JsonApiResults.NoContent();
        });
        removed.ForEach(context.Uploads.DeletePartsLater);
        return answer;
    }

    /// <summary>
    /// <c>PATCH /v1/{set}/{id}/relationships/{assets}</c>: the full list in the new order. A list that is not
    /// exactly the set's assets is refused (guess: Apple's answer to a partial list is not documented).
    /// </summary>
    private async Task<IResult> ReorderAsync(HttpContext http, EmulatorContext context, string id)
    {
        var ids = await LinkagesReader.ReadAsync(http.Request, Kind.AssetType);
        return Api.Write(http, context, c =>
        {
            var set = c.Table<TSet>().Find(id) ?? throw Errors.NotFound(Kind.SetType, id);
            RequireEditable(set, c);
            if (ids.Count != set.AssetIds.Count || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count || ids.Except(set.AssetIds, StringComparer.Ordinal).Any())
            {
                throw Errors.RelationshipConflict("/data", $"A reorder lists every {Kind.Noun} of the set exactly once; set '{id}' holds {string.Join(", ", set.AssetIds)}.");
            }

            set.AssetIds.Clear();
            set.AssetIds.AddRange(ids);
            return JsonApiResults.NoContent();
        });
    }

    private async Task<IResult> ReserveAsync(HttpContext http, EmulatorContext context)
    {
        var (_, entity) = await Writes.ReadAsync(http, context, new QueryRules<TAsset>(AssetDescriptor), null, ["fileName", "fileSize", .. OwnCreateAttributes], [Kind.SetRelationship]);
        var fileName = entity.RequiredString("fileName");
        var fileSize = entity.RequiredInteger("fileSize", 1, BuildUploadFilesModule.MaximumFileSize);
        var setId = entity.RequiredRelationship(Kind.SetRelationship, Kind.SetType);
        var contentType = ContentTypeOf(fileName, entity);
        return Api.Write(http, context, c =>
        {
            var set = c.Table<TSet>().Find(setId)
                ?? throw Errors.RelationshipInvalid($"/data/relationships/{Kind.SetRelationship}/data/id", $"There is no {Kind.SetType} with id '{setId}'.");
            RequireEditable(set, c);
            if (set.AssetIds.Count >= Kind.MaxPerSet)
            {
                throw Errors.Conflict($"/data/relationships/{Kind.SetRelationship}", $"Set '{setId}' ({set.DisplayType}) already holds {set.AssetIds.Count} {Kind.Noun}s, the most a set can hold. Delete one first.");
            }

            var reservation = new MediaReservation(Ids.NewUuid(), setId, fileName, fileSize, "Purple/v4/" + Ids.NewToken()[..32], Ids.NewToken(), c.Now + context.Options.UploadUrlLifetime, context.Options.UploadPartSize, contentType);
            var asset = NewAsset(reservation, entity);
            c.Table<TAsset>().Add(asset);
            set.AssetIds.Add(asset.Id);
            return JsonApiResults.Json(Documents.Single(AssetDescriptor, asset, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    /// <summary>
    /// <c>PATCH /v1/{assets}/{id}</c>: with <c>uploaded: true</c> the commit (every part, the reserved size, the
    /// MD5 in <c>sourceFileChecksum</c>), after which processing inspects the file. A repeated commit with the
    /// same checksum answers the asset again, so a retried commit changes nothing.
    /// </summary>
    private async Task<IResult> CommitAsync(HttpContext http, EmulatorContext context, string id)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, new QueryRules<TAsset>(AssetDescriptor), id, ["sourceFileChecksum", "uploaded", .. OwnUpdateAttributes], []);
        var uploaded = entity.OptionalBoolean("uploaded");
        var checksum = entity.OptionalString("sourceFileChecksum");

        using var commitLock = await context.Uploads.LockCommitAsync(id, http.RequestAborted);
        var (asset, displayType) = context.Store.Read(s =>
        {
            var found = s.Table<TAsset>().Find(id) ?? throw Errors.NotFound(Kind.AssetType, id);
            return (found, s.Table<TSet>().Find(found.SetId)?.DisplayType ?? string.Empty);
        });
        if (asset.CommittedAt is not null && uploaded == true)
        {
            UploadVerification.RequireRepeatedCommit(asset, Kind.Noun, checksum, asset.SourceFileChecksum!);
            return Api.Read(http, context, c => JsonApiResults.Json(Documents.Single(AssetDescriptor, asset, query, c, http.Request)));
        }

        MediaInspection? inspection = null;
        if (uploaded == true)
        {
            await UploadVerification.VerifySourceFileChecksumAsync(context.Uploads, asset, checksum, "MD5", http.RequestAborted);
            using var file = context.Uploads.Open(asset.Id, asset.Layout);
            inspection = Kind.Inspect(file, displayType, asset.FileName);
        }

        var answer = Api.Write(http, context, c =>
        {
            var current = c.Table<TAsset>().Find(id) ?? throw Errors.NotFound(Kind.AssetType, id);
            if (c.Table<TSet>().Find(current.SetId) is { } set)
            {
                RequireEditable(set, c);
            }

            ApplyUpdate(current, entity);
            if (checksum is not null)
            {
                current.SourceFileChecksum = checksum;
            }

            if (inspection is not null)
            {
                current.CommittedAt = c.Now;
                current.Width = inspection.Width;
                current.Height = inspection.Height;
                current.Errors.Clear();
                current.Errors.AddRange(inspection.Errors);
            }

            return JsonApiResults.Json(Documents.Single(AssetDescriptor, current, query, c, http.Request));
        });

        if (inspection is not null)
        {
            context.Uploads.DeletePartsLater(id);
        }

        return answer;
    }

    private IResult DeleteAsset(HttpContext http, EmulatorContext context, string id)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<TAsset>(AssetDescriptor), context.Registry);
        var answer = Api.Write(http, context, c =>
        {
            var asset = c.Table<TAsset>().Find(id) ?? throw Errors.NotFound(Kind.AssetType, id);
            if (c.Table<TSet>().Find(asset.SetId) is { } set)
            {
                RequireEditable(set, c, deleting: true);
                set.AssetIds.Remove(id);
            }

            c.Table<TAsset>().Remove(id);
            return JsonApiResults.NoContent();
        });
        context.Uploads.DeletePartsLater(id);
        return answer;
    }

    private void RequireEditable(TSet set, ResourceContext context, bool deleting = false)
    {
        if (context.Table<AppStoreVersionLocalizationRecord>().Find(set.LocalizationId) is { } localization)
        {
            RequireEditable(localization, context, deleting);
        }
    }

    /// <summary>
    /// Media change with the version's localizations: only while the version is editable (the same states). Apple's
    /// spec has no 409 for the DELETE operations, so a refused delete is the 400 form of the same state error.
    /// </summary>
    private void RequireEditable(AppStoreVersionLocalizationRecord localization, ResourceContext context, bool deleting = false)
    {
        if (context.Table<AppStoreVersionRecord>().Find(localization.AppStoreVersionId) is { } version && !AppStoreReview.IsEditable(version, context))
        {
            var detail = $"App Store version '{version.Id}' ({version.VersionString}) is {AppStoreReview.StateOf(version, context)}; the {Kind.Noun}s of its {localization.Locale} localization cannot be edited at this time.";
            throw deleting ? Errors.StateBadRequest(detail) : Errors.State(detail);
        }
    }
}

/// <summary>The fields every new screenshot or preview reservation has.</summary>
internal sealed record MediaReservation(string Id, string SetId, string FileName, long FileSize, string AssetToken, string UploadToken, DateTimeOffset UploadExpiration, long PartSize, string ContentType);
