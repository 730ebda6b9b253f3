using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaBuildLocalizations;

/// <summary><c>/v1/betaBuildLocalizations</c>: one per build and locale (409 otherwise), <c>whatsNew</c> at most 4000 characters.</summary>
internal sealed class BetaBuildLocalizationsModule : IResourceModule
{
    private static readonly BetaBuildLocalizationDescriptor Descriptor = new();

    private static readonly QueryRules<BetaBuildLocalizationRecord> CollectionRules = new QueryRules<BetaBuildLocalizationRecord>(Descriptor).Paged()
        .Filter("locale", (l, _) => l.Locale)
        .Filter("build", (l, _) => l.BuildId)
        .Include("build");

    private static readonly QueryRules<BetaBuildLocalizationRecord> InstanceRules = new QueryRules<BetaBuildLocalizationRecord>(Descriptor).Include("build");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<BetaBuildLocalizationRecord>(BetaBuildLocalizationDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/betaBuildLocalizations", (HttpContext http) => Api.List(http, context, CollectionRules, c => c.Table<BetaBuildLocalizationRecord>().All));
        routes.MapPost("/v1/betaBuildLocalizations", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapGet("/v1/betaBuildLocalizations/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPatch("/v1/betaBuildLocalizations/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
        routes.MapDelete("/v1/betaBuildLocalizations/{id}", (HttpContext http, string id) => Api.Write(http, context, c =>
            c.Table<BetaBuildLocalizationRecord>().Remove(id) ? JsonApiResults.NoContent() : throw Errors.NotFound(BetaBuildLocalizationDescriptor.TypeName, id)));
    }

    private static string? WhatsNew(EntityReader entity)
    {
        var text = entity.Has("whatsNew") ? entity.OptionalString("whatsNew") : null;
        return text is { Length: > BetaBuildLocalizationRecord.MaxWhatsNew }
            ? throw Errors.AttributeInvalid(EntityReader.Pointer("whatsNew"), $"'whatsNew' can be at most {BetaBuildLocalizationRecord.MaxWhatsNew} characters; this one has {text.Length}.")
            : text;
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BetaBuildLocalizationDescriptor.TypeName);
        entity.AllowOnly(["whatsNew", "locale"], ["build"]);
        var locale = entity.RequiredString("locale");
        var whatsNew = WhatsNew(entity);
        var buildId = entity.RequiredRelationship("build", BuildDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            _ = c.Table<BuildRecord>().Find(buildId) ?? throw Errors.RelationshipInvalid("/data/relationships/build/data/id", $"There is no build with id '{buildId}'.");
            if (c.Table<BetaBuildLocalizationRecord>().Where(l => l.BuildId == buildId && string.Equals(l.Locale, locale, StringComparison.OrdinalIgnoreCase)).Any())
            {
                throw Errors.Duplicate(EntityReader.Pointer("locale"), $"Build '{buildId}' already has a localization for '{locale}'.");
            }

            var record = new BetaBuildLocalizationRecord { Id = Ids.NewUuid(), BuildId = buildId, Locale = locale, WhatsNew = whatsNew };
            c.Table<BetaBuildLocalizationRecord>().Add(record);
            return JsonApiResults.Json(Documents.Single(Descriptor, record, query, c, http.Request), StatusCodes.Status201Created);
        });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BetaBuildLocalizationDescriptor.TypeName, id);
        entity.AllowOnly(["whatsNew"], []);
        var whatsNew = WhatsNew(entity);
        return Api.Write(http, context, c =>
        {
            var record = c.Table<BetaBuildLocalizationRecord>().Find(id) ?? throw Errors.NotFound(BetaBuildLocalizationDescriptor.TypeName, id);
            record.WhatsNew = whatsNew ?? record.WhatsNew;
            return JsonApiResults.Json(Documents.Single(Descriptor, record, query, c, http.Request));
        });
    }
}
