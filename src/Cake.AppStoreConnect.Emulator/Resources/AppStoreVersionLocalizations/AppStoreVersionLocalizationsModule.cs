using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionLocalizations;

/// <summary>
/// App Store version localizations: list per version, read, create (one per locale) and update, while the
/// version is editable. "What's New" is limited to 4000 characters, and refused on the app's first version on a platform.
/// </summary>
internal sealed class AppStoreVersionLocalizationsModule : IResourceModule
{
    private static readonly AppStoreVersionLocalizationDescriptor Descriptor = new();

    private static readonly QueryRules<AppStoreVersionLocalizationRecord> InstanceRules = new QueryRules<AppStoreVersionLocalizationRecord>(Descriptor).Include("appStoreVersion");

    private static readonly QueryRules<AppStoreVersionLocalizationRecord> ListRules = new QueryRules<AppStoreVersionLocalizationRecord>(Descriptor).Paged()
        .Filter("locale", (l, _) => l.Locale)
        .Include("appStoreVersion");

    private static readonly string[] Texts = ["description", "keywords", "marketingUrl", "promotionalText", "supportUrl", "whatsNew"];

    public void Register(EmulatorContext context)
    {
        context.Store.Register<AppStoreVersionLocalizationRecord>(AppStoreVersionLocalizationDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Registry.AddRelatedRules(ListRules, InstanceRules);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/appStoreVersionLocalizations/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPost("/v1/appStoreVersionLocalizations", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/appStoreVersionLocalizations/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
    }

    /// <summary><c>POST /v1/appStoreVersionLocalizations</c>: a second localization for the same locale is a 409 duplicate.</summary>
    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<AppStoreVersionLocalizationRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppStoreVersionLocalizationDescriptor.TypeName);
        entity.AllowOnly([.. Texts, "locale"], ["appStoreVersion"]);
        var locale = entity.RequiredString("locale");
        var texts = ReadTexts(entity);
        var versionId = entity.RequiredRelationship("appStoreVersion", AppStoreVersionDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            var version = c.Table<AppStoreVersionRecord>().Find(versionId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/appStoreVersion/data/id", $"There is no appStoreVersion with id '{versionId}'.");
            RequireEditable(version, c);
            RefuseWhatsNewOnFirstVersion(version, texts, c);
            var table = c.Table<AppStoreVersionLocalizationRecord>();
            if (table.Where(l => l.AppStoreVersionId == versionId && string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase)).Any())
            {
                throw Errors.Duplicate(EntityReader.Pointer("locale"), $"A localization for '{locale}' already exists for this appStoreVersion.");
            }

            var localization = new AppStoreVersionLocalizationRecord { Id = Ids.NewUuid(), AppStoreVersionId = versionId, Locale = locale };
            Apply(localization, texts);
            table.Add(localization);
            return JsonApiResults.Json(Documents.Single(Descriptor, localization, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    /// <summary><c>PATCH /v1/appStoreVersionLocalizations/{id}</c>: texts of an editable version's locale.</summary>
    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, new QueryRules<AppStoreVersionLocalizationRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppStoreVersionLocalizationDescriptor.TypeName, id);
        entity.AllowOnly(Texts, []);
        var texts = ReadTexts(entity);

        return Api.Write(http, context, c =>
        {
            var localization = c.Table<AppStoreVersionLocalizationRecord>().Find(id) ?? throw Errors.NotFound(AppStoreVersionLocalizationDescriptor.TypeName, id);
            if (c.Table<AppStoreVersionRecord>().Find(localization.AppStoreVersionId) is { } version)
            {
                RequireEditable(version, c);
                RefuseWhatsNewOnFirstVersion(version, texts, c);
            }

            Apply(localization, texts);
            return JsonApiResults.Json(Documents.Single(Descriptor, localization, query, c, http.Request));
        });
    }

    private static Dictionary<string, string> ReadTexts(EntityReader entity)
    {
        var texts = new Dictionary<string, string>();
        foreach (var name in Texts)
        {
            if (entity.OptionalString(name) is { } value)
            {
                texts[name] = value;
            }
        }

        if (texts.TryGetValue("whatsNew", out var whatsNew) && whatsNew.Length > AppStoreVersionLocalizationRecord.MaxWhatsNewLength)
        {
            throw Errors.TooLong(EntityReader.Pointer("whatsNew"), $"'whatsNew' is {whatsNew.Length} characters; the maximum is {AppStoreVersionLocalizationRecord.MaxWhatsNewLength}.");
        }

        foreach (var name in new[] { "marketingUrl", "supportUrl" })
        {
            if (texts.TryGetValue(name, out var url) && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                throw Errors.AttributeInvalid(EntityReader.Pointer(name), $"'{url}' is not a valid URL.");
            }
        }

        return texts;
    }

    private static void Apply(AppStoreVersionLocalizationRecord localization, Dictionary<string, string> texts)
    {
        localization.Description = texts.GetValueOrDefault("description", localization.Description!);
        localization.Keywords = texts.GetValueOrDefault("keywords", localization.Keywords!);
        localization.MarketingUrl = texts.GetValueOrDefault("marketingUrl", localization.MarketingUrl!);
        localization.PromotionalText = texts.GetValueOrDefault("promotionalText", localization.PromotionalText!);
        localization.SupportUrl = texts.GetValueOrDefault("supportUrl", localization.SupportUrl!);
        localization.WhatsNew = texts.GetValueOrDefault("whatsNew", localization.WhatsNew!);
    }

    /// <summary>
    /// Apple shows no What's New on an app's first version, and refuses it there ("Attribute whatsNew cannot be edited at
    /// this time"); a version is the first while no version of the app on its platform was released. An empty value is no text.
    /// </summary>
    private static void RefuseWhatsNewOnFirstVersion(AppStoreVersionRecord version, Dictionary<string, string> texts, ResourceContext context)
    {
        if (!texts.TryGetValue("whatsNew", out var whatsNew) || whatsNew.Length == 0)
        {
            return;
        }

        var released = context.Table<AppStoreVersionRecord>()
            .Where(v => v.AppId == version.AppId && v.Platform == version.Platform)
            .Any(v => AppStoreReview.StateOf(v, context) is AppVersionStates.ReadyForDistribution or "REPLACED_WITH_NEW_VERSION");
        if (!released)
        {
            throw Errors.State($"Attribute 'whatsNew' cannot be edited at this time: {version.VersionString} is the app's first version on {version.Platform}, which shows no What's New.");
        }
    }

    private static void RequireEditable(AppStoreVersionRecord version, ResourceContext context)
    {
        if (!AppStoreReview.IsEditable(version, context))
        {
            throw Errors.State($"App Store version '{version.Id}' ({version.VersionString}) is {AppStoreReview.StateOf(version, context)}; its localizations can no longer be changed.");
        }
    }
}
