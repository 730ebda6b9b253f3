using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Builds;

namespace Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;

/// <summary><c>/v1/preReleaseVersions</c> and the versions of an app.</summary>
internal sealed class PreReleaseVersionsModule : IResourceModule
{
    private static readonly PreReleaseVersionDescriptor Descriptor = new();

    private static readonly QueryRules<PreReleaseVersionRecord> CollectionRules = new QueryRules<PreReleaseVersionRecord>(Descriptor).Paged()
        .Filter("app", (v, _) => v.AppId)
        .Filter("version", (v, _) => v.Version)
        .Filter("platform", (v, _) => v.Platform, Platforms.All)
        .FilterAny("builds", (v, c) => Builds(v, c).Select(b => b.Id))
        .FilterAny("builds.version", (v, c) => Builds(v, c).Select(b => b.Version))
        .FilterAny("builds.processingState", (v, c) => Builds(v, c).Select(b => b.ProcessingState(c)), BuildRecord.ProcessingStates)
        .FilterAny("builds.expired", (v, c) => Builds(v, c).Select(b => b.IsExpired(c) ? "true" : "false"), ["true", "false"])
        .Sort("version", (v, _) => new VersionKey(v.Version))
        .Include("app", "builds");

    private static readonly QueryRules<PreReleaseVersionRecord> InstanceRules = new QueryRules<PreReleaseVersionRecord>(Descriptor)
        .Include("app", "builds");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<PreReleaseVersionRecord>(PreReleaseVersionDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/preReleaseVersions", (HttpContext http) =>
            Api.List(http, context, CollectionRules, c => c.Table<PreReleaseVersionRecord>().All));
        routes.MapGet("/v1/preReleaseVersions/{id}", (HttpContext http, string id) =>
            Api.Get(http, context, InstanceRules, id));
    }

    private static IEnumerable<BuildRecord> Builds(PreReleaseVersionRecord version, ResourceContext context) =>
        context.Table<BuildRecord>().Where(b => b.PreReleaseVersionId == version.Id);
}
