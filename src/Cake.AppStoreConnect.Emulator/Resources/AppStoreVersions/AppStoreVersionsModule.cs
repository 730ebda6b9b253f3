using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

/// <summary>
/// App Store versions: the versions of an app, create (one editable or in-flight version per app and
/// platform), update while editable, and the version's <c>build</c> relationship.
/// </summary>
internal sealed partial class AppStoreVersionsModule : IResourceModule
{
    private static readonly AppStoreVersionDescriptor Descriptor = new();

    private static readonly string[] Includes = ["app", "appStoreVersionLocalizations", "build", "appStoreVersionPhasedRelease"];

    private static readonly QueryRules<AppStoreVersionRecord> InstanceRules = new QueryRules<AppStoreVersionRecord>(Descriptor).Include(Includes);

    private static readonly QueryRules<AppStoreVersionRecord> ListRules = new QueryRules<AppStoreVersionRecord>(Descriptor).Paged()
        .Filter("platform", (v, _) => v.Platform, Platforms.All)
        .Filter("versionString", (v, _) => v.VersionString)
        .Filter("appStoreState", (v, c) => AppVersionStates.AppStoreState(AppStoreReview.StateOf(v, c)), AppVersionStates.AllAppStoreStates)
        .Filter("appVersionState", (v, c) => AppStoreReview.StateOf(v, c), AppVersionStates.All)
        .Filter("id", (v, _) => v.Id)
        .Include(Includes);

    private static readonly string[] ReleaseTypes = ["MANUAL", "AFTER_APPROVAL", "SCHEDULED"];

    public void Register(EmulatorContext context)
    {
        context.Store.Register<AppStoreVersionRecord>(AppStoreVersionDescriptor.TypeName);
        context.Registry.Add(Descriptor);
        context.Registry.AddRelatedRules(ListRules, InstanceRules);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/appStoreVersions/{id}", (HttpContext http, string id) => Api.Get(http, context, InstanceRules, id));
        routes.MapPost("/v1/appStoreVersions", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/appStoreVersions/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
        routes.MapPatch("/v1/appStoreVersions/{id}/relationships/build", (HttpContext http, string id) => SetBuildAsync(http, context, id));
    }

    /// <summary>
    /// <c>POST /v1/appStoreVersions</c>. Refused (409) when the version string was used before for the app and
    /// platform, when another version is editable, in review or approved and unreleased ("You cannot create a new
    /// version of the App in the current state"), and when it is not higher than the released ones.
    /// </summary>
    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<AppStoreVersionRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppStoreVersionDescriptor.TypeName);
        entity.AllowOnly(["platform", "versionString", "copyright", "reviewType", "releaseType", "earliestReleaseDate", "usesIdfa"], ["app"]);
        var platform = entity.RequiredEnum("platform", Platforms.All);
        var versionString = VersionString(entity);
        var copyright = entity.OptionalString("copyright");
        var releaseType = entity.OptionalEnum("releaseType", ReleaseTypes);
        var earliest = OptionalDate(entity, "earliestReleaseDate");
        var appId = entity.RequiredRelationship("app", AppDescriptor.TypeName);

        return Api.Write(http, context, c =>
        {
            if (c.Table<AppRecord>().Find(appId) is null)
            {
                throw Errors.RelationshipInvalid("/data/relationships/app/data/id", $"There is no app with id '{appId}'.");
            }

            var siblings = c.Table<AppStoreVersionRecord>().Where(v => v.AppId == appId && v.Platform == platform).ToList();
            CheckVersionString(siblings, versionString, null);
            if (siblings.FirstOrDefault(v => !IsReleasedOrDone(v, c)) is { } inFlight)
            {
                throw Errors.RelationshipConflict(
                    "/data/relationships/app",
                    $"You cannot create a new version of the App in the current state. Version '{inFlight.VersionString}' ({platform}) is {AppStoreReview.StateOf(inFlight, c)}.");
            }

            var version = new AppStoreVersionRecord
            {
                Id = Ids.NewUuid(),
                AppId = appId,
                Platform = platform,
                VersionString = versionString,
                Copyright = copyright,
                ReleaseType = releaseType ?? "AFTER_APPROVAL",
                CreatedDate = c.Now,
            };
            ApplyReleaseDate(version, earliest);
            c.Table<AppStoreVersionRecord>().Add(version);
            return JsonApiResults.Json(Documents.Single(Descriptor, version, new ParsedQuery(), c, http.Request), StatusCodes.Status201Created);
        });
    }

    /// <summary><c>PATCH /v1/appStoreVersions/{id}</c>: version string, copyright, release type and date, while the version is editable.</summary>
    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var query = QueryParser.Parse(http.Request.Query, new QueryRules<AppStoreVersionRecord>(Descriptor), context.Registry);
        var entity = await EntityReader.ReadAsync(http.Request, AppStoreVersionDescriptor.TypeName, id);
        entity.AllowOnly(["versionString", "copyright", "reviewType", "releaseType", "earliestReleaseDate", "usesIdfa", "downloadable"], []);
        var versionString = entity.OptionalString("versionString") is null ? null : VersionString(entity);
        var copyright = entity.OptionalString("copyright");
        var releaseType = entity.OptionalEnum("releaseType", ReleaseTypes);
        var earliest = OptionalDate(entity, "earliestReleaseDate");

        return Api.Write(http, context, c =>
        {
            var version = c.Table<AppStoreVersionRecord>().Find(id) ?? throw Errors.NotFound(AppStoreVersionDescriptor.TypeName, id);
            RequireEditable(version, c);
            if (versionString is not null && versionString != version.VersionString)
            {
                CheckVersionString(c.Table<AppStoreVersionRecord>().Where(v => v.AppId == version.AppId && v.Platform == version.Platform && v.Id != id).ToList(), versionString, version);
                if (version.BuildId is not null)
                {
                    // The attached build belongs to the old version string; Apple detaches it.
                    version.BuildId = null;
                }

                version.VersionString = versionString;
            }

            version.Copyright = copyright ?? version.Copyright;
            version.ReleaseType = releaseType ?? version.ReleaseType;
            ApplyReleaseDate(version, earliest);
            return JsonApiResults.Json(Documents.Single(Descriptor, version, query, c, http.Request));
        });
    }

    /// <summary>
    /// <c>PATCH …/relationships/build</c>: attaches a VALID, unexpired build of the same app, version string
    /// and platform to an editable version (or detaches with <c>data: null</c>).
    /// </summary>
    private static async Task<IResult> SetBuildAsync(HttpContext http, EmulatorContext context, string id)
    {
        QueryParser.Parse(http.Request.Query, new QueryRules<AppStoreVersionRecord>(Descriptor), context.Registry);
        var buildId = await ReadLinkageAsync(http.Request, BuildDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            var version = c.Table<AppStoreVersionRecord>().Find(id) ?? throw Errors.NotFound(AppStoreVersionDescriptor.TypeName, id);
            RequireEditable(version, c);
            if (buildId is null)
            {
                version.BuildId = null;
                return JsonApiResults.NoContent();
            }

            var build = c.Table<BuildRecord>().Find(buildId)
                ?? throw Errors.RelationshipInvalid("/data/id", $"There is no build with id '{buildId}'.");
            var preRelease = c.Table<PreReleaseVersionRecord>().Find(build.PreReleaseVersionId);
            if (build.AppId != version.AppId || preRelease is null || preRelease.Version != version.VersionString || preRelease.Platform != version.Platform)
            {
                throw Errors.RelationshipConflict(
                    "/data/id",
                    $"Build '{buildId}' ({preRelease?.Version} ({build.Version}), {preRelease?.Platform}) cannot be used for version '{version.VersionString}' ({version.Platform}): the app, version string and platform must match.");
            }

            if (build.IsExpired(c) || build.ProcessingState(c) != "VALID")
            {
                throw Errors.State($"Build '{buildId}' is {(build.IsExpired(c) ? "expired" : build.ProcessingState(c))} and cannot be attached to a version; only VALID, unexpired builds can.");
            }

            version.BuildId = buildId;
            return JsonApiResults.NoContent();
        });
    }

    private static bool IsReleasedOrDone(AppStoreVersionRecord version, ResourceContext context) =>
        AppStoreReview.StateOf(version, context) is AppVersionStates.ReadyForDistribution or "REPLACED_WITH_NEW_VERSION" or "REMOVED_FROM_SALE";

    private static void RequireEditable(AppStoreVersionRecord version, ResourceContext context)
    {
        if (!AppStoreReview.IsEditable(version, context))
        {
            throw Errors.State($"App Store version '{version.Id}' ({version.VersionString}) is {AppStoreReview.StateOf(version, context)} and can no longer be changed.");
        }
    }

    private static void CheckVersionString(IReadOnlyList<AppStoreVersionRecord> siblings, string versionString, AppStoreVersionRecord? self)
    {
        if (siblings.Any(v => v.VersionString == versionString && v != self))
        {
            throw Errors.Duplicate(EntityReader.Pointer("versionString"), $"The version number '{versionString}' has been previously used.");
        }

        var key = new VersionKey(versionString);
        if (siblings.FirstOrDefault(v => v != self && (v.Stage == AppVersionStates.StageLive || v.SubmittedAt is not null) && key.CompareTo(new VersionKey(v.VersionString)) <= 0) is { } higher)
        {
            throw Errors.Conflict(EntityReader.Pointer("versionString"), $"The version number '{versionString}' must be higher than the previously submitted version '{higher.VersionString}'.");
        }
    }

    private static void ApplyReleaseDate(AppStoreVersionRecord version, DateTimeOffset? earliest)
    {
        if (earliest is not null && version.ReleaseType != "SCHEDULED")
        {
            throw Errors.AttributeInvalid(EntityReader.Pointer("earliestReleaseDate"), "earliestReleaseDate can only be set when releaseType is SCHEDULED.");
        }

        version.EarliestReleaseDate = version.ReleaseType == "SCHEDULED" ? earliest ?? version.EarliestReleaseDate : null;
        if (version.ReleaseType == "SCHEDULED" && version.EarliestReleaseDate is null)
        {
            throw Errors.AttributeRequired(EntityReader.Pointer("earliestReleaseDate"));
        }
    }

    private static string VersionString(EntityReader entity)
    {
        var value = entity.RequiredString("versionString");
        return VersionPattern().IsMatch(value)
            ? value
            : throw Errors.AttributeInvalid(EntityReader.Pointer("versionString"), $"'{value}' is not a valid version number: use one to three period-separated integers, such as 1.2.3.");
    }

    private static DateTimeOffset? OptionalDate(EntityReader entity, string attribute)
    {
        var text = entity.OptionalString(attribute);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw Errors.AttributeInvalid(EntityReader.Pointer(attribute), $"'{text}' is not a date-time.");
    }

    /// <summary>Reads a to-one linkage request <c>{"data":{"type","id"}}</c> (or <c>{"data":null}</c>).</summary>
    internal static async Task<string?> ReadLinkageAsync(HttpRequest request, string type)
    {
        JsonNode? root;
        try
        {
            root = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw Errors.BodyInvalid($"The request body is not valid JSON: {e.Message}");
        }

        if (root is not JsonObject document || !document.ContainsKey("data"))
        {
            throw Errors.AttributeRequired("/data");
        }

        if (document["data"] is null)
        {
            return null;
        }

        if (document["data"] is not JsonObject data || data["type"]?.GetValueKind() != JsonValueKind.String || data["type"]!.GetValue<string>() != type)
        {
            throw Errors.Conflict("/data/type", $"The linkage must point to a resource of type '{type}'.");
        }

        return data["id"]?.GetValueKind() == JsonValueKind.String && data["id"]!.GetValue<string>().Length > 0
            ? data["id"]!.GetValue<string>()
            : throw Errors.AttributeRequired("/data/id");
    }

    [GeneratedRegex(@"^\d{1,18}(\.\d{1,18}){0,2}$")]
    private static partial Regex VersionPattern();
}
