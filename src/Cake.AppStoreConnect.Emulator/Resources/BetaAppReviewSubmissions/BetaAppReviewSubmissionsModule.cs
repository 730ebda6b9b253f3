using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewSubmissions;

/// <summary>
/// <c>/v1/betaAppReviewSubmissions</c>: one per build (409 otherwise); refused with Apple's 422 while the
/// build is missing export compliance; approved once <see cref="EmulatorOptions.BetaReviewTime"/> has passed.
/// </summary>
internal sealed class BetaAppReviewSubmissionsModule : IResourceModule
{
    private static readonly BetaAppReviewSubmissionDescriptor Descriptor = new();

    private static readonly QueryRules<BetaAppReviewSubmissionRecord> CollectionRules = new QueryRules<BetaAppReviewSubmissionRecord>(Descriptor).Paged()
        .Filter("betaReviewState", (s, c) => s.ReviewState(c), BetaAppReviewSubmissionRecord.States)
        .Filter("build", (s, _) => s.BuildId)
        .Include("build");

    private static readonly QueryRules<BetaAppReviewSubmissionRecord> InstanceRules = new QueryRules<BetaAppReviewSubmissionRecord>(Descriptor).Include("build");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<BetaAppReviewSubmissionRecord>(BetaAppReviewSubmissionDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/betaAppReviewSubmissions", (HttpContext http) =>
        {
            if (!http.Request.Query.ContainsKey("filter[build]"))
            {
                throw Errors.ParameterInvalid("filter[build]", "The parameter 'filter[build]' is required.");
            }

            return Api.List(http, context, CollectionRules, c => c.Table<BetaAppReviewSubmissionRecord>().All);
        });
        routes.MapPost("/v1/betaAppReviewSubmissions", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapGet("/v1/betaAppReviewSubmissions/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var query = QueryParser.Parse(http.Request.Query, InstanceRules, context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, BetaAppReviewSubmissionDescriptor.TypeName);
        entity.AllowOnly([], ["build"]);
        var buildId = entity.RequiredRelationship("build", BuildDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            var build = c.Table<BuildRecord>().Find(buildId) ?? throw Errors.RelationshipInvalid("/data/relationships/build/data/id", $"There is no build with id '{buildId}'.");
            if (c.Table<BetaAppReviewSubmissionRecord>().Where(s => s.BuildId == buildId).Any())
            {
                throw Errors.State($"Build '{buildId}' has already been submitted for beta app review.");
            }

            if (build.ProcessingState(c) != "VALID")
            {
                throw Errors.AttributeInvalid("/data/relationships/build", "The build is still processing.");
            }

            if (build.UsesNonExemptEncryption is null)
            {
                throw Errors.AttributeInvalid("/data/relationships/build", "The build is missing export compliance.");
            }

            var submission = new BetaAppReviewSubmissionRecord
            {
                Id = Ids.NewUuid(),
                BuildId = buildId,
                SubmittedDate = c.Now,
                ReviewedAt = c.Now + c.Emulator.Options.BetaReviewTime,
            };
            c.Table<BetaAppReviewSubmissionRecord>().Add(submission);
            return JsonApiResults.Json(Documents.Single(Descriptor, submission, query, c, http.Request), StatusCodes.Status201Created);
        });
    }
}
