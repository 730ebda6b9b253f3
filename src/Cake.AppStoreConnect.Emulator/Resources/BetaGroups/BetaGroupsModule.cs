using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.BetaTesters;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaGroups;

/// <summary>
/// <c>/v1/betaGroups</c>: create (names unique per app, 409 otherwise), read, update, delete, and the
/// <c>betaTesters</c> and <c>builds</c> relationships, also reached from <c>/v1/builds/{id}/relationships/betaGroups</c>.
/// </summary>
internal sealed class BetaGroupsModule : IResourceModule
{
    /// <summary>Apple's limit of external testers per app.</summary>
    public const int MaxExternalTesters = 10_000;

    private static readonly BetaGroupDescriptor Descriptor = new();

    private static readonly QueryRules<BetaGroupRecord> CollectionRules = new QueryRules<BetaGroupRecord>(Descriptor).Paged()
        .Filter("name", (g, _) => g.Name)
        .FilterBoolean("isInternalGroup", (g, _) => g.IsInternal)
        .FilterBoolean("publicLinkEnabled", (g, _) => g.PublicLinkEnabled)
        .FilterBoolean("publicLinkLimitEnabled", (g, _) => g.PublicLinkLimitEnabled)
        .Filter("publicLink", (g, _) => g.PublicLink)
        .Filter("app", (g, _) => g.AppId)
        .FilterAny("builds", (g, _) => g.BuildIds)
        .Filter("id", (g, _) => g.Id)
        .Sort("name", (g, _) => g.Name)
        .Sort("createdDate", (g, _) => g.CreatedDate)
        .Sort("publicLinkEnabled", (g, _) => g.PublicLinkEnabled)
        .Sort("publicLinkLimit", (g, _) => g.PublicLinkLimit)
        .Include("app", "builds", "betaTesters");

    private static readonly QueryRules<BetaGroupRecord> InstanceRules = new QueryRules<BetaGroupRecord>(Descriptor).Include("app", "builds", "betaTesters");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<BetaGroupRecord>(BetaGroupDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/betaGroups", (HttpContext http) => Api.List(http, context, CollectionRules, c => c.Table<BetaGroupRecord>().All));
        routes.MapPost("/v1/betaGroups", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapGet("/v1/betaGroups/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPatch("/v1/betaGroups/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
        routes.MapDelete("/v1/betaGroups/{id}", (HttpContext http, string id) => Api.Write(http, context, c =>
            c.Table<BetaGroupRecord>().Remove(id) ? JsonApiResults.NoContent() : throw Errors.NotFound(BetaGroupDescriptor.TypeName, id)));

        routes.MapPost("/v1/betaGroups/{id}/relationships/betaTesters", (HttpContext http, string id) => ChangeTestersAsync(http, context, id, add: true));
        routes.MapDelete("/v1/betaGroups/{id}/relationships/betaTesters", (HttpContext http, string id) => ChangeTestersAsync(http, context, id, add: false));
        routes.MapPost("/v1/betaGroups/{id}/relationships/builds", (HttpContext http, string id) => ChangeBuildsAsync(http, context, id, add: true));
        routes.MapDelete("/v1/betaGroups/{id}/relationships/builds", (HttpContext http, string id) => ChangeBuildsAsync(http, context, id, add: false));
        routes.MapPost("/v1/builds/{id}/relationships/betaGroups", (HttpContext http, string id) => ChangeGroupsOfBuildAsync(http, context, id, add: true));
        routes.MapDelete("/v1/builds/{id}/relationships/betaGroups", (HttpContext http, string id) => ChangeGroupsOfBuildAsync(http, context, id, add: false));
    }

    /// <summary>Adds a build to a group: the build must be the group's app's, processed and not expired.</summary>
    internal static void AddBuild(ResourceContext context, BetaGroupRecord group, string buildId, string pointer)
    {
        var build = context.Table<BuildRecord>().Find(buildId) ?? throw Errors.RelationshipInvalid(pointer, $"There is no build with id '{buildId}'.");
        if (build.AppId != group.AppId)
        {
            throw Errors.RelationshipInvalid(pointer, $"Build '{buildId}' belongs to another app than beta group '{group.Name}'.");
        }

        if (build.ProcessingState(context) != "VALID")
        {
            throw Errors.State($"Build '{buildId}' is still processing; it can be added to beta groups once it is VALID.");
        }

        if (build.IsExpired(context))
        {
            throw Errors.State($"Build '{buildId}' has expired.");
        }

        if (!group.BuildIds.Contains(buildId))
        {
            group.BuildIds.Add(buildId);
        }
    }

    /// <summary>Adds a tester to a group, and so to the group's app; refused past <see cref="MaxExternalTesters"/>.</summary>
    internal static void AddTester(ResourceContext context, BetaGroupRecord group, BetaTesterRecord tester)
    {
        EnsureRoomFor(context, group, [tester]);
        if (!group.TesterIds.Contains(tester.Id))
        {
            group.TesterIds.Add(tester.Id);
        }

        if (!tester.AppIds.Contains(group.AppId))
        {
            tester.AppIds.Add(group.AppId);
        }
    }

    /// <summary>
    /// Apple: "you can invite up to 10,000 external testers per app" (App Store Connect Help, Invite external
    /// testers). Checked for the whole batch before any is added, so a refused request changes nothing.
    /// </summary>
    internal static void EnsureRoomFor(ResourceContext context, BetaGroupRecord group, IReadOnlyCollection<BetaTesterRecord> testers)
    {
        if (group.IsInternal)
        {
            return;
        }

        var external = context.Table<BetaGroupRecord>().Where(g => g.AppId == group.AppId && !g.IsInternal).SelectMany(g => g.TesterIds).ToHashSet(StringComparer.Ordinal);
        var added = testers.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count(id => !external.Contains(id));
        if (added > 0 && external.Count + added > MaxExternalTesters)
        {
            throw Errors.State(
                $"The app has {external.Count} external testers; adding {added} would pass the limit of {MaxExternalTesters} external testers per app. Remove testers who no longer test first.");
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BetaGroupDescriptor.TypeName);
        entity.AllowOnly(["name", "isInternalGroup", "hasAccessToAllBuilds", "publicLinkEnabled", "publicLinkLimitEnabled", "publicLinkLimit", "feedbackEnabled"], ["app", "builds", "betaTesters"]);
        var name = entity.RequiredString("name");
        var appId = entity.RequiredRelationship("app", AppDescriptor.TypeName);
        var isInternal = entity.OptionalBoolean("isInternalGroup") ?? false;
        var publicLink = entity.OptionalBoolean("publicLinkEnabled");
        var limitEnabled = entity.OptionalBoolean("publicLinkLimitEnabled");
        long? limit = entity.Has("publicLinkLimit") ? entity.RequiredInteger("publicLinkLimit", 1, 10000) : null;
        if (isInternal && (publicLink == true || limitEnabled == true || limit is not null))
        {
            throw Errors.AttributeInvalid(EntityReader.Pointer("publicLinkEnabled"), "Internal groups cannot have a public link.");
        }

        var builds = entity.OptionalRelationships("builds", BuildDescriptor.TypeName);
        var testers = entity.OptionalRelationships("betaTesters", "betaTesters");
        return Api.Write(http, context, c =>
        {
            var app = c.Table<AppRecord>().Find(appId) ?? throw Errors.RelationshipInvalid("/data/relationships/app/data/id", $"There is no app with id '{appId}'.");
            if (c.Table<BetaGroupRecord>().Where(g => g.AppId == app.Id && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)).Any())
            {
                throw Errors.Duplicate(EntityReader.Pointer("name"), $"The app '{app.Name}' already has a beta group named '{name}'.");
            }

            var group = new BetaGroupRecord
            {
                Id = Ids.NewUuid(),
                AppId = app.Id,
                Name = name,
                IsInternal = isInternal,
                HasAccessToAllBuilds = isInternal ? entity.OptionalBoolean("hasAccessToAllBuilds") ?? false : null,
                PublicLinkEnabled = publicLink ?? false,
                PublicLinkId = isInternal ? null : Ids.NewToken()[..8],
                PublicLinkLimitEnabled = limitEnabled ?? limit is not null,
                PublicLinkLimit = limit is null ? null : (int)limit,
                FeedbackEnabled = entity.OptionalBoolean("feedbackEnabled") ?? true,
                CreatedDate = c.Now,
            };
            foreach (var buildId in builds)
            {
                AddBuild(c, group, buildId, "/data/relationships/builds");
            }

            foreach (var testerId in testers)
            {
                AddTester(c, group, c.Table<BetaTesterRecord>().Find(testerId) ?? throw Errors.RelationshipInvalid("/data/relationships/betaTesters", $"There is no beta tester with id '{testerId}'."));
            }

            c.Table<BetaGroupRecord>().Add(group);
            return JsonApiResults.Json(Documents.Single(Descriptor, group, query, c, http.Request), StatusCodes.Status201Created);
        });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BetaGroupDescriptor.TypeName, id);
        entity.AllowOnly(["name", "publicLinkEnabled", "publicLinkLimitEnabled", "publicLinkLimit", "feedbackEnabled", "iosBuildsAvailableForAppleSiliconMac", "iosBuildsAvailableForAppleVision"], []);
        var name = entity.OptionalString("name");
        var publicLink = entity.OptionalBoolean("publicLinkEnabled");
        var limitEnabled = entity.OptionalBoolean("publicLinkLimitEnabled");
        long? limit = entity.Has("publicLinkLimit") ? entity.RequiredInteger("publicLinkLimit", 1, 10000) : null;
        var feedback = entity.OptionalBoolean("feedbackEnabled");
        return Api.Write(http, context, c =>
        {
            var group = c.Table<BetaGroupRecord>().Find(id) ?? throw Errors.NotFound(BetaGroupDescriptor.TypeName, id);
            if (group.IsInternal && (publicLink == true || limitEnabled == true || limit is not null))
            {
                throw Errors.AttributeInvalid(EntityReader.Pointer("publicLinkEnabled"), "Internal groups cannot have a public link.");
            }

            if (name is not null && c.Table<BetaGroupRecord>().Where(g => g.AppId == group.AppId && g.Id != id && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)).Any())
            {
                throw Errors.Duplicate(EntityReader.Pointer("name"), $"The app already has a beta group named '{name}'.");
            }

            group.Name = name ?? group.Name;
            group.PublicLinkEnabled = publicLink ?? group.PublicLinkEnabled;
            group.PublicLinkLimitEnabled = limitEnabled ?? group.PublicLinkLimitEnabled;
            group.PublicLinkLimit = limit is null ? group.PublicLinkLimit : (int)limit;
            group.FeedbackEnabled = feedback ?? group.FeedbackEnabled;
            return JsonApiResults.Json(Documents.Single(Descriptor, group, query, c, http.Request));
        });
    }

    private static async Task<IResult> ChangeTestersAsync(HttpContext http, EmulatorContext context, string id, bool add)
    {
        var ids = await LinkagesReader.ReadAsync(http.Request, "betaTesters");
        return Api.Write(http, context, c =>
        {
            var group = c.Table<BetaGroupRecord>().Find(id) ?? throw Errors.NotFound(BetaGroupDescriptor.TypeName, id);
            var testers = ids.Select((t, i) => c.Table<BetaTesterRecord>().Find(t) ?? throw Errors.RelationshipInvalid($"/data/{i}/id", $"There is no beta tester with id '{t}'.")).ToList();
            if (add)
            {
                EnsureRoomFor(c, group, testers);
            }

            foreach (var tester in testers)
            {
                if (add)
                {
                    AddTester(c, group, tester);
                }
                else
                {
                    group.TesterIds.Remove(tester.Id);
                }
            }

            return JsonApiResults.NoContent();
        });
    }

    private static async Task<IResult> ChangeBuildsAsync(HttpContext http, EmulatorContext context, string id, bool add)
    {
        var ids = await LinkagesReader.ReadAsync(http.Request, BuildDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            var group = c.Table<BetaGroupRecord>().Find(id) ?? throw Errors.NotFound(BetaGroupDescriptor.TypeName, id);
            for (var i = 0; i < ids.Count; i++)
            {
                if (add)
                {
                    AddBuild(c, group, ids[i], $"/data/{i}/id");
                }
                else
                {
                    group.BuildIds.Remove(ids[i]);
                }
            }

            return JsonApiResults.NoContent();
        });
    }

    private static async Task<IResult> ChangeGroupsOfBuildAsync(HttpContext http, EmulatorContext context, string buildId, bool add)
    {
        var ids = await LinkagesReader.ReadAsync(http.Request, BetaGroupDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            _ = c.Table<BuildRecord>().Find(buildId) ?? throw Errors.NotFound(BuildDescriptor.TypeName, buildId);
            var groups = ids.Select((g, i) => c.Table<BetaGroupRecord>().Find(g) ?? throw Errors.RelationshipInvalid($"/data/{i}/id", $"There is no beta group with id '{g}'.")).ToList();
            foreach (var group in groups)
            {
                if (add)
                {
                    AddBuild(c, group, buildId, "/data");
                }
                else
                {
                    group.BuildIds.Remove(buildId);
                }
            }

            return JsonApiResults.NoContent();
        });
    }
}
