using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppInfos;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

namespace Cake.AppStoreConnect.Emulator.Resources.AgeRatingDeclarations;

/// <summary>
/// Age rating declarations: Apple's spec 4.4.1 has no POST and no GET of its own (one exists per app info, read at
/// <c>/v1/appInfos/{id}/ageRatingDeclaration</c>); <c>PATCH</c> answers questions while the app info is editable.
/// </summary>
internal sealed class AgeRatingDeclarationsModule : IResourceModule
{
    private static readonly AgeRatingDeclarationDescriptor Descriptor = new();

    public void Register(EmulatorContext context)
    {
        context.Store.Register<AgeRatingDeclarationRecord>(AgeRatingDeclarationDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context) =>
        routes.MapPatch("/v1/ageRatingDeclarations/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, new QueryRules<AgeRatingDeclarationRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AgeRatingDeclarationDescriptor.TypeName, id);
        entity.AllowOnly([.. Descriptor.AttributeNames], []);
        var flags = AgeRatingDeclarationDescriptor.Flags.Select(f => (Name: f, Value: entity.OptionalBoolean(f))).Where(f => f.Value is not null).ToList();
        var values = AgeRatingDeclarationDescriptor.Levels.Select(l => (Name: l, Value: entity.OptionalEnum(l, AgeRatingDeclarationDescriptor.LevelValues)))
            .Concat(AgeRatingDeclarationDescriptor.Choices.Select(c => (Name: c.Key, Value: entity.OptionalEnum(c.Key, c.Value))))
            .Where(v => v.Value is not null)
            .ToList();
        if (entity.OptionalString("developerAgeRatingInfoUrl") is { } url)
        {
            values.Add(("developerAgeRatingInfoUrl", Uri.TryCreate(url, UriKind.Absolute, out _) ? url : throw Errors.AttributeInvalid(EntityReader.Pointer("developerAgeRatingInfoUrl"), $"'{url}' is not a valid URL.")));
        }

        return Api.Write(http, context, c =>
        {
            var declaration = c.Table<AgeRatingDeclarationRecord>().Find(id) ?? throw Errors.NotFound(AgeRatingDeclarationDescriptor.TypeName, id);
            if ((flags.Count > 0 || values.Count > 0) && c.Table<AppInfoRecord>().Find(declaration.AppInfoId) is { } info)
            {
                AppInfoStates.RequireEditable(info, flags.Select(f => f.Name).Concat(values.Select(v => v.Name)).First(), c);
            }

            foreach (var (name, value) in flags)
            {
                declaration.Flags[name] = value!.Value;
            }

            foreach (var (name, value) in values)
            {
                declaration.Values[name] = value!;
            }

            return JsonApiResults.Json(Documents.Single(Descriptor, declaration, query, c, http.Request));
        });
    }
}
