using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.DiagnosticSignatures;

/// <summary>
/// Power and Performance: <c>perfPowerMetrics</c> of an app (its recent versions) and of a build, in Apple's
/// vendor media type <c>application/vnd.apple.xcode-metrics+json</c>; diagnostic signatures of processed builds
/// and their logs (<c>application/vnd.apple.diagnostic-logs+json</c>). Read-only: customers' devices write them.
/// </summary>
internal sealed class PerformanceModule : IResourceModule
{
    public const string MetricsMediaType = "application/vnd.apple.xcode-metrics+json";
    public const string LogsMediaType = "application/vnd.apple.diagnostic-logs+json";

    /// <summary>How many marketing versions the app-level metrics show.</summary>
    public const int AppVersionsShown = 4;

    private static readonly DiagnosticSignatureDescriptor Signatures = new();

    private static readonly QueryRules<DiagnosticSignatureRecord> SignatureRules = new(Signatures);

    private static readonly QueryRules<DiagnosticSignatureRecord> SignatureListRules = new QueryRules<DiagnosticSignatureRecord>(Signatures).Paged()
        .Filter("diagnosticType", (s, _) => s.DiagnosticType, DiagnosticSignatureRecord.Types);

    public void Register(EmulatorContext context)
    {
        context.AddResource(Signatures, SignatureListRules, SignatureRules);
        context.Store.RegisterTransition(Diagnose);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/apps/{id}/perfPowerMetrics", (HttpContext http, string id) => Metrics(http, context, c =>
        {
            var app = Api.Parent<AppRecord>(c, AppDescriptor.TypeName, id);

            // "The most recent version of an app" compared with the ones before: the newest build of each version.
            return [.. c.Table<BuildRecord>().Where(b => b.AppId == app.Id && c.Now >= b.ProcessingCompletesAt)
                .GroupBy(b => PerformanceData.VersionOf(c, b))
                .Select(g => g.OrderBy(b => b.UploadedDate).Last())
                .OrderBy(b => new VersionKey(PerformanceData.VersionOf(c, b)))
                .TakeLast(AppVersionsShown)];
        }));
        routes.MapGet("/v1/builds/{id}/perfPowerMetrics", (HttpContext http, string id) => Metrics(http, context, c =>
        {
            var build = Api.Parent<BuildRecord>(c, BuildDescriptor.TypeName, id);
            return c.Now >= build.ProcessingCompletesAt ? [build] : [];
        }));
        routes.MapGet("/v1/builds/{id}/diagnosticSignatures", (HttpContext http, string id) =>
            Api.List(http, context, SignatureListRules, c => c.Table<DiagnosticSignatureRecord>().Where(s => s.BuildId == Api.Parent<BuildRecord>(c, BuildDescriptor.TypeName, id).Id)));
        routes.MapGet("/v1/builds/{id}/relationships/diagnosticSignatures", (HttpContext http, string id) =>
        {
            var query = QueryParser.Parse(http.Request.Query, new QueryRules<DiagnosticSignatureRecord>(Signatures).Paged().Linkages(), context.Registry);
            return Api.Read(http, context, c =>
            {
                var build = Api.Parent<BuildRecord>(c, BuildDescriptor.TypeName, id);
                var ids = c.Table<DiagnosticSignatureRecord>().Where(s => s.BuildId == build.Id).Select(s => s.Id).ToList();
                return JsonApiResults.Json(Documents.LinkagePage(DiagnosticSignatureDescriptor.TypeName, ids, query, http.Request));
            });
        });
        routes.MapGet("/v1/diagnosticSignatures/{id}/logs", (HttpContext http, string id) =>
        {
            QueryParser.Parse(http.Request.Query, new QueryRules<DiagnosticSignatureRecord>(Signatures).Paged().Linkages(), context.Registry);
            return Api.Read(http, context, c => Vendor(PerformanceData.Logs(c, Api.Parent<DiagnosticSignatureRecord>(c, DiagnosticSignatureDescriptor.TypeName, id)), LogsMediaType));
        });
        routes.MapPost("/_emulator/performance/regressions", (Delegate)((HttpContext http) => StageAsync(http, context)));
    }

    /// <summary>Gives every processed build one signature per diagnostic type, with ids derived from the build.</summary>
    private static bool Diagnose(StateStore store, DateTimeOffset now)
    {
        var signatures = store.Table<DiagnosticSignatureRecord>();
        var changed = false;
        foreach (var build in store.Table<BuildRecord>().Where(b => now >= b.ProcessingCompletesAt).ToList())
        {
            foreach (var type in DiagnosticSignatureRecord.Types)
            {
                var id = AnalyticsReports.AnalyticsReportsModule.StableId($"{build.Id}/{type}");
                if (signatures.Find(id) is not null)
                {
                    continue;
                }

                signatures.Add(new DiagnosticSignatureRecord
                {
                    Id = id,
                    BuildId = build.Id,
                    DiagnosticType = type,
                    Signature = PerformanceData.SignatureText(type, build.Id),
                    Weight = 5 + (PerformanceData.Stable(build.Id, type) % 400 / 10.0),
                });
                changed = true;
            }
        }

        return changed;
    }

    private static IResult Metrics(HttpContext http, EmulatorContext context, Func<ResourceContext, IReadOnlyList<BuildRecord>> builds)
    {
        string[]? metricTypes = null;
        string[]? deviceTypes = null;
        foreach (var (name, raw) in http.Request.Query)
        {
            var values = raw.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            switch (name)
            {
                case "filter[platform]":
                    if (values.Any(v => v != "IOS"))
                    {
                        throw Errors.ParameterInvalid(name, $"'{raw}' is not a valid value for the parameter '{name}'. Allowed values: IOS.");
                    }

                    break;
                case "filter[metricType]":
                    if (values.FirstOrDefault(v => !PerformanceData.MetricTypes.Contains(v)) is { } bad)
                    {
                        throw Errors.ParameterInvalid(name, $"'{bad}' is not a valid value for the parameter '{name}'. Allowed values: {string.Join(", ", PerformanceData.MetricTypes)}.");
                    }

                    metricTypes = values;
                    break;
                case "filter[deviceType]":
                    deviceTypes = values;
                    break;
                default:
                    throw Errors.ParameterIllegal(name);
            }
        }

        return Api.Read(http, context, c => Vendor(PerformanceData.Document(c, builds(c), metricTypes, deviceTypes), MetricsMediaType));
    }

    private static IResult Vendor(JsonObject document, string mediaType) => Results.Text(document.ToJsonString(), mediaType);

    /// <summary><c>POST /_emulator/performance/regressions</c> <c>{"buildId":"…","metricType":"LAUNCH","percent":25}</c>.</summary>
    private static async Task<IResult> StageAsync(HttpContext http, EmulatorContext context)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var buildId = body?["buildId"]?.GetValue<string>();
        var metricType = body?["metricType"]?.GetValue<string>() ?? "LAUNCH";
        var percent = body?["percent"]?.GetValue<double>() ?? 25;
        if (buildId is null || !PerformanceData.MetricTypes.Contains(metricType) || percent is < 0 or > 1000)
        {
            return Results.BadRequest(new { error = $"Send buildId, metricType (one of {string.Join(", ", PerformanceData.MetricTypes)}) and percent (0 to 1000)." });
        }

        if (!context.Store.Read(s => s.Table<BuildRecord>().Find(buildId) is not null))
        {
            return Results.NotFound(new { error = $"No build '{buildId}'." });
        }

        PerformanceData.Stage(context, buildId, metricType, percent);
        return Results.Json(new { buildId, metricType, percent });
    }
}
