using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.State;
using Microsoft.Extensions.Primitives;

namespace Cake.AppStoreConnect.Emulator.Resources.CustomerReviews;

/// <summary>
/// Customer reviews (read-only, listed per app) and developer responses (create, read, delete; one per
/// review, a second create is 409). A response is <c>PENDING_PUBLISH</c> for the processing time, then
/// <c>PUBLISHED</c>.
/// </summary>
internal sealed class CustomerReviewsModule : IResourceModule
{
    /// <summary>The longest response App Store Connect accepts.</summary>
    public const int MaxResponseLength = 5970;

    private const string PublishedResponseParameter = "exists[publishedResponse]";

    private static readonly CustomerReviewDescriptor Reviews = new();
    private static readonly CustomerReviewResponseDescriptor Responses = new();

    private static readonly QueryRules<CustomerReviewRecord> ListRules = new QueryRules<CustomerReviewRecord>(Reviews).Paged()
        .Filter("rating", (r, _) => r.Rating.ToString(System.Globalization.CultureInfo.InvariantCulture), ["1", "2", "3", "4", "5"])
        .Filter("territory", (r, _) => r.Territory)
        .Sort("createdDate", (r, _) => r.CreatedDate)
        .Sort("rating", (r, _) => r.Rating)
        .Include("response");

    private static readonly QueryRules<CustomerReviewRecord> ReviewRules = new QueryRules<CustomerReviewRecord>(Reviews).Include("response");

    private static readonly QueryRules<CustomerReviewResponseRecord> ResponseRules = new QueryRules<CustomerReviewResponseRecord>(Responses).Include("review");

    public void Register(EmulatorContext context)
    {
        context.Store.Register<CustomerReviewRecord>(CustomerReviewDescriptor.TypeName);
        context.Store.Register<CustomerReviewResponseRecord>(CustomerReviewResponseDescriptor.TypeName);
        context.Registry.Add(Reviews);
        context.Registry.Add(Responses);
        context.Registry.AddRelatedRules(ListRules, ReviewRules);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/apps/{id}/customerReviews", (HttpContext http, string id) => List(http, context, id));
        routes.MapGet("/v1/customerReviews/{id}", (HttpContext http, string id) => Api.Get(http, context, ReviewRules, id));
        routes.MapGet("/v1/customerReviews/{id}/response", (HttpContext http, string id) =>
            Api.GetRelated(http, context, ResponseRules, c =>
                CustomerReviewDescriptor.ResponseOf(Api.Parent<CustomerReviewRecord>(c, CustomerReviewDescriptor.TypeName, id), c)));
        routes.MapPost("/v1/customerReviewResponses", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapGet("/v1/customerReviewResponses/{id}", (HttpContext http, string id) => Api.Get(http, context, ResponseRules, id));
        routes.MapDelete("/v1/customerReviewResponses/{id}", (HttpContext http, string id) => Delete(http, context, id));
    }

    /// <summary>
    /// <c>GET /v1/apps/{id}/customerReviews</c>. <c>exists[publishedResponse]</c> is not a filter the
    /// shared query rules know, so it is taken out here and applied to the records before paging.
    /// </summary>
    private static IResult List(HttpContext http, EmulatorContext context, string appId)
    {
        bool? published = null;
        var rest = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (name, value) in http.Request.Query)
        {
            if (name != PublishedResponseParameter)
            {
                rest[name] = value;
                continue;
            }

            published = value.ToString() switch
            {
                "true" => true,
                "false" => false,
                _ => throw Errors.ParameterInvalid(name, $"'{value}' is not a valid value for the parameter '{name}'. Allowed values: true, false."),
            };
        }

        var query = QueryParser.Parse(new QueryCollection(rest), ListRules, context.Registry);
        return Api.Read(http, context, c =>
        {
            var app = Api.Parent<AppRecord>(c, AppDescriptor.TypeName, appId);
            var reviews = c.Table<CustomerReviewRecord>().Where(r => r.AppId == app.Id
                && (published is null || HasPublishedResponse(r, c) == published));
            var records = ListRules.Apply(reviews, query, c);
            return JsonApiResults.Json(Documents.Page(Reviews, records, query, c, http.Request));
        });
    }

    /// <summary><c>POST /v1/customerReviewResponses</c>: one response per review; a second is refused with 409.</summary>
    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<CustomerReviewResponseRecord>(Responses), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, CustomerReviewResponseDescriptor.TypeName);
        entity.AllowOnly(["responseBody"], ["review"]);
        var body = entity.RequiredString("responseBody");
        if (body.Trim().Length == 0 || body.Length > MaxResponseLength)
        {
            throw Errors.AttributeInvalid(EntityReader.Pointer("responseBody"), $"The response must have between 1 and {MaxResponseLength} characters; it has {body.Length}.");
        }

        var reviewId = entity.RequiredRelationship("review", CustomerReviewDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            var review = c.Table<CustomerReviewRecord>().Find(reviewId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/review/data/id", $"There is no customer review with id '{reviewId}'.");
            if (CustomerReviewDescriptor.ResponseOf(review, c) is { } existing)
            {
                throw Errors.State($"Customer review '{review.Id}' already has a response ('{existing.Id}'); a review can have one response. Delete it before creating another.");
            }

            var response = new CustomerReviewResponseRecord
            {
                Id = Ids.NewUuid(),
                ReviewId = review.Id,
                ResponseBody = body,
                LastModifiedDate = c.Now,
            };
            c.Table<CustomerReviewResponseRecord>().Add(response);
            return JsonApiResults.Json(Documents.Single(Responses, response, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    /// <summary><c>DELETE /v1/customerReviewResponses/{id}</c>.</summary>
    private static IResult Delete(HttpContext http, EmulatorContext context, string id)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<CustomerReviewResponseRecord>(Responses), context.Registry);
        return Api.Write(http, context, c =>
        {
            if (!c.Table<CustomerReviewResponseRecord>().Remove(id))
            {
                throw Errors.NotFound(CustomerReviewResponseDescriptor.TypeName, id);
            }

            return JsonApiResults.NoContent();
        });
    }

    private static bool HasPublishedResponse(CustomerReviewRecord review, ResourceContext context) =>
        CustomerReviewDescriptor.ResponseOf(review, context) is { } response
        && CustomerReviewResponseRecord.StateOf(response, context.Now, context.Emulator.Options.ProcessingTime) == CustomerReviewResponseRecord.Published;
}
