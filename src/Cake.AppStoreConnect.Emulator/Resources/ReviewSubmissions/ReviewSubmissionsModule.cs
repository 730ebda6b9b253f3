using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissionItems;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissions;

/// <summary>
/// Review submissions: one open per app and platform; submitting checks every item is ready (build attached,
/// export compliance and content rights answered) and starts the review clock; canceling puts the versions
/// back to DEVELOPER_REJECTED.
/// </summary>
internal sealed class ReviewSubmissionsModule : IResourceModule
{
    private static readonly ReviewSubmissionDescriptor Descriptor = new();

    private static readonly string[] Includes = ["app", "items", "appStoreVersionForReview"];

    private static readonly QueryRules<ReviewSubmissionRecord> InstanceRules = new QueryRules<ReviewSubmissionRecord>(Descriptor).Include(Includes);

    private static readonly QueryRules<ReviewSubmissionRecord> CollectionRules = new QueryRules<ReviewSubmissionRecord>(Descriptor).Paged()
        .Filter("app", (s, _) => s.AppId)
        .Filter("platform", (s, _) => s.Platform, Platforms.All)
        .Filter("state", (s, c) => AppStoreReview.StateOf(s, c), ReviewSubmissionRecord.States)
        .Include(Includes);

    private static readonly QueryRules<ReviewSubmissionItemRecord> ItemRules = new QueryRules<ReviewSubmissionItemRecord>(new ReviewSubmissionItemDescriptor()).Paged()
        .Include("appStoreVersion");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<ReviewSubmissionRecord>(ReviewSubmissionDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Registry.AddRelatedRules(CollectionRules, InstanceRules);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/reviewSubmissions", (HttpContext http) =>
            http.Request.Query.ContainsKey("filter[app]")
                ? Api.List(http, context, CollectionRules, c => c.Table<ReviewSubmissionRecord>().All)
                : throw Errors.ParameterInvalid("filter[app]", "The parameter 'filter[app]' is required with this request."));
        routes.MapGet("/v1/reviewSubmissions/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapGet("/v1/reviewSubmissions/{id}/items", (HttpContext http, string id) =>
            Api.List(http, context, ItemRules, c =>
            {
                var submission = Api.Parent<ReviewSubmissionRecord>(c, ReviewSubmissionDescriptor.TypeName, id);
                return c.Table<ReviewSubmissionItemRecord>().Where(i => i.ReviewSubmissionId == submission.Id);
            }));
        routes.MapPost("/v1/reviewSubmissions", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/reviewSubmissions/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
    }

    /// <summary><c>POST /v1/reviewSubmissions</c>: refused (409) while the app has another open submission for the platform.</summary>
    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<ReviewSubmissionRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, ReviewSubmissionDescriptor.TypeName);
        entity.AllowOnly(["platform"], ["app"]);
        var platform = entity.RequiredEnum("platform", Platforms.All);
        var appId = entity.RequiredRelationship("app", AppDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            if (c.Table<AppRecord>().Find(appId) is null)
            {
                throw Errors.RelationshipInvalid("/data/relationships/app/data/id", $"There is no app with id '{appId}'.");
            }

            if (c.Table<ReviewSubmissionRecord>().Where(s => s.AppId == appId && s.Platform == platform).FirstOrDefault(s => AppStoreReview.IsOpen(s, c)) is { } open)
            {
                throw Errors.State($"The app already has an open {platform} review submission '{open.Id}' ({AppStoreReview.StateOf(open, c)}); only one is allowed per app and platform.");
            }

            var submission = new ReviewSubmissionRecord { Id = Ids.NewUuid(), AppId = appId, Platform = platform, CreatedDate = c.Now };
            c.Table<ReviewSubmissionRecord>().Add(submission);
            return JsonApiResults.Json(Documents.Single(Descriptor, submission, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    /// <summary><c>PATCH /v1/reviewSubmissions/{id}</c>: <c>submitted: true</c> or <c>canceled: true</c>.</summary>
    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, new QueryRules<ReviewSubmissionRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, ReviewSubmissionDescriptor.TypeName, id);
        entity.AllowOnly(["platform", "submitted", "canceled"], []);
        var submitted = entity.OptionalBoolean("submitted");
        var canceled = entity.OptionalBoolean("canceled");
        if (submitted == true && canceled == true)
        {
            throw Errors.AttributeInvalid(EntityReader.Pointer("canceled"), "A submission cannot be submitted and canceled in one request.");
        }

        return Api.Write(http, context, c =>
        {
            var submission = c.Table<ReviewSubmissionRecord>().Find(id) ?? throw Errors.NotFound(ReviewSubmissionDescriptor.TypeName, id);
            if (submitted == true)
            {
                Submit(submission, c);
            }

            if (canceled == true)
            {
                Cancel(submission, c);
            }

            return JsonApiResults.Json(Documents.Single(Descriptor, submission, query, c, http.Request));
        });
    }

    private static void Submit(ReviewSubmissionRecord submission, ResourceContext context)
    {
        var state = AppStoreReview.StateOf(submission, context);
        if (state != ReviewSubmissionRecord.ReadyForReview)
        {
            throw Errors.State($"Review submission '{submission.Id}' is {state} and cannot be submitted again.");
        }

        var items = AppStoreReview.ItemsOf(submission, context).ToList();
        if (items.Count == 0)
        {
            throw Errors.State($"Review submission '{submission.Id}' has no items; add the appStoreVersion to review first.");
        }

        var versions = items.Select(i => context.Table<AppStoreVersionRecord>().Find(i.AppStoreVersionId)).OfType<AppStoreVersionRecord>().ToList();
        foreach (var version in versions)
        {
            var reasons = new List<ApiError>();
            var build = version.BuildId is null ? null : context.Table<BuildRecord>().Find(version.BuildId);
            if (build is null)
            {
                reasons.Add(Errors.RelationshipMissing("build", $"Version '{version.VersionString}' has no build; attach one before submitting."));
            }
            else if (build.UsesNonExemptEncryption is null)
            {
                reasons.Add(Errors.AttributeMissing("usesNonExemptEncryption", $"The export compliance information of build '{build.Version}' is missing."));
            }

            if (context.Table<AppRecord>().Find(version.AppId)?.ContentRightsDeclaration is null)
            {
                reasons.Add(Errors.AttributeMissing("contentRightsDeclaration", "The app's content rights declaration is missing."));
            }

            if (reasons.Count > 0)
            {
                throw Errors.NotReadyForReview(AppStoreVersionDescriptor.TypeName, version.Id, reasons);
            }
        }

        submission.SubmittedAt = context.Now;
        foreach (var version in versions)
        {
            version.Stage = AppVersionStates.StageSubmitted;
            version.SubmittedAt = context.Now;
        }
    }

    private static void Cancel(ReviewSubmissionRecord submission, ResourceContext context)
    {
        var state = AppStoreReview.StateOf(submission, context);
        if (state is ReviewSubmissionRecord.Canceling or ReviewSubmissionRecord.Complete)
        {
            throw Errors.State($"Review submission '{submission.Id}' is {state} and cannot be canceled.");
        }

        submission.CanceledAt = context.Now;
        foreach (var item in AppStoreReview.ItemsOf(submission, context))
        {
            if (context.Table<AppStoreVersionRecord>().Find(item.AppStoreVersionId) is { } version)
            {
                // A version held in review (seed file, snapshot) is withdrawn as one submitted here.
                version.Stage = version.Stage is AppVersionStates.StageSubmitted or AppVersionStates.WaitingForReview or AppVersionStates.InReview
                    ? AppVersionStates.DeveloperRejected
                    : AppVersionStates.PrepareForSubmission;
                version.SubmittedAt = null;
            }
        }
    }
}
