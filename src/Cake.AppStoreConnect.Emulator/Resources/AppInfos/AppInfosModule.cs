using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppCategories;

namespace Cake.AppStoreConnect.Emulator.Resources.AppInfos;

/// <summary>
/// App infos: read (also through <c>/v1/apps/{id}/appInfos</c>) and the category update, which takes
/// relationships only and only while the app info is editable. Subcategories must belong to their slot's category.
/// </summary>
internal sealed class AppInfosModule : IResourceModule
{
    private static readonly AppInfoDescriptor Descriptor = new();

    private static readonly string[] Includes =
        ["app", "ageRatingDeclaration", "appInfoLocalizations", "primaryCategory", "primarySubcategoryOne", "primarySubcategoryTwo", "secondaryCategory", "secondarySubcategoryOne", "secondarySubcategoryTwo"];

    private static readonly QueryRules<AppInfoRecord> InstanceRules = new QueryRules<AppInfoRecord>(Descriptor).Include(Includes);

    private static readonly QueryRules<AppInfoRecord> ListRules = new QueryRules<AppInfoRecord>(Descriptor).Paged().Include(Includes);

    public void Register(EmulatorContext context)
    {
        context.Store.Register<AppInfoRecord>(AppInfoDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Registry.AddRelatedRules(ListRules, InstanceRules);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/appInfos/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPatch("/v1/appInfos/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
    }

    /// <summary><c>PATCH /v1/appInfos/{id}</c>: sets or clears (<c>data: null</c>) category relationships.</summary>
    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppInfoDescriptor.TypeName, id);
        var names = AppInfoDescriptor.Categories.Select(c => c.Name).ToArray();
        entity.AllowOnly([], names);
        var changes = new List<(int Slot, string? CategoryId)>();
        for (var slot = 0; slot < names.Length; slot++)
        {
            if (entity.OptionalToOne(names[slot], AppCategoryDescriptor.TypeName) is { } linkage)
            {
                changes.Add((slot, linkage.Id));
            }
        }

        return Api.Write(http, context, c =>
        {
            var info = c.Table<AppInfoRecord>().Find(id) ?? throw Errors.NotFound(AppInfoDescriptor.TypeName, id);
            if (changes.Count > 0)
            {
                AppInfoStates.RequireEditable(info, names[changes[0].Slot], c);
            }

            foreach (var (slot, categoryId) in changes)
            {
                AppInfoDescriptor.Categories[slot].Set(info, categoryId);
            }

            CheckCategories(info, c);
            return JsonApiResults.Json(Documents.Single(Descriptor, info, query, c, http.Request));
        });
    }

    /// <summary>
    /// A category slot takes a top-level category, a subcategory slot a child of its slot's category
    /// (Apple's App Store Connect form offers only those; the status and code of the API's refusal are a guess).
    /// </summary>
    private static void CheckCategories(AppInfoRecord info, ResourceContext context)
    {
        var table = context.Table<AppCategoryRecord>();
        for (var slot = 0; slot < AppInfoDescriptor.Categories.Count; slot++)
        {
            var (name, get, _) = AppInfoDescriptor.Categories[slot];
            if (get(info) is not { } categoryId)
            {
                continue;
            }

            var pointer = $"/data/relationships/{name}/data/id";
            var category = table.Find(categoryId) ?? throw Errors.RelationshipInvalid(pointer, $"There is no appCategory with id '{categoryId}'.");
            var parentSlot = slot < 3 ? 0 : 3;
            if (slot == parentSlot && category.ParentId is not null)
            {
                throw Errors.RelationshipInvalid(pointer, $"'{categoryId}' is a subcategory of '{category.ParentId}'; {name} takes a top-level category.");
            }

            if (slot != parentSlot && category.ParentId != AppInfoDescriptor.Categories[parentSlot].Get(info))
            {
                throw Errors.RelationshipInvalid(pointer, $"'{categoryId}' is not a subcategory of {AppInfoDescriptor.Categories[parentSlot].Name} '{AppInfoDescriptor.Categories[parentSlot].Get(info)}'.");
            }
        }
    }
}
