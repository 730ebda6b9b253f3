using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Access;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>
/// Finds out whether a key may do a job without changing anything. A read proves it (200, or 404 for an id
/// that cannot exist). A write is sent so that it cannot succeed: it names a related resource that cannot exist,
/// so a key whose role allows the write is refused for the missing resource (400, 404, 409 or 422) and one
/// whose role does not is refused with 403 before the body is looked at. Nothing is ever created.
/// </summary>
internal sealed class AscPermissionProber
{
    /// <summary>An id no resource has.</summary>
    internal const string ProbeId = "00000000-0000-0000-0000-000000000000";

    private const string PathNotFound = "The path provided does not match";

    private readonly AscConnection _connection;

    public AscPermissionProber(AppStoreConnectClient client)
    {
        _connection = client.Connection;
    }

    public async Task<AscPermissionCheck> CheckAsync(AscPermission permission, CancellationToken cancellationToken)
    {
        var (method, path, body) = ProbeOf(permission);
        var read = body is null;
        var probe = $"{method} {path.Split('?')[0]}";
        bool? allowed;
        try
        {
            await _connection.SendWithoutResultAsync(method, path, body, read ? AscRequestKind.Read : AscRequestKind.Idempotent, cancellationToken);
            allowed = true;
        }
        catch (AscForbiddenException ex) when (ex.IsRoleRefusal)
        {
            allowed = false;
        }
        catch (AscNotFoundException ex) when (ex.Errors.Any(e => e.Detail?.StartsWith(PathNotFound, StringComparison.Ordinal) == true))
        {
            allowed = null;
        }
        catch (AscApiException ex) when (ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity)
        {
            allowed = true;
        }

        return new AscPermissionCheck(permission, allowed, AscRoles.AllowedBy(permission), read && permission != AscPermission.ManageSigning && !IsReportProbe(permission), probe);
    }

    private static bool IsReportProbe(AscPermission permission) =>
        permission is AscPermission.ReadSalesReports or AscPermission.ReadFinanceReports;

    /// <summary>The request of each probe; a null body is a read.</summary>
    private static (HttpMethod Method, string Path, JsonObject? Body) ProbeOf(AscPermission permission) => permission switch
    {
        AscPermission.ListApps => (HttpMethod.Get, "/v1/apps?limit=1&fields[apps]=bundleId", null),
        AscPermission.ReadCustomerReviews => (HttpMethod.Get, $"/v1/customerReviews/{ProbeId}", null),

        // Reports: a parameter App Store Connect rejects (400) once the role is allowed; the role is checked first (inferred).
        AscPermission.ReadSalesReports => (HttpMethod.Get, "/v1/salesReports?filter[frequency]=DAILY&filter[reportSubType]=SUMMARY&filter[reportType]=SALES&filter[vendorNumber]=0&filter[version]=permission-check", null),
        AscPermission.ReadFinanceReports => (HttpMethod.Get, "/v1/financeReports?filter[regionCode]=permission-check&filter[reportDate]=2000-01&filter[reportType]=FINANCIAL&filter[vendorNumber]=0", null),

        // Reading certificates needs access to Certificates, Identifiers & Profiles, which managing them needs too (inferred).
        AscPermission.ManageSigning => (HttpMethod.Get, "/v1/certificates?limit=1", null),

        AscPermission.UploadBuilds => (HttpMethod.Post, "/v1/buildUploads", Create("buildUploads", new JsonObject { ["cfBundleShortVersionString"] = "0.0.0", ["cfBundleVersion"] = "0", ["platform"] = "IOS" }, "app", "apps")),
        AscPermission.ManageTestFlight => (HttpMethod.Post, "/v1/betaGroups", Create("betaGroups", new JsonObject { ["name"] = "permission check" }, "app", "apps")),
        AscPermission.EditMetadata => (HttpMethod.Post, "/v1/appStoreVersionLocalizations", Create("appStoreVersionLocalizations", new JsonObject { ["locale"] = "en-US" }, "appStoreVersion", "appStoreVersions")),
        AscPermission.SubmitForReview => (HttpMethod.Post, "/v1/reviewSubmissions", Create("reviewSubmissions", new JsonObject { ["platform"] = "IOS" }, "app", "apps")),
        AscPermission.ReplyToReviews => (HttpMethod.Post, "/v1/customerReviewResponses", Create("customerReviewResponses", new JsonObject { ["responseBody"] = "permission check" }, "review", "customerReviews")),
        AscPermission.ManageUsers => (HttpMethod.Patch, $"/v1/users/{ProbeId}", new JsonObject { ["data"] = new JsonObject { ["type"] = "users", ["id"] = ProbeId, ["attributes"] = new JsonObject() } }),
        _ => throw new ArgumentOutOfRangeException(nameof(permission), permission, "No probe for this permission."),
    };

    private static JsonObject Create(string type, JsonObject attributes, string relationship, string relatedType) => new()
    {
        ["data"] = new JsonObject
        {
            ["type"] = type,
            ["attributes"] = attributes,
            ["relationships"] = new JsonObject { [relationship] = new JsonObject { ["data"] = new JsonObject { ["type"] = relatedType, ["id"] = ProbeId } } },
        },
    };
}
