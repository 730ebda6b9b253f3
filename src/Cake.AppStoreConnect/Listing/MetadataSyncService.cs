using System.Text.Json;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Listing;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Listing;

/// <summary>
/// Writes a listing: reads what App Store Connect holds, plans field by field, then sends one write per resource
/// with only the attributes that differ. Nothing is written before every read and check has passed.
/// </summary>
internal sealed class MetadataSyncService
{
    private readonly AppStoreConnectClient _client;
    private static readonly string[] AppInfoResources = ["appInfoLocalizations", "appInfos", "ageRatingDeclarations"];

    private readonly List<AscMetadataChange> _planned = [];
    private readonly List<AscMetadataChange> _recorded = [];

    public MetadataSyncService(AppStoreConnectClient client) => _client = client;

    public async Task<AscChangeResult<IReadOnlyList<AscMetadataChange>>> SyncAsync(string app, AscMetadata metadata, AscSyncMetadataSettings settings, string? reviewAttachment, CancellationToken cancellationToken = default)
    {
        var platform = AscInput.Platform(settings.Platform);
        MetadataValidator.Check(metadata);
        var attachment = ReviewAttachmentSync.Read(reviewAttachment);
        var plan = ChangePlan.For(_client.Connection, settings);
        var resolved = await AppResolver.ResolveAsync(_client, app, cancellationToken);

        var needsVersion = metadata.Copyright is not null || attachment is not null
            || MetadataFields.Listing.Any(f => f.Resource == MetadataResource.ReviewDetail && f.Get(metadata) is not null)
            || metadata.Locales.Values.Any(l => MetadataFields.Locale.Any(f => f.Resource == MetadataResource.VersionLocalization && f.Get(l) is not null));
        var needsInfo = metadata.AgeRating.Count > 0
            || MetadataFields.Listing.Any(f => f.Resource == MetadataResource.AppInfo && f.Get(metadata) is not null)
            || metadata.Locales.Values.Any(l => MetadataFields.Locale.Any(f => f.Resource == MetadataResource.AppInfoLocalization && f.Get(l) is not null));

        var versions = await _client.AppStoreVersions.ListAsync(resolved.Id, platform, cancellationToken: cancellationToken);
        var version = ListingTarget.Version(resolved, platform, settings.VersionString, versions, needsVersion);
        var info = ListingTarget.AppInfo(resolved, needsInfo ? await _client.Listing.ListAppInfosAsync(resolved.Id, cancellationToken) : [], needsInfo);
        if (version is not null && ListingTarget.IsFirstVersion(version, versions) && metadata.Locales.Where(l => l.Value.ReleaseNotes is not null).Select(l => l.Key).ToList() is { Count: > 0 } withNotes)
        {
            throw new AscListingException(
                $"{resolved.BundleId} {platform} {version.VersionString} is the app's first version, and Apple refuses What's New on it (\"Attribute whatsNew cannot be edited at this time\"). " +
                $"Remove release_notes.txt from {string.Join(", ", withNotes.Select(l => $"metadata/{l}/"))} (or ReleaseNotes in code) for this release. Nothing was changed.");
        }

        var work = new List<Func<Task>>();
        if (info is not null)
        {
            await PlanLocalizationsAsync(plan, work, metadata, MetadataResource.AppInfoLocalization, info.Id, cancellationToken);
            PlanCategories(plan, work, metadata, info, cancellationToken);
            await PlanAgeRatingAsync(plan, work, metadata, info, cancellationToken);
        }

        if (version is not null)
        {
            await PlanLocalizationsAsync(plan, work, metadata, MetadataResource.VersionLocalization, version.Id, cancellationToken);
            PlanCopyright(plan, work, metadata, version, cancellationToken);
            await PlanReviewDetailAsync(plan, work, metadata, settings, attachment, version, cancellationToken);
        }

        // Every read is done and the plan is whole: a locked version or app info stops the run before the first write.
        if (version is not null && _planned.Any(c => !AppInfoResources.Contains(c.Resource)))
        {
            ListingTarget.RequireEditable(resolved, version);
        }

        if (info is not null && _planned.Any(c => AppInfoResources.Contains(c.Resource)))
        {
            ListingTarget.RequireEditable(resolved, info);
        }

        foreach (var step in work)
        {
            await step();
        }

        plan.Finish($"the App Store listing of {resolved.BundleId}");

        // The change lines are the plan; the result also carries them typed, for a script to gate on.
        return plan.Result<IReadOnlyList<AscMetadataChange>>([.. _recorded]);
    }

    private async Task PlanLocalizationsAsync(ChangePlan plan, List<Func<Task>> work, AscMetadata metadata, MetadataResource resource, string parentId, CancellationToken cancellationToken)
    {
        var fields = MetadataFields.Locale.Where(f => f.Resource == resource).ToList();
        var wanted = metadata.Locales.Where(l => fields.Any(f => f.Get(l.Value) is not null)).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var appInfo = resource == MetadataResource.AppInfoLocalization;
        var type = appInfo ? "appInfoLocalizations" : "appStoreVersionLocalizations";
        var existing = appInfo
            ? await _client.Listing.ListAppInfoLocalizationsAsync(parentId, cancellationToken)
            : await _client.Listing.ListVersionLocalizationsAsync(parentId, cancellationToken);
        foreach (var (locale, texts) in wanted)
        {
            var current = existing.FirstOrDefault(l => string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase));
            var diffs = fields
                .Where(f => f.Get(texts) is { } value && !Same(value, current?.Texts.GetValueOrDefault(f.Attribute)))
                .Select(f => new AscMetadataChange(type, locale, f.Attribute, current?.Texts.GetValueOrDefault(f.Attribute), f.Get(texts)!))
                .ToList();
            if (diffs.Count == 0)
            {
                plan.InPlace($"{locale} {type} ({fields.Count(f => f.Get(texts) is not null)} field(s))");
                continue;
            }

            if (current is null && appInfo && texts.Name is null)
            {
                throw new AscListingException($"metadata/{locale}/name.txt is needed to add {locale} to the listing: Apple requires a name for a new locale of the app info. Add the file (or Name in code), or remove the locale.");
            }

            var attributes = diffs.ToDictionary(d => d.Field, d => d.NewValue, StringComparer.Ordinal);
            Add(plan, work, diffs, async () =>
            {
                var write = current is null
                    ? IdempotentCreate.RunAsync(
                        $"the {locale} localization",
                        async ct => (appInfo ? await _client.Listing.ListAppInfoLocalizationsAsync(parentId, ct) : await _client.Listing.ListVersionLocalizationsAsync(parentId, ct)).FirstOrDefault(l => string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase)),
                        ct => appInfo ? _client.Listing.CreateAppInfoLocalizationAsync(parentId, locale, attributes, ct) : _client.Listing.CreateVersionLocalizationAsync(parentId, locale, attributes, ct),
                        _client.Connection.Log,
                        cancellationToken: cancellationToken)
                    : appInfo
                        ? WrapAsync(_client.Listing.UpdateAppInfoLocalizationAsync(current.Id, attributes, cancellationToken))
                        : WrapAsync(_client.Listing.UpdateVersionLocalizationAsync(current.Id, attributes, cancellationToken));
                await write;
            });
        }
    }

    private static async Task<(AscListingLocalization, bool)> WrapAsync(Task<AscListingLocalization> update) => (await update, false);

    private void PlanCategories(ChangePlan plan, List<Func<Task>> work, AscMetadata metadata, AscAppInfo info, CancellationToken cancellationToken)
    {
        var diffs = MetadataFields.Listing
            .Where(f => f.Resource == MetadataResource.AppInfo && f.Get(metadata) is { } id && id != info.Categories.GetValueOrDefault(f.Attribute))
            .Select(f => new AscMetadataChange("appInfos", null, f.Attribute, info.Categories.GetValueOrDefault(f.Attribute), f.Get(metadata)!))
            .ToList();
        if (diffs.Count == 0)
        {
            return;
        }

        Add(plan, work, diffs, () => _client.Listing.UpdateCategoriesAsync(info.Id, diffs.ToDictionary(d => d.Field, d => d.NewValue, StringComparer.Ordinal), cancellationToken));
    }

    private async Task PlanAgeRatingAsync(ChangePlan plan, List<Func<Task>> work, AscMetadata metadata, AscAppInfo info, CancellationToken cancellationToken)
    {
        if (metadata.AgeRating.Count == 0)
        {
            return;
        }

        var declaration = await _client.Listing.GetAgeRatingDeclarationAsync(info.Id, cancellationToken)
            ?? throw new AscListingException($"App Store Connect returned no age rating declaration for app info {info.Id}; it makes one per app info. Open the app's Age Rating in App Store Connect once, then run this again.");
        var diffs = metadata.AgeRating
            .Select(a => (a.Key, a.Value, Old: declaration.Answers.TryGetValue(a.Key, out var old) ? Answer(old) : null))
            .Where(a => a.Value != a.Old)
            .Select(a => new AscMetadataChange("ageRatingDeclarations", null, a.Key, a.Old, a.Value))
            .ToList();
        if (diffs.Count == 0)
        {
            plan.InPlace($"age rating ({metadata.AgeRating.Count} answer(s))");
            return;
        }

        var answers = diffs.ToDictionary(
            d => d.Field,
            d => AgeRatingQuestions.IsBoolean(d.Field) ? JsonSerializer.SerializeToElement(d.NewValue == "true") : JsonSerializer.SerializeToElement(d.NewValue),
            StringComparer.Ordinal);
        Add(plan, work, diffs, () => _client.Listing.UpdateAgeRatingDeclarationAsync(declaration.Id, answers, cancellationToken));
    }

    private void PlanCopyright(ChangePlan plan, List<Func<Task>> work, AscMetadata metadata, AscAppStoreVersion version, CancellationToken cancellationToken)
    {
        if (metadata.Copyright is not { } copyright || Same(copyright, version.Copyright))
        {
            return;
        }

        Add(plan, work, [new AscMetadataChange("appStoreVersions", null, "copyright", version.Copyright, copyright)], () => _client.AppStoreVersions.UpdateAsync(version.Id, new AscAppStoreVersionChanges { Copyright = copyright }, cancellationToken));
    }

    private async Task PlanReviewDetailAsync(ChangePlan plan, List<Func<Task>> work, AscMetadata metadata, AscSyncMetadataSettings settings, LocalAttachment? attachment, AscAppStoreVersion version, CancellationToken cancellationToken)
    {
        var fields = MetadataFields.Listing.Where(f => f.Resource == MetadataResource.ReviewDetail && f.Get(metadata) is not null).ToList();
        if (fields.Count == 0 && attachment is null)
        {
            return;
        }

        var current = await _client.Listing.GetReviewDetailAsync(version.Id, cancellationToken);
        if (fields.Count > 0)
        {
            PlanReviewTexts(plan, work, metadata, fields, version, current, cancellationToken);
        }

        // After the texts: a new detail is created by their write, and the attachment is added to it.
        if (attachment is not null && await ReviewAttachmentSync.PlanAsync(_client, attachment, settings, version, current, plan, cancellationToken) is { } upload)
        {
            Add(plan, work, [upload.Change], upload.Write);
        }
    }

    private void PlanReviewTexts(ChangePlan plan, List<Func<Task>> work, AscMetadata metadata, List<ListingField> fields, AscAppStoreVersion version, AscAppStoreReviewDetail? current, CancellationToken cancellationToken)
    {
        var diffs = fields
            .Where(f => !Same(f.Get(metadata)!, current?.Texts.GetValueOrDefault(f.Attribute)))
            .Select(f => new AscMetadataChange("appStoreReviewDetails", null, f.Attribute, current?.Texts.GetValueOrDefault(f.Attribute), f.Get(metadata)!, f.Secret))
            .ToList();

        // deliver's rule: a demo account is required when a demo user is given.
        bool? required = metadata.ReviewInformation.DemoUser is not null ? true : null;
        if (required is not null && required != current?.DemoAccountRequired)
        {
            diffs.Add(new AscMetadataChange("appStoreReviewDetails", null, "demoAccountRequired", current?.DemoAccountRequired?.ToString().ToLowerInvariant(), "true"));
        }

        if (diffs.Count == 0)
        {
            plan.InPlace($"App Review information ({fields.Count} field(s))");
            return;
        }

        var texts = diffs.Where(d => d.Field != "demoAccountRequired").ToDictionary(d => d.Field, d => d.NewValue, StringComparer.Ordinal);
        Add(plan, work, diffs, () => current is null
            ? IdempotentCreate.RunAsync("the App Review information", ct => _client.Listing.GetReviewDetailAsync(version.Id, ct), ct => _client.Listing.CreateReviewDetailAsync(version.Id, texts, required, ct), _client.Connection.Log, cancellationToken: cancellationToken)
            : _client.Listing.UpdateReviewDetailAsync(current.Id, texts, required, cancellationToken));
    }

    /// <summary>Queues one write for a resource; its field lines enter the plan when it is made (in a dry run: at once, unmade).</summary>
    private void Add(ChangePlan plan, List<Func<Task>> work, List<AscMetadataChange> diffs, Func<Task> write)
    {
        _planned.AddRange(diffs);
        work.Add(async () =>
        {
            if (!plan.DryRun)
            {
                try
                {
                    await write();
                }
                catch (AscApiException e) when (e is not AscMetadataRejectedException && Explain(e, diffs[0]) is { } explained)
                {
                    throw explained;
                }
            }

            foreach (var diff in diffs)
            {
                _recorded.Add(diff);
                plan.Change(diff.ToString());
            }
        });
    }

    /// <summary>Apple's refusals of a listing value, explained with the locale and field; decided by Apple's codes only.</summary>
    private static AscMetadataRejectedException? Explain(AscApiException refused, AscMetadataChange change)
    {
        var pointer = refused.Errors.Select(e => e.Source?.JsonPointer).FirstOrDefault(p => p?.StartsWith("/data/attributes/", StringComparison.Ordinal) == true);
        var field = pointer?["/data/attributes/".Length..] ?? change.Field;
        var where = change.Locale is null ? field : $"{field} of {change.Locale}";
        var file = FileOf(change.Locale, field);
        if (refused.HasErrorCode("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE") && field == "name")
        {
            return new AscMetadataRejectedException(refused, change.Locale, field, $"The app name for {change.Locale} is already used by another app in your account ({file}). Choose another name, or rename the other app first (that needs an update of it).");
        }

        if (refused.HasErrorCode("STATE_ERROR"))
        {
            return new AscMetadataRejectedException(refused, change.Locale, field, $"App Store Connect does not allow changing {where} ({change.Resource}) in the current state of the version or app info ({file}). Change it while the version is editable (PREPARE_FOR_SUBMISSION, DEVELOPER_REJECTED, REJECTED): wait for App Review or cancel it with AscCancelReviewSubmission, or prepare the next version with AscPrepareAppStoreVersion.");
        }

        if (refused.HasErrorCode("ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG"))
        {
            return new AscMetadataRejectedException(refused, change.Locale, field, $"{where} is longer than App Store Connect accepts ({file}). Shorten it.");
        }

        return null;
    }

    private static string FileOf(string? locale, string attribute) =>
        locale is not null
            ? $"metadata/{locale}/{MetadataFields.Locale.FirstOrDefault(f => f.Attribute == attribute)?.File ?? attribute}"
            : $"metadata/{MetadataFields.Listing.FirstOrDefault(f => f.Attribute == attribute)?.File ?? attribute}";

    /// <summary>A value read from a file is trimmed with \n line ends; what Apple holds is compared the same way, so a downloaded listing syncs as unchanged.</summary>
    private static bool Same(string wanted, string? current) =>
        current is not null && string.Equals(wanted, current.Trim().ReplaceLineEndings("\n"), StringComparison.Ordinal);

    private static string? Answer(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.String => value.GetString(),
        _ => null,
    };
}
