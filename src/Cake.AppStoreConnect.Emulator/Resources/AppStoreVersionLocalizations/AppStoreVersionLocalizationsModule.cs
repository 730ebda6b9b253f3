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

    // Writes take no include: the created or changed localization is answered on its own.
    private static readonly QueryRules<AppStoreVersionLocalizationRecord> WriteRules = new(Descriptor);

    private static readonly TextAttributes<AppStoreVersionLocalizationRecord> Texts = new TextAttributes<AppStoreVersionLocalizationRecord>()
        .Add("description", (l, v) => l.Description = v)
        .Add("keywords", (l, v) => l.Keywords = v)
        .AddUrl("marketingUrl", (l, v) => l.MarketingUrl = v)
        .Add("promotionalText", (l, v) => l.PromotionalText = v)
        .AddUrl("supportUrl", (l, v) => l.SupportUrl = v)
        .Add("whatsNew", (l, v) => l.WhatsNew = v, AppStoreVersionLocalizationRecord.MaxWhatsNewLength);

    public void Register(EmulatorContext context) => context.AddResource(Descriptor, ListRules, InstanceRules);

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/appStoreVersionLocalizations/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPost("/v1/appStoreVersionLocalizations", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/appStoreVersionLocalizations/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
    }

    /// <summary><c>POST /v1/appStoreVersionLocalizations</c>: a second localization for the same locale is a 409 duplicate.</summary>
    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var (_, entity) = await Writes.ReadAsync(http, context, WriteRules, null, [.. Texts.Names, "locale"], ["appStoreVersion"]);
        var locale = entity.RequiredString("locale");
        var texts = Texts.Read(entity);
        var versionId = entity.RequiredRelationship("appStoreVersion", AppStoreVersionDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            var version = Writes.Linked<AppStoreVersionRecord>(c, "appStoreVersion", versionId);
            RequireEditable(version, c);
            RefuseWhatsNewOnFirstVersion(version, texts, c);
            Localizations.RequireNewLocale(c.Table<AppStoreVersionLocalizationRecord>().Where(l => l.AppStoreVersionId == versionId).Select(l => l.Locale), locale, "appStoreVersion");
            var localization = new AppStoreVersionLocalizationRecord { Id = Ids.NewUuid(), AppStoreVersionId = versionId, Locale = locale };
            Texts.Apply(localization, texts);
            return Writes.Add(http, c, Descriptor, localization, new ParsedQuery());
        });
    }

    /// <summary><c>PATCH /v1/appStoreVersionLocalizations/{id}</c>: texts of an editable version's locale.</summary>
    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, WriteRules, id, Texts.Names, []);
        var texts = Texts.Read(entity);

        return Writes.Update(http, context, Descriptor, id, query, (localization, c) =>
        {
            if (c.Table<AppStoreVersionRecord>().Find(localization.AppStoreVersionId) is { } version)
            {
                RequireEditable(version, c);
                RefuseWhatsNewOnFirstVersion(version, texts, c);
            }

            Texts.Apply(localization, texts);
        });
    }

    /// <summary>
    /// Apple shows no What's New on an app's first version, and refuses it there ("Attribute whatsNew cannot be edited at
    /// this time"); a version is the first while no version of the app on its platform was released. An empty value is no text.
    /// </summary>
    private static void RefuseWhatsNewOnFirstVersion(AppStoreVersionRecord version, IReadOnlyDictionary<string, string> texts, ResourceContext context)
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
