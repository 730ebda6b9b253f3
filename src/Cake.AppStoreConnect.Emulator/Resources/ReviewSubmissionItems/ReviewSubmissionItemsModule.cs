using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissions;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissionItems;

/// <summary>
/// Review submission items for App Store versions. A version can be in one open submission at a time;
/// adding it to another answers 409 with <c>ENTITY_ERROR.RELATIONSHIP.INVALID</c> as the second error.
/// </summary>
internal sealed class ReviewSubmissionItemsModule : IResourceModule
{
    private static readonly ReviewSubmissionItemDescriptor Descriptor = new();

    public void Register(EmulatorContext context)
    {
        context.Store.Register<ReviewSubmissionItemRecord>(ReviewSubmissionItemDescriptor.TypeName);
        context.Registry.Add(Descriptor);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context) =>
        routes.MapPost("/v1/reviewSubmissionItems", (Delegate)((HttpContext http) => CreateAsync(http, context)));

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<ReviewSubmissionItemRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, ReviewSubmissionItemDescriptor.TypeName);
        entity.AllowOnly([], ["reviewSubmission", "appStoreVersion"]);
        var submissionId = entity.RequiredRelationship("reviewSubmission", ReviewSubmissionDescriptor.TypeName);
        var versionId = entity.RequiredRelationship("appStoreVersion", AppStoreVersionDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            var submission = c.Table<ReviewSubmissionRecord>().Find(submissionId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/reviewSubmission/data/id", $"There is no reviewSubmission with id '{submissionId}'.");
            var version = c.Table<AppStoreVersionRecord>().Find(versionId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/appStoreVersion/data/id", $"There is no appStoreVersion with id '{versionId}'.");
            if (version.AppId != submission.AppId || version.Platform != submission.Platform)
            {
                throw Errors.RelationshipInvalid("/data/relationships/appStoreVersion/data/id", $"appStoreVersion '{versionId}' is not a {submission.Platform} version of the submission's app.");
            }

            var state = AppStoreReview.StateOf(submission, c);
            if (state != ReviewSubmissionRecord.ReadyForReview)
            {
                throw Errors.State($"Review submission '{submissionId}' is {state}; items can only be added before it is submitted.");
            }

            if (AppStoreReview.OpenSubmissionOf(versionId, c) is { } other)
            {
                throw Errors.RelationshipConflict(
                    "/data/relationships/appStoreVersion/data/id",
                    other.Id == submissionId
                        ? $"appStoreVersion '{versionId}' is already an item of this reviewSubmission."
                        : $"appStoreVersion '{versionId}' is already added to another reviewSubmission '{other.Id}'.");
            }

            if (!AppStoreReview.IsEditable(version, c))
            {
                throw Errors.State($"appStoreVersion '{versionId}' is {AppStoreReview.StateOf(version, c)} and cannot be added to a review submission.");
            }

            var item = new ReviewSubmissionItemRecord { Id = Ids.NewUuid(), ReviewSubmissionId = submissionId, AppStoreVersionId = versionId, CreatedDate = c.Now };
            c.Table<ReviewSubmissionItemRecord>().Add(item);
            version.Stage = AppVersionStates.ReadyForReview;
            return JsonApiResults.Json(Documents.Single(Descriptor, item, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }
}
