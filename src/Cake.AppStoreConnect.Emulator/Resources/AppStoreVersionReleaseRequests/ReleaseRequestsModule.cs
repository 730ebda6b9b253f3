using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionReleaseRequests;

/// <summary><c>POST /v1/appStoreVersionReleaseRequests</c>: releases a version approved for manual release; anything else is a 409.</summary>
internal sealed class ReleaseRequestsModule : IResourceModule
{
    private static readonly ReleaseRequestDescriptor Descriptor = new();

    public void Register(EmulatorContext context)
    {
        context.Store.Register<ReleaseRequestRecord>(ReleaseRequestDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context) =>
        routes.MapPost("/v1/appStoreVersionReleaseRequests", (Delegate)((HttpContext http) => CreateAsync(http, context)));

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<ReleaseRequestRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, ReleaseRequestDescriptor.TypeName);
        entity.AllowOnly([], ["appStoreVersion"]);
        var versionId = entity.RequiredRelationship("appStoreVersion", AppStoreVersionDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            var version = c.Table<AppStoreVersionRecord>().Find(versionId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/appStoreVersion/data/id", $"There is no appStoreVersion with id '{versionId}'.");
            var state = AppStoreReview.StateOf(version, c);
            if (state != AppVersionStates.PendingDeveloperRelease)
            {
                throw Errors.State($"appStoreVersion '{versionId}' is {state}; only a version in PENDING_DEVELOPER_RELEASE can be released.");
            }

            version.ReleaseRequestedAt = c.Now;
            var request = new ReleaseRequestRecord { Id = Ids.NewUuid(), AppStoreVersionId = versionId, CreatedDate = c.Now };
            c.Table<ReleaseRequestRecord>().Add(request);
            return JsonApiResults.Json(Documents.Single(Descriptor, request, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }
}
