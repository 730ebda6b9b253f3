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

    // Writes take no include: the created or changed localization is answered on its own.
    private static readonly QueryRules<AppInfoLocalizationRecord> WriteRules = new(Descriptor);

    private static readonly TextAttributes<AppInfoLocalizationRecord> Texts = new TextAttributes<AppInfoLocalizationRecord>()
        .Add("name", (l, v) => l.Name = v, MaxNameLength)
        .Add("subtitle", (l, v) => l.Subtitle = v, MaxNameLength)
        .AddUrl("privacyPolicyUrl", (l, v) => l.PrivacyPolicyUrl = v)
        .AddUrl("privacyChoicesUrl", (l, v) => l.PrivacyChoicesUrl = v)
        .Add("privacyPolicyText", (l, v) => l.PrivacyPolicyText = v);

    public void Register(EmulatorContext context) => context.AddResource(Descriptor, ListRules, InstanceRules);

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/appInfoLocalizations/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPost("/v1/appInfoLocalizations", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/appInfoLocalizations/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
        routes.MapDelete("/v1/appInfoLocalizations/{id}", (HttpContext http, string id) => Delete(http, context, id));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var (_, entity) = await Writes.ReadAsync(http, context, WriteRules, null, [.. Texts.Names, "locale"], ["appInfo"]);
        var locale = entity.RequiredString("locale");
        entity.RequiredString("name");
        var texts = Texts.Read(entity);
        var infoId = entity.RequiredRelationship("appInfo", AppInfoDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            var info = Writes.Linked<AppInfoRecord>(c, "appInfo", infoId);
            AppInfoStates.RequireEditable(info, "locale", c);
            Localizations.RequireNewLocale(c.Table<AppInfoLocalizationRecord>().Where(l => l.AppInfoId == infoId).Select(l => l.Locale), locale, "appInfo");
            RequireUniqueName(info, texts["name"], c);
            var localization = new AppInfoLocalizationRecord { Id = Ids.NewUuid(), AppInfoId = infoId, Locale = locale, Name = texts["name"] };
            Texts.Apply(localization, texts);
            return Writes.Add(http, c, Descriptor, localization, new ParsedQuery());
        });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, WriteRules, id, Texts.Names, []);
        var texts = Texts.Read(entity);

        return Writes.Update(http, context, Descriptor, id, query, (localization, c) =>
        {
            var info = c.Table<AppInfoRecord>().Find(localization.AppInfoId)!;
            if (texts.Count > 0)
            {
                AppInfoStates.RequireEditable(info, texts.Keys.First(), c);
            }

            if (texts.TryGetValue("name", out var name))
            {
                RequireUniqueName(info, name, c);
            }

            Texts.Apply(localization, texts);
        });
    }

    /// <summary>
    /// <c>DELETE</c>: the app's primary locale cannot be removed, nor a locale of a locked app info. The spec declares
    /// no 409 here, so both are answered 400 STATE_ERROR (a guess at Apple's answer).
    /// </summary>
    private static IResult Delete(HttpContext http, EmulatorContext context, string id)
    {
        QueryParser.Parse(http.Request.Query, WriteRules, context.Registry);
        return Api.Write(http, context, c =>
        {
            var localization = Writes.Existing(c, Descriptor, id);
            var info = c.Table<AppInfoRecord>().Find(localization.AppInfoId)!;
            if (!AppInfoStates.IsEditable(info, c))
            {
                throw Errors.StateBadRequest($"The localization '{localization.Locale}' cannot be removed at this time. The app info '{info.Id}' is {AppInfoStates.Of(info, c)}.");
            }

            if (c.Table<AppRecord>().Find(info.AppId) is { } app && string.Equals(app.PrimaryLocale, localization.Locale, StringComparison.OrdinalIgnoreCase))
            {
                throw Errors.StateBadRequest($"'{localization.Locale}' is the app's primary language and cannot be removed.");
            }

            c.Table<AppInfoLocalizationRecord>().Remove(id);
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
}
