using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.BetaGroups;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildBetaNotifications;

/// <summary>A notification sent to a build's testers.</summary>
internal sealed class BuildBetaNotificationRecord : IRecord
{
    public required string Id { get; init; }

    public required string BuildId { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }
}

/// <summary>A notification on the wire (schema <c>BuildBetaNotification</c>: no attributes).</summary>
internal sealed class BuildBetaNotificationDescriptor : ResourceDescriptor<BuildBetaNotificationRecord>
{
    public const string TypeName = "buildBetaNotifications";

    public BuildBetaNotificationDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = [];

    public override IReadOnlyList<Relationship<BuildBetaNotificationRecord>> Relationships { get; } = [];

    protected override void WriteAttributes(BuildBetaNotificationRecord record, JsonObject attributes, ResourceContext context)
    {
    }
}

/// <summary>
/// <c>POST /v1/buildBetaNotifications</c>: 422 when the build is in no beta group (no one to notify),
/// 409 when its testers were already notified.
/// </summary>
internal sealed class BuildBetaNotificationsModule : IResourceModule
{
    private static readonly BuildBetaNotificationDescriptor Descriptor = new();

    private static readonly QueryRules<BuildBetaNotificationRecord> InstanceRules = new(Descriptor);

    public void Register(EmulatorContext context)
    {
        context.Store.Register<BuildBetaNotificationRecord>(BuildBetaNotificationDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context) =>
        routes.MapPost("/v1/buildBetaNotifications", (Delegate)((HttpContext http) => CreateAsync(http, context)));

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BuildBetaNotificationDescriptor.TypeName);
        entity.AllowOnly([], ["build"]);
        var buildId = entity.RequiredRelationship("build", BuildDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            _ = c.Table<BuildRecord>().Find(buildId) ?? throw Errors.RelationshipInvalid("/data/relationships/build/data/id", $"There is no build with id '{buildId}'.");
            if (!c.Table<BetaGroupRecord>().Where(g => g.BuildIds.Contains(buildId)).Any())
            {
                throw Errors.AttributeInvalid("/data/relationships/build", "The build has not been added to a beta group, so it has no testers to notify.");
            }

            if (c.Table<BuildBetaNotificationRecord>().Where(n => n.BuildId == buildId).Any())
            {
                throw Errors.State($"The testers of build '{buildId}' have already been notified.");
            }

            var notification = new BuildBetaNotificationRecord { Id = Ids.NewUuid(), BuildId = buildId, CreatedDate = c.Now };
            c.Table<BuildBetaNotificationRecord>().Add(notification);
            return JsonApiResults.Json(Documents.Single(Descriptor, notification, query, c, http.Request), StatusCodes.Status201Created);
        });
    }
}
