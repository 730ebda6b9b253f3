using static Cake.AppStoreConnect.Emulator.Access.RoleGroup;

namespace Cake.AppStoreConnect.Emulator.Access;

/// <summary>
/// THE route → roles table: every route the emulator maps under Apple's paths has one row here, naming the
/// job (<see cref="RoleGroup"/>) it belongs to. <see cref="AccessGuard"/> checks it before a handler runs.
/// Adding a route is one line: <c>{ "METHOD /v1/path/{id}", JobName },</c> with the pattern exactly as mapped
/// (<c>RoleTableTests</c> names any route that lacks one). A route without a row is allowed to the Account
/// Holder and Admins only.
/// </summary>
internal static class RoutePermissions
{
    private static readonly Dictionary<string, RoleGroup> Rows = new(StringComparer.Ordinal)
    {
        // Apps
        { "GET /v1/apps", SeeApps },
        { "GET /v1/apps/{id}", SeeApps },
        { "PATCH /v1/apps/{id}", ManageReleases },
        { "GET /v1/apps/{id}/buildUploads", ReadTestFlight },
        { "GET /v1/apps/{id}/customerReviews", ReadReviews },
        { "DELETE /v1/apps/{id}/relationships/betaTesters", ManageTestFlight },

        // Uploads and builds
        { "POST /v1/buildUploads", UploadBuilds },
        { "GET /v1/buildUploads/{id}", UploadBuilds },
        { "DELETE /v1/buildUploads/{id}", UploadBuilds },
        { "POST /v1/buildUploadFiles", UploadBuilds },
        { "GET /v1/buildUploadFiles/{id}", UploadBuilds },
        { "PATCH /v1/buildUploadFiles/{id}", UploadBuilds },
        { "GET /v1/builds", ReadTestFlight },
        { "GET /v1/builds/{id}", ReadTestFlight },
        { "PATCH /v1/builds/{id}", UploadBuilds },
        { "POST /v1/builds/{id}/relationships/betaGroups", ManageTestFlight },
        { "DELETE /v1/builds/{id}/relationships/betaGroups", ManageTestFlight },
        { "GET /v1/preReleaseVersions", ReadTestFlight },
        { "GET /v1/preReleaseVersions/{id}", ReadTestFlight },

        // TestFlight
        { "GET /v1/betaGroups", ReadTestFlight },
        { "POST /v1/betaGroups", ManageTestFlight },
        { "GET /v1/betaGroups/{id}", ReadTestFlight },
        { "PATCH /v1/betaGroups/{id}", ManageTestFlight },
        { "DELETE /v1/betaGroups/{id}", ManageTestFlight },
        { "POST /v1/betaGroups/{id}/relationships/betaTesters", ManageTestFlight },
        { "DELETE /v1/betaGroups/{id}/relationships/betaTesters", ManageTestFlight },
        { "POST /v1/betaGroups/{id}/relationships/builds", ManageTestFlight },
        { "DELETE /v1/betaGroups/{id}/relationships/builds", ManageTestFlight },
        { "GET /v1/betaTesters", ReadTestFlight },
        { "POST /v1/betaTesters", ManageTestFlight },
        { "GET /v1/betaTesters/{id}", ReadTestFlight },
        { "DELETE /v1/betaTesters/{id}", ManageTestFlight },
        { "POST /v1/betaTesters/{id}/relationships/betaGroups", ManageTestFlight },
        { "DELETE /v1/betaTesters/{id}/relationships/betaGroups", ManageTestFlight },
        { "GET /v1/betaBuildLocalizations", ReadTestFlight },
        { "POST /v1/betaBuildLocalizations", ManageTestFlight },
        { "GET /v1/betaBuildLocalizations/{id}", ReadTestFlight },
        { "PATCH /v1/betaBuildLocalizations/{id}", ManageTestFlight },
        { "DELETE /v1/betaBuildLocalizations/{id}", ManageTestFlight },
        { "GET /v1/buildBetaDetails", ReadTestFlight },
        { "GET /v1/buildBetaDetails/{id}", ReadTestFlight },
        { "PATCH /v1/buildBetaDetails/{id}", ManageTestFlight },
        { "GET /v1/betaAppReviewDetails", ReadTestFlight },
        { "GET /v1/betaAppReviewDetails/{id}", ReadTestFlight },
        { "PATCH /v1/betaAppReviewDetails/{id}", ManageTestFlight },
        { "GET /v1/betaAppReviewSubmissions", ReadTestFlight },
        { "POST /v1/betaAppReviewSubmissions", ManageTestFlight },
        { "GET /v1/betaAppReviewSubmissions/{id}", ReadTestFlight },
        { "POST /v1/buildBetaNotifications", ManageTestFlight },

        // App Store versions, metadata, review and release
        { "POST /v1/appStoreVersions", ManageReleases },
        { "GET /v1/appStoreVersions/{id}", ReadAppStore },
        { "PATCH /v1/appStoreVersions/{id}", ManageReleases },
        { "PATCH /v1/appStoreVersions/{id}/relationships/build", ManageReleases },
        { "POST /v1/appStoreVersionLocalizations", EditMetadata },
        { "GET /v1/appStoreVersionLocalizations/{id}", ReadAppStore },
        { "PATCH /v1/appStoreVersionLocalizations/{id}", EditMetadata },
        { "POST /v1/appStoreVersionPhasedReleases", ManageReleases },
        { "PATCH /v1/appStoreVersionPhasedReleases/{id}", ManageReleases },
        { "DELETE /v1/appStoreVersionPhasedReleases/{id}", ManageReleases },
        { "POST /v1/appStoreVersionReleaseRequests", ManageReleases },
        { "GET /v1/reviewSubmissions", ReadAppStore },
        { "POST /v1/reviewSubmissions", ManageReleases },
        { "GET /v1/reviewSubmissions/{id}", ReadAppStore },
        { "PATCH /v1/reviewSubmissions/{id}", ManageReleases },
        { "GET /v1/reviewSubmissions/{id}/items", ReadAppStore },
        { "POST /v1/reviewSubmissionItems", ManageReleases },

        // Customer reviews
        { "GET /v1/customerReviews/{id}", ReadReviews },
        { "GET /v1/customerReviews/{id}/response", ReadReviews },
        { "POST /v1/customerReviewResponses", ReplyToReviews },
        { "GET /v1/customerReviewResponses/{id}", ReadReviews },
        { "DELETE /v1/customerReviewResponses/{id}", ReplyToReviews },

        // Reports
        { "GET /v1/salesReports", ReadSales },
        { "GET /v1/financeReports", ReadFinance },

        // Users and invitations
        { "GET /v1/users", SeeUsers },
        { "GET /v1/users/{id}", SeeUsers },
        { "PATCH /v1/users/{id}", ManageUsers },
        { "DELETE /v1/users/{id}", ManageUsers },
        { "GET /v1/users/{id}/visibleApps", SeeUsers },
        { "GET /v1/users/{id}/relationships/visibleApps", SeeUsers },
        { "POST /v1/users/{id}/relationships/visibleApps", ManageUsers },
        { "PATCH /v1/users/{id}/relationships/visibleApps", ManageUsers },
        { "DELETE /v1/users/{id}/relationships/visibleApps", ManageUsers },
        { "GET /v1/userInvitations", SeeUsers },
        { "POST /v1/userInvitations", ManageUsers },
        { "GET /v1/userInvitations/{id}", SeeUsers },
        { "DELETE /v1/userInvitations/{id}", ManageUsers },
        { "GET /v1/userInvitations/{id}/visibleApps", SeeUsers },
        { "GET /v1/userInvitations/{id}/relationships/visibleApps", SeeUsers },

        // Relationship reads (linkages and related resources), mapped from the descriptors: the job of the data they read
        { "GET /v1/appStoreVersions/{id}/appStoreVersionLocalizations", ReadAppStore },
        { "GET /v1/appStoreVersions/{id}/appStoreVersionPhasedRelease", ReadAppStore },
        { "GET /v1/appStoreVersions/{id}/build", ReadAppStore },
        { "GET /v1/appStoreVersions/{id}/customerReviews", ReadReviews },
        { "GET /v1/appStoreVersions/{id}/relationships/appStoreVersionLocalizations", ReadAppStore },
        { "GET /v1/appStoreVersions/{id}/relationships/appStoreVersionPhasedRelease", ReadAppStore },
        { "GET /v1/appStoreVersions/{id}/relationships/build", ReadAppStore },
        { "GET /v1/appStoreVersions/{id}/relationships/customerReviews", ReadReviews },
        { "GET /v1/apps/{id}/appStoreVersions", ReadAppStore },
        { "GET /v1/apps/{id}/betaAppReviewDetail", ReadTestFlight },
        { "GET /v1/apps/{id}/betaGroups", ReadTestFlight },
        { "GET /v1/apps/{id}/builds", ReadTestFlight },
        { "GET /v1/apps/{id}/preReleaseVersions", ReadTestFlight },
        { "GET /v1/apps/{id}/relationships/appStoreVersions", ReadAppStore },
        { "GET /v1/apps/{id}/relationships/betaAppReviewDetail", ReadTestFlight },
        { "GET /v1/apps/{id}/relationships/betaGroups", ReadTestFlight },
        { "GET /v1/apps/{id}/relationships/buildUploads", ReadTestFlight },
        { "GET /v1/apps/{id}/relationships/builds", ReadTestFlight },
        { "GET /v1/apps/{id}/relationships/customerReviews", ReadReviews },
        { "GET /v1/apps/{id}/relationships/preReleaseVersions", ReadTestFlight },
        { "GET /v1/apps/{id}/relationships/reviewSubmissions", ReadAppStore },
        { "GET /v1/apps/{id}/reviewSubmissions", ReadAppStore },
        { "GET /v1/betaAppReviewDetails/{id}/app", ReadTestFlight },
        { "GET /v1/betaAppReviewDetails/{id}/relationships/app", ReadTestFlight },
        { "GET /v1/betaAppReviewSubmissions/{id}/build", ReadTestFlight },
        { "GET /v1/betaAppReviewSubmissions/{id}/relationships/build", ReadTestFlight },
        { "GET /v1/betaBuildLocalizations/{id}/build", ReadTestFlight },
        { "GET /v1/betaBuildLocalizations/{id}/relationships/build", ReadTestFlight },
        { "GET /v1/betaGroups/{id}/app", ReadTestFlight },
        { "GET /v1/betaGroups/{id}/betaTesters", ReadTestFlight },
        { "GET /v1/betaGroups/{id}/builds", ReadTestFlight },
        { "GET /v1/betaGroups/{id}/relationships/app", ReadTestFlight },
        { "GET /v1/betaGroups/{id}/relationships/betaTesters", ReadTestFlight },
        { "GET /v1/betaGroups/{id}/relationships/builds", ReadTestFlight },
        { "GET /v1/betaTesters/{id}/apps", ReadTestFlight },
        { "GET /v1/betaTesters/{id}/betaGroups", ReadTestFlight },
        { "GET /v1/betaTesters/{id}/builds", ReadTestFlight },
        { "GET /v1/betaTesters/{id}/relationships/apps", ReadTestFlight },
        { "GET /v1/betaTesters/{id}/relationships/betaGroups", ReadTestFlight },
        { "GET /v1/betaTesters/{id}/relationships/builds", ReadTestFlight },
        { "GET /v1/buildBetaDetails/{id}/build", ReadTestFlight },
        { "GET /v1/buildBetaDetails/{id}/relationships/build", ReadTestFlight },
        { "GET /v1/buildUploads/{id}/buildUploadFiles", ReadTestFlight },
        { "GET /v1/buildUploads/{id}/relationships/buildUploadFiles", ReadTestFlight },
        { "GET /v1/builds/{id}/app", ReadTestFlight },
        { "GET /v1/builds/{id}/appStoreVersion", ReadAppStore },
        { "GET /v1/builds/{id}/betaAppReviewSubmission", ReadTestFlight },
        { "GET /v1/builds/{id}/betaBuildLocalizations", ReadTestFlight },
        { "GET /v1/builds/{id}/buildBetaDetail", ReadTestFlight },
        { "GET /v1/builds/{id}/individualTesters", ReadTestFlight },
        { "GET /v1/builds/{id}/preReleaseVersion", ReadTestFlight },
        { "GET /v1/builds/{id}/relationships/app", ReadTestFlight },
        { "GET /v1/builds/{id}/relationships/appStoreVersion", ReadAppStore },
        { "GET /v1/builds/{id}/relationships/betaAppReviewSubmission", ReadTestFlight },
        { "GET /v1/builds/{id}/relationships/betaBuildLocalizations", ReadTestFlight },
        { "GET /v1/builds/{id}/relationships/buildBetaDetail", ReadTestFlight },
        { "GET /v1/builds/{id}/relationships/individualTesters", ReadTestFlight },
        { "GET /v1/builds/{id}/relationships/preReleaseVersion", ReadTestFlight },
        { "GET /v1/customerReviews/{id}/relationships/response", ReadReviews },
        { "GET /v1/preReleaseVersions/{id}/app", ReadTestFlight },
        { "GET /v1/preReleaseVersions/{id}/builds", ReadTestFlight },
        { "GET /v1/preReleaseVersions/{id}/relationships/app", ReadTestFlight },
        { "GET /v1/preReleaseVersions/{id}/relationships/builds", ReadTestFlight },
        { "GET /v1/reviewSubmissions/{id}/relationships/items", ReadAppStore },
    };

    /// <summary>Gets every row, as <c>METHOD /path</c> → job.</summary>
    public static IReadOnlyDictionary<string, RoleGroup> All => Rows;

    /// <summary>Finds the rule of a mapped route; a route without a row gets <see cref="RouteRule.Unlisted"/>.</summary>
    public static RouteRule Find(string method, string routePattern)
    {
        var route = $"{method} /{routePattern.TrimStart('/')}";
        return Rows.TryGetValue(route, out var group)
            ? new RouteRule(route, group.Roles, group.TeamKeyOnly, group.Source)
            : RouteRule.Unlisted(route);
    }
}
