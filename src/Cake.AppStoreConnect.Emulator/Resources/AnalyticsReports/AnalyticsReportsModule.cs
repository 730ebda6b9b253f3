using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AnalyticsReports;

/// <summary>
/// The Analytics Reports API: requests (one active per app and access type, 409 otherwise; stopped for
/// inactivity when nobody downloads), the catalogue's reports per request, instances that appear per
/// granularity on the emulator's clock, and segments served as gzip files from pre-signed URLs.
/// </summary>
internal sealed class AnalyticsReportsModule : IResourceModule
{
    private static readonly AnalyticsReportRequestDescriptor Requests = new();
    private static readonly AnalyticsReportDescriptor Reports = new();
    private static readonly AnalyticsReportInstanceDescriptor Instances = new();
    private static readonly AnalyticsReportSegmentDescriptor Segments = new();

    private static readonly QueryRules<AnalyticsReportRequestRecord> RequestRules = new QueryRules<AnalyticsReportRequestRecord>(Requests).Include("reports");

    private static readonly QueryRules<AnalyticsReportRequestRecord> RequestListRules = new QueryRules<AnalyticsReportRequestRecord>(Requests).Paged()
        .Filter("accessType", (r, _) => r.AccessType, AnalyticsReportRequestRecord.AccessTypes)
        .Include("reports");

    private static readonly QueryRules<AnalyticsReportRecord> ReportRules = new(Reports);

    private static readonly QueryRules<AnalyticsReportRecord> ReportListRules = new QueryRules<AnalyticsReportRecord>(Reports).Paged()
        .Filter("name", (r, _) => r.Name)
        .Filter("category", (r, _) => r.Category, AnalyticsCatalog.Categories);

    private static readonly QueryRules<AnalyticsReportInstanceRecord> InstanceRules = new(Instances);

    private static readonly QueryRules<AnalyticsReportInstanceRecord> InstanceListRules = new QueryRules<AnalyticsReportInstanceRecord>(Instances).Paged()
        .Filter("granularity", (r, _) => r.Granularity, AnalyticsReportInstanceRecord.Granularities)
        .Filter("processingDate", (r, _) => r.ProcessingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static readonly QueryRules<AnalyticsReportSegmentRecord> SegmentRules = new(Segments);

    private static readonly QueryRules<AnalyticsReportSegmentRecord> SegmentListRules = new QueryRules<AnalyticsReportSegmentRecord>(Segments).Paged();

    public void Register(EmulatorContext context)
    {
        context.AddResource(Requests, RequestListRules, RequestRules);
        context.AddResource(Reports, ReportListRules, ReportRules);
        context.AddResource(Instances, InstanceListRules, InstanceRules);
        context.AddResource(Segments, SegmentListRules, SegmentRules);
        context.Store.RegisterTransition((store, now) => Publish(store, now, context.Options));
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapPost("/v1/analyticsReportRequests", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapGet("/v1/analyticsReportRequests/{id}", (HttpContext http, string id) => Api.Get(http, context, RequestRules, id));
        routes.MapDelete("/v1/analyticsReportRequests/{id}", (HttpContext http, string id) => Delete(http, context, id));
        routes.MapGet("/v1/apps/{id}/analyticsReportRequests", (HttpContext http, string id) =>
            Api.List(http, context, RequestListRules, c => c.Table<AnalyticsReportRequestRecord>().Where(r => r.AppId == Api.Parent<AppRecord>(c, AppDescriptor.TypeName, id).Id)));
        routes.MapGet("/v1/apps/{id}/relationships/analyticsReportRequests", (HttpContext http, string id) => AppLinkages(http, context, id));
        routes.MapGet("/v1/analyticsReports/{id}", (HttpContext http, string id) => Api.Get(http, context, ReportRules, id));
        routes.MapGet("/v1/analyticsReportInstances/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapGet("/v1/analyticsReportSegments/{id}", (HttpContext http, string id) => Api.Get(http, context, SegmentRules, id));
        routes.MapGet(AnalyticsSegments.PathPrefix + "/{file}", (HttpContext http, string file) => AnalyticsSegments.Download(http, context, file));
        routes.MapPost("/_emulator/analytics/corruptions", (Delegate)((HttpContext http) => CorruptAsync(http, context)));
    }

    /// <summary>
    /// Makes the instances whose time has come: the first of every granularity once the analytics delay
    /// has passed after the request (Apple: "Your first report request generates in 1–2 days"), then for an
    /// ONGOING request a DAILY instance per day, a WEEKLY one every seventh day and a MONTHLY one every
    /// thirtieth, until the request stops for inactivity. A snapshot makes its first instances only.
    /// </summary>
    private static bool Publish(StateStore store, DateTimeOffset now, EmulatorOptions options)
    {
        var changed = false;
        var instances = store.Table<AnalyticsReportInstanceRecord>();
        var segments = store.Table<AnalyticsReportSegmentRecord>();
        foreach (var request in store.Table<AnalyticsReportRequestRecord>().All)
        {
            var first = request.CreatedDate + options.AnalyticsDelay;
            var until = now < request.StopsAt(options.AnalyticsInactivity) ? now : request.StopsAt(options.AnalyticsInactivity);
            var days = until < first ? -1 : (int)((until - first).Ticks / TimeSpan.TicksPerDay);
            if (request.AccessType == AnalyticsReportRequestRecord.OneTimeSnapshot)
            {
                days = Math.Min(days, 0);
            }

            foreach (var report in store.Table<AnalyticsReportRecord>().Where(r => r.RequestId == request.Id).ToList())
            {
                for (var day = 0; day <= days; day++)
                {
                    var processingDate = DateOnly.FromDateTime((first + TimeSpan.FromDays(day)).UtcDateTime);
                    foreach (var granularity in AnalyticsReportInstanceRecord.Granularities)
                    {
                        var due = granularity switch { "WEEKLY" => day % 7 == 0, "MONTHLY" => day % 30 == 0, _ => true };
                        var id = StableId($"{report.Id}/{granularity}/{day}");
                        if (!due || instances.Find(id) is not null)
                        {
                            continue;
                        }

                        instances.Add(new AnalyticsReportInstanceRecord
                        {
                            Id = id,
                            ReportId = report.Id,
                            Granularity = granularity,
                            ProcessingDate = processingDate,
                            Snapshot = request.AccessType == AnalyticsReportRequestRecord.OneTimeSnapshot,
                        });

                        // A daily instance comes in two segments (a guess at "large instances have several"), so clients must walk them.
                        var count = granularity == "DAILY" ? 2 : 1;
                        for (var index = 0; index < count; index++)
                        {
                            segments.Add(new AnalyticsReportSegmentRecord { Id = StableId($"{id}/{index}"), InstanceId = id, Index = index, Count = count });
                        }

                        changed = true;
                    }
                }
            }
        }

        return changed;
    }

    /// <summary><c>POST /v1/analyticsReportRequests</c>: Apple's rule of one active request per app and access type, a second is 409.</summary>
    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var (_, entity) = await Writes.ReadAsync(http, context, new QueryRules<AnalyticsReportRequestRecord>(Requests), null, ["accessType"], ["app"]);
        var accessType = entity.RequiredEnum("accessType", AnalyticsReportRequestRecord.AccessTypes);
        var appId = entity.RequiredRelationship("app", AppDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            var app = c.Table<AppRecord>().Find(appId)
                ?? throw Errors.RelationshipInvalid("/data/relationships/app/data/id", $"There is no app with id '{appId}'.");
            if (c.Table<AnalyticsReportRequestRecord>().Where(r => r.AppId == app.Id && r.AccessType == accessType && !r.IsStopped(c.Now, context.Options.AnalyticsInactivity)).FirstOrDefault() is { } active)
            {
                throw Errors.Duplicate("/data/attributes/accessType", $"The app '{app.Id}' already has an active {accessType} analytics report request ('{active.Id}'); read it instead of creating another.");
            }

            var request = new AnalyticsReportRequestRecord
            {
                Id = Ids.NewUuid(),
                AppId = app.Id,
                AccessType = accessType,
                CreatedDate = c.Now,
                LastActivity = c.Now,
            };
            c.Table<AnalyticsReportRequestRecord>().Add(request);
            foreach (var kind in AnalyticsCatalog.Reports)
            {
                c.Table<AnalyticsReportRecord>().Add(new AnalyticsReportRecord { Id = StableId($"{request.Id}/{kind.Name}"), RequestId = request.Id, Name = kind.Name, Category = kind.Category });
            }

            return JsonApiResults.Json(Documents.Single(Requests, request, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    /// <summary><c>DELETE /v1/analyticsReportRequests/{id}</c>: removes the request with its reports, instances and segments.</summary>
    private static IResult Delete(HttpContext http, EmulatorContext context, string id)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<AnalyticsReportRequestRecord>(Requests), context.Registry);
        return Api.Write(http, context, c =>
        {
            if (c.Table<AnalyticsReportRequestRecord>().Find(id) is null)
            {
                throw Errors.NotFound(AnalyticsReportRequestDescriptor.TypeName, id);
            }

            foreach (var report in c.Table<AnalyticsReportRecord>().Where(r => r.RequestId == id).ToList())
            {
                foreach (var instance in c.Table<AnalyticsReportInstanceRecord>().Where(i => i.ReportId == report.Id).ToList())
                {
                    foreach (var segment in c.Table<AnalyticsReportSegmentRecord>().Where(s => s.InstanceId == instance.Id).ToList())
                    {
                        c.Table<AnalyticsReportSegmentRecord>().Remove(segment.Id);
                    }

                    c.Table<AnalyticsReportInstanceRecord>().Remove(instance.Id);
                }

                c.Table<AnalyticsReportRecord>().Remove(report.Id);
            }

            c.Table<AnalyticsReportRequestRecord>().Remove(id);
            return JsonApiResults.NoContent();
        });
    }

    private static IResult AppLinkages(HttpContext http, EmulatorContext context, string appId)
    {
        var query = QueryParser.Parse(http.Request.Query, new QueryRules<AnalyticsReportRequestRecord>(Requests).Paged().Linkages(), context.Registry);
        return Api.Read(http, context, c =>
        {
            var app = Api.Parent<AppRecord>(c, AppDescriptor.TypeName, appId);
            var ids = c.Table<AnalyticsReportRequestRecord>().Where(r => r.AppId == app.Id).Select(r => r.Id).ToList();
            return JsonApiResults.Json(Documents.LinkagePage(AnalyticsReportRequestDescriptor.TypeName, ids, query, http.Request));
        });
    }

    /// <summary><c>POST /_emulator/analytics/corruptions</c> <c>{"count":1}</c>: the next downloads serve a damaged byte.</summary>
    private static async Task<IResult> CorruptAsync(HttpContext http, EmulatorContext context)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var count = body?["count"]?.GetValue<int>() ?? 1;
        if (count is < 0 or > 1000)
        {
            return Results.BadRequest(new { error = "count must be from 0 to 1000." });
        }

        AnalyticsSegments.CorruptNext(context, count);
        return Results.Json(new { corruptNextDownloads = count });
    }

    internal static string StableId(string seed) => new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(seed))[..16]).ToString();
}
