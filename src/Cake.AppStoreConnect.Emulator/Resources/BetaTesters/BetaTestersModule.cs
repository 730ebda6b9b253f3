using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.BetaGroups;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaTesters;

/// <summary>
/// <c>/v1/betaTesters</c>: create in groups (an email already in every group asked for is a 409, as
/// Apple answers; an existing email in other groups is added to them), list with filters, delete, the
/// <c>betaGroups</c> relationship, and removal from an app (<c>DELETE /v1/apps/{id}/relationships/betaTesters</c>).
/// </summary>
internal sealed partial class BetaTestersModule : IResourceModule
{
    private static readonly BetaTesterDescriptor Descriptor = new();

    private static readonly QueryRules<BetaTesterRecord> CollectionRules = new QueryRules<BetaTesterRecord>(Descriptor).Paged()
        .Filter("firstName", (t, _) => t.FirstName)
        .Filter("lastName", (t, _) => t.LastName)
        .Filter("email", (t, _) => t.Email)
        .Filter("inviteType", (t, _) => t.InviteType, BetaTesterRecord.InviteTypes)
        .FilterAny("apps", (t, _) => t.AppIds)
        .FilterAny("betaGroups", BetaTesterDescriptor.GroupIds)
        .FilterAny("builds", (_, _) => [])
        .Filter("id", (t, _) => t.Id)
        .Sort("firstName", (t, _) => t.FirstName)
        .Sort("lastName", (t, _) => t.LastName)
        .Sort("email", (t, _) => t.Email)
        .Sort("inviteType", (t, _) => t.InviteType)
        .Sort("state", (t, _) => t.State)
        .Include("apps", "betaGroups");

    private static readonly QueryRules<BetaTesterRecord> InstanceRules = new QueryRules<BetaTesterRecord>(Descriptor).Include("apps", "betaGroups");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<BetaTesterRecord>(BetaTesterDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/betaTesters", (HttpContext http) => Api.List(http, context, CollectionRules, c => c.Table<BetaTesterRecord>().All));
        routes.MapPost("/v1/betaTesters", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapGet("/v1/betaTesters/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapDelete("/v1/betaTesters/{id}", (HttpContext http, string id) => Api.Write(http, context, c =>
        {
            var tester = c.Table<BetaTesterRecord>().Find(id) ?? throw Errors.NotFound(BetaTesterDescriptor.TypeName, id);
            foreach (var group in c.Table<BetaGroupRecord>().All)
            {
                group.TesterIds.Remove(tester.Id);
            }

            c.Table<BetaTesterRecord>().Remove(id);
            return JsonApiResults.NoContent();
        }));
        routes.MapPost("/v1/betaTesters/{id}/relationships/betaGroups", (HttpContext http, string id) => ChangeGroupsAsync(http, context, id, add: true));
        routes.MapDelete("/v1/betaTesters/{id}/relationships/betaGroups", (HttpContext http, string id) => ChangeGroupsAsync(http, context, id, add: false));
        routes.MapDelete("/v1/apps/{id}/relationships/betaTesters", (HttpContext http, string id) => RemoveFromAppAsync(http, context, id));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BetaTesterDescriptor.TypeName);
        entity.AllowOnly(["firstName", "lastName", "email"], ["betaGroups", "builds"]);
        var email = entity.RequiredString("email").Trim();
        if (!EmailPattern().IsMatch(email))
        {
            throw Errors.AttributeInvalid(EntityReader.Pointer("email"), $"'{email}' is not a valid email address.");
        }

        var groupIds = entity.OptionalRelationships("betaGroups", BetaGroupDescriptor.TypeName);
        var builds = entity.OptionalRelationships("builds", "builds");
        if (groupIds.Count == 0 && builds.Count == 0)
        {
            throw Errors.RelationshipInvalid("/data/relationships/betaGroups", "A beta tester must be created in at least one beta group (or for a build).");
        }

        var firstName = entity.OptionalString("firstName");
        var lastName = entity.OptionalString("lastName");
        return Api.Write(http, context, c =>
        {
            var groups = groupIds.Select((g, i) => c.Table<BetaGroupRecord>().Find(g) ?? throw Errors.RelationshipInvalid($"/data/relationships/betaGroups/data/{i}/id", $"There is no beta group with id '{g}'.")).ToList();
            var existing = c.Table<BetaTesterRecord>().Where(t => string.Equals(t.Email, email, StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
            if (existing is not null && groups.All(g => g.TesterIds.Contains(existing.Id)))
            {
                throw Errors.Duplicate(EntityReader.Pointer("email"), $"A tester with the email '{email}' is already in {(groups.Count == 1 ? $"the beta group '{groups[0].Name}'" : "these beta groups")}.");
            }

            var tester = existing ?? new BetaTesterRecord { Id = Ids.NewUuid(), Email = email, FirstName = firstName, LastName = lastName };
            groups.ForEach(g => BetaGroupsModule.EnsureRoomFor(c, g, [tester]));
            if (existing is null)
            {
                c.Table<BetaTesterRecord>().Add(tester);
            }

            foreach (var group in groups)
            {
                BetaGroupsModule.AddTester(c, group, tester);
            }

            return JsonApiResults.Json(Documents.Single(Descriptor, tester, query, c, http.Request), StatusCodes.Status201Created);
        });
    }

    private static async Task<IResult> ChangeGroupsAsync(HttpContext http, EmulatorContext context, string id, bool add)
    {
        var ids = await LinkagesReader.ReadAsync(http.Request, BetaGroupDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            var tester = c.Table<BetaTesterRecord>().Find(id) ?? throw Errors.NotFound(BetaTesterDescriptor.TypeName, id);
            var groups = ids.Select((g, i) => c.Table<BetaGroupRecord>().Find(g) ?? throw Errors.RelationshipInvalid($"/data/{i}/id", $"There is no beta group with id '{g}'.")).ToList();
            foreach (var group in groups)
            {
                if (add)
                {
                    BetaGroupsModule.AddTester(c, group, tester);
                }
                else
                {
                    group.TesterIds.Remove(tester.Id);
                }
            }

            return JsonApiResults.NoContent();
        });
    }

    private static async Task<IResult> RemoveFromAppAsync(HttpContext http, EmulatorContext context, string appId)
    {
        var ids = await LinkagesReader.ReadAsync(http.Request, BetaTesterDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            var app = c.Table<AppRecord>().Find(appId) ?? throw Errors.NotFound(AppDescriptor.TypeName, appId);
            var testers = ids.Select((t, i) => c.Table<BetaTesterRecord>().Find(t) ?? throw Errors.RelationshipInvalid($"/data/{i}/id", $"There is no beta tester with id '{t}'.")).ToList();
            foreach (var tester in testers)
            {
                foreach (var group in c.Table<BetaGroupRecord>().Where(g => g.AppId == app.Id))
                {
                    group.TesterIds.Remove(tester.Id);
                }

                tester.AppIds.Remove(app.Id);
            }

            return JsonApiResults.NoContent();
        });
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
