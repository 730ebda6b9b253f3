using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewDetails;

/// <summary><c>/v1/betaAppReviewDetails</c> (one per app, made by a transition) and <c>/v1/apps/{id}/betaAppReviewDetail</c>.</summary>
internal sealed class BetaAppReviewDetailsModule : IResourceModule
{
    private static readonly BetaAppReviewDetailDescriptor Descriptor = new();

    private static readonly QueryRules<BetaAppReviewDetailRecord> CollectionRules = new QueryRules<BetaAppReviewDetailRecord>(Descriptor).Paged()
        .Filter("app", (d, _) => d.AppId)
        .Include("app");

    private static readonly QueryRules<BetaAppReviewDetailRecord> InstanceRules = new QueryRules<BetaAppReviewDetailRecord>(Descriptor).Include("app");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<BetaAppReviewDetailRecord>(BetaAppReviewDetailDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Store.RegisterTransition((store, _) =>
        {
            var details = store.Table<BetaAppReviewDetailRecord>();
            var missing = store.Table<AppRecord>().Where(a => details.Find(a.Id) is null).ToList();
            foreach (var app in missing)
            {
                details.Add(new BetaAppReviewDetailRecord { Id = app.Id, AppId = app.Id });
            }

            return missing.Count > 0;
        });
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/betaAppReviewDetails", (HttpContext http) =>
        {
            if (!http.Request.Query.ContainsKey("filter[app]"))
            {
                throw Errors.ParameterInvalid("filter[app]", "The parameter 'filter[app]' is required.");
            }

            return Api.List(http, context, CollectionRules, c => c.Table<BetaAppReviewDetailRecord>().All);
        });
        routes.MapGet("/v1/betaAppReviewDetails/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPatch("/v1/betaAppReviewDetails/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BetaAppReviewDetailDescriptor.TypeName, id);
        string[] texts = ["contactFirstName", "contactLastName", "contactPhone", "contactEmail", "demoAccountName", "demoAccountPassword", "notes"];
        entity.AllowOnly([.. texts, "demoAccountRequired"], []);
        var values = texts.Where(entity.Has).ToDictionary(t => t, t => entity.OptionalString(t));
        var required = entity.OptionalBoolean("demoAccountRequired");
        return Api.Write(http, context, c =>
        {
            var detail = c.Table<BetaAppReviewDetailRecord>().Find(id) ?? throw Errors.NotFound(BetaAppReviewDetailDescriptor.TypeName, id);
            detail.ContactFirstName = values.GetValueOrDefault("contactFirstName", detail.ContactFirstName);
            detail.ContactLastName = values.GetValueOrDefault("contactLastName", detail.ContactLastName);
            detail.ContactPhone = values.GetValueOrDefault("contactPhone", detail.ContactPhone);
            detail.ContactEmail = values.GetValueOrDefault("contactEmail", detail.ContactEmail);
            detail.DemoAccountName = values.GetValueOrDefault("demoAccountName", detail.DemoAccountName);
            detail.DemoAccountPassword = values.GetValueOrDefault("demoAccountPassword", detail.DemoAccountPassword);
            detail.Notes = values.GetValueOrDefault("notes", detail.Notes);
            detail.DemoAccountRequired = required ?? detail.DemoAccountRequired;
            return JsonApiResults.Json(Documents.Single(Descriptor, detail, query, c, http.Request));
        });
    }
}
