using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.AppInfos;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppInfoLocalizations;

/// <summary>
/// App info localizations: create (one per locale), read, update and delete while the app info is editable.
/// Name and subtitle are at most 30 characters, and a name is unique in the account.
/// </summary>
internal sealed class AppInfoLocalizationsModule : IResourceModule
{
    /// <summary>Apple's limit on the app name and on the subtitle (App Store Connect Help, "App information").</summary>
    public const int MaxNameLength = 30;

    private static readonly AppInfoLocalizationDescriptor Descriptor = new();

    private static readonly QueryRules<AppInfoLocalizationRecord> InstanceRules = new QueryRules<AppInfoLocalizationRecord>(Descriptor).Include("appInfo");

    private static readonly QueryRules<AppInfoLocalizationRecord> ListRules = new QueryRules<AppInfoLocalizationRecord>(Descriptor).Paged()
        .Filter("locale", (l, _) => l.Locale)
        .Include("appInfo");

    private static readonly string[] Texts = ["name", "subtitle", "privacyPolicyUrl", "privacyChoicesUrl", "privacyPolicyText"];

    public void Register(EmulatorContext context)
    {
        context.Store.Register<AppInfoLocalizationRecord>(AppInfoLocalizationDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Registry.AddRelatedRules(ListRules, InstanceRules);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/appInfoLocalizations/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPost("/v1/appInfoLocalizations", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/appInfoLocalizations/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
        routes.MapDelete("/v1/appInfoLocalizations/{id}", (HttpContext http, string id) => Delete(http, context, id));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<AppInfoLocalizationRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppInfoLocalizationDescriptor.TypeName);
        entity.AllowOnly([.. Texts, "locale"], ["appInfo"]);
        var locale = entity.RequiredString("locale");
        entity.RequiredString("name");
        var texts = ReadTexts(entity);
        var infoId = entity.RequiredRelationship("appInfo", AppInfoDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            var info = c.Table<AppInfoRecord>().Find(infoId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/appInfo/data/id", $"There is no appInfo with id '{infoId}'.");
            AppInfoStates.RequireEditable(info, "locale", c);
            var table = c.Table<AppInfoLocalizationRecord>();
            if (table.Where(l => l.AppInfoId == infoId && string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase)).Any())
            {
                throw Errors.Duplicate(EntityReader.Pointer("locale"), $"A localization for '{locale}' already exists for this appInfo.");
            }

            RequireUniqueName(info, texts["name"], c);
            var localization = new AppInfoLocalizationRecord { Id = Ids.NewUuid(), AppInfoId = infoId, Locale = locale, Name = texts["name"] };
            Apply(localization, texts);
            table.Add(localization);
            return JsonApiResults.Json(Documents.Single(Descriptor, localization, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, new QueryRules<AppInfoLocalizationRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppInfoLocalizationDescriptor.TypeName, id);
        entity.AllowOnly(Texts, []);
        var texts = ReadTexts(entity);

        return Api.Write(http, context, c =>
        {
            var localization = c.Table<AppInfoLocalizationRecord>().Find(id) ?? throw Errors.NotFound(AppInfoLocalizationDescriptor.TypeName, id);
            var info = c.Table<AppInfoRecord>().Find(localization.AppInfoId)!;
            if (texts.Count > 0)
            {
                AppInfoStates.RequireEditable(info, texts.Keys.First(), c);
            }

            if (texts.TryGetValue("name", out var name))
            {
                RequireUniqueName(info, name, c);
            }

            Apply(localization, texts);
            return JsonApiResults.Json(Documents.Single(Descriptor, localization, query, c, http.Request));
        });
    }

    /// <summary>
    /// <c>DELETE</c>: the app's primary locale cannot be removed, nor a locale of a locked app info. The spec declares
    /// no 409 here, so both are answered 400 STATE_ERROR (a guess at Apple's answer).
    /// </summary>
    private static IResult Delete(HttpContext http, EmulatorContext context, string id)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<AppInfoLocalizationRecord>(Descriptor), context.Registry);
        return Api.Write(http, context, c =>
        {
            var table = c.Table<AppInfoLocalizationRecord>();
            var localization = table.Find(id) ?? throw Errors.NotFound(AppInfoLocalizationDescriptor.TypeName, id);
            var info = c.Table<AppInfoRecord>().Find(localization.AppInfoId)!;
            if (!AppInfoStates.IsEditable(info, c))
            {
                throw Errors.StateBadRequest($"The localization '{localization.Locale}' cannot be removed at this time. The app info '{info.Id}' is {AppInfoStates.Of(info, c)}.");
            }

            if (c.Table<AppRecord>().Find(info.AppId) is { } app && string.Equals(app.PrimaryLocale, localization.Locale, StringComparison.OrdinalIgnoreCase))
            {
                throw Errors.StateBadRequest($"'{localization.Locale}' is the app's primary language and cannot be removed.");
            }

            table.Remove(id);
            return JsonApiResults.NoContent();
        });
    }

    /// <summary>
    /// A name used by another app of the account is refused with Apple's wording (fastlane issue 20732); the
    /// code Apple sends with it is a guess (the duplicate code).
    /// </summary>
    private static void RequireUniqueName(AppInfoRecord info, string name, ResourceContext context)
    {
        var infos = context.Table<AppInfoRecord>();
        if (context.Table<AppInfoLocalizationRecord>().Where(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase) && infos.Find(l.AppInfoId)?.AppId != info.AppId).Any())
        {
            throw Errors.Duplicate(
                EntityReader.Pointer("name"),
                "The app name you entered is already being used for another app in your account. If you would like to use the name for this app you will need to submit an update to your other app to change the name, or remove it from App Store Connect.");
        }
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

        foreach (var name in new[] { "name", "subtitle" })
        {
            if (texts.TryGetValue(name, out var text) && text.Length > MaxNameLength)
            {
                throw Errors.TooLong(EntityReader.Pointer(name), $"'{name}' is {text.Length} characters; the maximum is {MaxNameLength}.");
            }
        }

        foreach (var name in new[] { "privacyPolicyUrl", "privacyChoicesUrl" })
        {
            if (texts.TryGetValue(name, out var url) && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                throw Errors.AttributeInvalid(EntityReader.Pointer(name), $"'{url}' is not a valid URL.");
            }
        }

        return texts;
    }

    private static void Apply(AppInfoLocalizationRecord localization, Dictionary<string, string> texts)
    {
        localization.Name = texts.GetValueOrDefault("name", localization.Name);
        localization.Subtitle = texts.GetValueOrDefault("subtitle", localization.Subtitle!);
        localization.PrivacyPolicyUrl = texts.GetValueOrDefault("privacyPolicyUrl", localization.PrivacyPolicyUrl!);
        localization.PrivacyChoicesUrl = texts.GetValueOrDefault("privacyChoicesUrl", localization.PrivacyChoicesUrl!);
        localization.PrivacyPolicyText = texts.GetValueOrDefault("privacyPolicyText", localization.PrivacyPolicyText!);
    }
}
