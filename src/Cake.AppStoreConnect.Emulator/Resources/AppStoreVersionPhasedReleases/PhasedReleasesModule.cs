using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionPhasedReleases;

/// <summary>
/// Phased releases: set up (INACTIVE) on a version not yet released, ACTIVE from release, PAUSED and
/// resumed, COMPLETE; removed only before they start.
/// </summary>
internal sealed class PhasedReleasesModule : IResourceModule
{
    private static readonly PhasedReleaseDescriptor Descriptor = new();

    private static readonly QueryRules<PhasedReleaseRecord> Rules = new(Descriptor);

    public void Register(EmulatorContext context)
    {
        context.Store.Register<PhasedReleaseRecord>(PhasedReleaseDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapPost("/v1/appStoreVersionPhasedReleases", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/appStoreVersionPhasedReleases/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
        routes.MapDelete("/v1/appStoreVersionPhasedReleases/{id}", (HttpContext http, string id) => Delete(http, context, id));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, Rules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, PhasedReleaseDescriptor.TypeName);
        entity.AllowOnly(["phasedReleaseState"], ["appStoreVersion"]);
        var state = entity.OptionalEnum("phasedReleaseState", PhasedReleaseRecord.States) ?? PhasedReleaseRecord.Inactive;
        var versionId = entity.RequiredRelationship("appStoreVersion", AppStoreVersionDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            var version = c.Table<AppStoreVersionRecord>().Find(versionId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/appStoreVersion/data/id", $"There is no appStoreVersion with id '{versionId}'.");
            var table = c.Table<PhasedReleaseRecord>();
            if (table.Where(p => p.AppStoreVersionId == versionId).Any())
            {
                throw Errors.Duplicate("/data/relationships/appStoreVersion", $"appStoreVersion '{versionId}' already has a phased release.");
            }

            if (version.ReleasedAt(c.Now, AppStoreReview.ReviewTime(c)) is not null)
            {
                throw Errors.State($"appStoreVersion '{versionId}' is already released; a phased release can only be set up before release.");
            }

            // INACTIVE and ACTIVE both mean "phase the release": it shows INACTIVE until the version is released.
            if (state is not (PhasedReleaseRecord.Inactive or PhasedReleaseRecord.Active))
            {
                throw Errors.Conflict(EntityReader.Pointer("phasedReleaseState"), $"A phased release of a version not yet released starts INACTIVE (or ACTIVE) and becomes ACTIVE on release; it cannot start {state}.");
            }

            var phased = new PhasedReleaseRecord { Id = Ids.NewUuid(), AppStoreVersionId = versionId, CreatedDate = c.Now };
            table.Add(phased);
            return JsonApiResults.Json(Documents.Single(Descriptor, phased, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    /// <summary>PATCH: ACTIVE → PAUSED → ACTIVE, ACTIVE or PAUSED → COMPLETE; the current state again is accepted and changes nothing.</summary>
    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, Rules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, PhasedReleaseDescriptor.TypeName, id);
        entity.AllowOnly(["phasedReleaseState"], []);
        var target = entity.RequiredEnum("phasedReleaseState", PhasedReleaseRecord.States);

        return Api.Write(http, context, c =>
        {
            var phased = c.Table<PhasedReleaseRecord>().Find(id) ?? throw Errors.NotFound(PhasedReleaseDescriptor.TypeName, id);
            var current = AppStoreReview.PhasedStateOf(phased, c);
            if (current != target)
            {
                switch ((current, target))
                {
                    case (PhasedReleaseRecord.Active, PhasedReleaseRecord.Paused):
                        phased.Stage = PhasedReleaseRecord.Paused;
                        phased.PausedAt = c.Now;
                        break;
                    case (PhasedReleaseRecord.Paused, PhasedReleaseRecord.Active):
                        phased.TotalPauseDays = AppStoreReview.PauseDays(phased, c);
                        phased.PausedAt = null;
                        phased.Stage = PhasedReleaseRecord.Active;
                        break;
                    case (PhasedReleaseRecord.Active or PhasedReleaseRecord.Paused, PhasedReleaseRecord.Complete):
                        phased.TotalPauseDays = AppStoreReview.PauseDays(phased, c);
                        phased.PausedAt = null;
                        phased.Stage = PhasedReleaseRecord.Complete;
                        break;
                    default:
                        throw Errors.State(current == PhasedReleaseRecord.Inactive
                            ? $"Phased release '{id}' has not started: it becomes ACTIVE when its version is released, and cannot be set to {target} before."
                            : $"Phased release '{id}' is {current} and cannot be set to {target}.");
                }
            }

            return JsonApiResults.Json(Documents.Single(Descriptor, phased, query, c, http.Request));
        });
    }

    private static IResult Delete(HttpContext http, EmulatorContext context, string id)
    {
        QueryParser.Parse(http.Request.Query, Rules, context.Registry);
        return Api.Write(http, context, c =>
        {
            var phased = c.Table<PhasedReleaseRecord>().Find(id) ?? throw Errors.NotFound(PhasedReleaseDescriptor.TypeName, id);
            if (AppStoreReview.PhasedStateOf(phased, c) != PhasedReleaseRecord.Inactive)
            {
                throw Errors.StateBadRequest($"Phased release '{id}' has started and can no longer be removed; complete it to release to everyone.");
            }

            c.Table<PhasedReleaseRecord>().Remove(id);
            return JsonApiResults.NoContent();
        });
    }
}
