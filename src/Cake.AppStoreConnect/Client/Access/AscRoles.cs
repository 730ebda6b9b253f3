namespace Cake.AppStoreConnect.Client.Access;

/// <summary>
/// Which App Store Connect roles may do each <see cref="AscPermission"/>, and which permission a request needs:
/// one table, used by the permission check and by every 403's explanation. Sources: Apple's App Store Connect
/// Help, "Role permissions"; individual keys' limits: Apple's text quoted in fastlane#21987. The Account Holder
/// and Admins may do everything.
/// </summary>
internal static class AscRoles
{
    private static readonly Dictionary<AscPermission, (string Job, string Roles, bool TeamKeyOnly)> Rules = new()
    {
        [AscPermission.ListApps] = ("list apps", "any role but Customer Support", false),
        [AscPermission.UploadBuilds] = ("upload builds", "Admin, App Manager or Developer", false),
        [AscPermission.ManageTestFlight] = ("manage TestFlight (groups, testers, What to Test, beta review)", "Admin or App Manager", false),
        [AscPermission.EditMetadata] = ("edit App Store information", "Admin, App Manager or Marketing", false),
        [AscPermission.SubmitForReview] = ("create versions, submit for review and release", "Admin or App Manager", false),
        [AscPermission.ReadCustomerReviews] = ("read customer reviews", "Admin, App Manager, Customer Support, Developer or Marketing", false),
        [AscPermission.ReplyToReviews] = ("reply to customer reviews", "Admin, App Manager or Customer Support", false),
        [AscPermission.ReadSalesReports] = ("download sales reports", "Admin, Finance or Sales (a team key)", true),
        [AscPermission.ReadFinanceReports] = ("download finance reports", "Admin or Finance (a team key)", true),
        [AscPermission.ManageSigning] = ("manage certificates, identifiers and profiles", "Admin, or App Manager/Developer with access to Certificates, Identifiers & Profiles (a team key)", true),
        [AscPermission.ManageUsers] = ("manage users", "Admin", false),
    };

    /// <summary>Gets what the permission lets a key do, such as "upload builds".</summary>
    public static string Job(AscPermission permission) => Rules[permission].Job;

    /// <summary>Gets the roles that allow it, worded for a person: "Admin, App Manager or Developer".</summary>
    public static string AllowedBy(AscPermission permission) => Rules[permission].Roles;

    /// <summary>Gets a value indicating whether individual keys are refused whatever their role.</summary>
    public static bool TeamKeyOnly(AscPermission permission) => Rules[permission].TeamKeyOnly;

    /// <summary>Finds the permission a request needs, from its method and path; null when the add-in does not know.</summary>
    public static AscPermission? ForRequest(string method, string path)
    {
        var resource = ResourceOf(path);
        var read = method == "GET";
        return resource switch
        {
            "apps" when read && !path.Contains("/customerReviews", StringComparison.Ordinal) => AscPermission.ListApps,
            "apps" when read => AscPermission.ReadCustomerReviews,
            "apps" => AscPermission.SubmitForReview,
            "buildUploads" or "buildUploadFiles" => AscPermission.UploadBuilds,
            "builds" when !read && !path.Contains("/relationships/", StringComparison.Ordinal) => AscPermission.UploadBuilds,
            "builds" or "betaGroups" or "betaTesters" or "betaBuildLocalizations" or "buildBetaDetails" or "betaAppReviewDetails"
                or "betaAppReviewSubmissions" or "buildBetaNotifications" or "preReleaseVersions" => read ? AscPermission.ListApps : AscPermission.ManageTestFlight,
            "appStoreVersionLocalizations" or "appInfos" or "appInfoLocalizations" or "appScreenshotSets" or "appScreenshots"
                or "appPreviewSets" or "appPreviews" or "ageRatingDeclarations" => read ? AscPermission.ListApps : AscPermission.EditMetadata,
            "appStoreVersions" or "reviewSubmissions" or "reviewSubmissionItems" or "appStoreVersionPhasedReleases"
                or "appStoreVersionReleaseRequests" or "appStoreReviewDetails" => read ? AscPermission.ListApps : AscPermission.SubmitForReview,
            "customerReviews" => AscPermission.ReadCustomerReviews,
            "customerReviewResponses" => read ? AscPermission.ReadCustomerReviews : AscPermission.ReplyToReviews,
            "salesReports" => AscPermission.ReadSalesReports,
            "financeReports" => AscPermission.ReadFinanceReports,
            "bundleIds" or "bundleIdCapabilities" or "certificates" or "devices" or "profiles" => AscPermission.ManageSigning,
            "users" or "userInvitations" => read ? null : AscPermission.ManageUsers,
            _ => null,
        };
    }

    /// <summary>
    /// Explains a plain 403 (<c>FORBIDDEN_ERROR</c>): which kind of key was refused, what the request needed and
    /// which roles allow it.
    /// </summary>
    public static string ExplainForbidden(string method, string path, bool individualKey, bool inHouse)
    {
        var kind = individualKey ? "an individual key (its rights are its user's roles and apps)" : inHouse ? "an enterprise team key" : "a team key";
        if (ForRequest(method, path) is not { } permission)
        {
            return $"The key is {kind} and its role does not allow {method} {ResourceOf(path)}. Give the key a role that can (App Manager or Admin for builds, TestFlight and releases; Finance or Sales for reports; Customer Support for reviews; Admin for users) " +
                "in Users and Access > Integrations, or use another key. Individual keys cannot use Sales and Finance or provisioning endpoints.";
        }

        var teamOnly = TeamKeyOnly(permission) && individualKey
            ? " Individual keys cannot do this whatever their role: use a team key."
            : string.Empty;
        return $"The key is {kind} and may not {Job(permission)}; that needs {AllowedBy(permission)} (the Account Holder may do everything).{teamOnly} " +
            (individualKey
                ? "Ask an Admin to give the key's user that role (Users and Access), or use a team key with it."
                : "Use a team key with that role (Users and Access > Integrations).");
    }

    private static string ResourceOf(string path)
    {
        var segments = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 ? segments[1] : path;
    }
}
