using static Cake.AppStoreConnect.Emulator.Access.UserRoles;

namespace Cake.AppStoreConnect.Emulator.Access;

/// <summary>
/// A job on Apple's "Role permissions" page and the roles that may do it; rows of <see cref="RoutePermissions"/>
/// name one of these, so a rule is written once. <c>ACCOUNT_HOLDER</c> and <c>ADMIN</c> may do everything and are
/// not listed.
/// </summary>
internal sealed record RoleGroup(string Job, IReadOnlySet<string> Roles, bool TeamKeyOnly, RoleSource Source)
{
    /// <summary>
    /// See the apps of the team: every role but Customer Support, whose key "may only read and answer reviews"
    /// (issue 15; the add-in's credential check was built on keys refused there). A guess for the API.
    /// </summary>
    public static readonly RoleGroup SeeApps = new("see apps", Set(Finance, Sales, Marketing, AppManager, Developer, AccessToReports), false, RoleSource.Guess);

    /// <summary>Read App Store versions, their localizations and submissions (role page: App Information is viewed by App Manager, Developer, Marketing; Sales is a guess).</summary>
    public static readonly RoleGroup ReadAppStore = new("read App Store versions", Set(AppManager, Developer, Marketing, Sales), false, RoleSource.Guess);

    /// <summary>Edit App Store information (role page: "Edit App Store information": App Manager, Marketing).</summary>
    public static readonly RoleGroup EditMetadata = new("edit App Store information", Set(AppManager, Marketing), false, RoleSource.RolePage);

    /// <summary>Create versions, submit for review, release (role page: "Submit an app for review", "Release a version": App Manager).</summary>
    public static readonly RoleGroup ManageReleases = new("submit for review and release", Set(AppManager), false, RoleSource.RolePage);

    /// <summary>Upload builds (role page: "Upload builds": App Manager, Developer).</summary>
    public static readonly RoleGroup UploadBuilds = new("upload builds", Set(AppManager, Developer), false, RoleSource.RolePage);

    /// <summary>See builds and TestFlight (role page: TestFlight is viewed by App Manager, Developer, Marketing).</summary>
    public static readonly RoleGroup ReadTestFlight = new("read builds and TestFlight", Set(AppManager, Developer, Marketing), false, RoleSource.RolePage);

    /// <summary>Manage testers, groups, What to Test, beta review (role page: App Manager; Developer cannot manage testers, fastlane#18383).</summary>
    public static readonly RoleGroup ManageTestFlight = new("manage TestFlight", Set(AppManager), false, RoleSource.RolePage);

    /// <summary>Read customer reviews (role page: "View ratings and reviews"; Developer and Marketing are a guess).</summary>
    public static readonly RoleGroup ReadReviews = new("read customer reviews", Set(AppManager, CustomerSupport, Marketing, Developer), false, RoleSource.Guess);

    /// <summary>Reply to customer reviews (role page: "Respond to customer reviews": App Manager, Customer Support).</summary>
    public static readonly RoleGroup ReplyToReviews = new("reply to customer reviews", Set(AppManager, CustomerSupport), false, RoleSource.RolePage);

    /// <summary>Sales and Trends reports (role page: Finance, Sales, and Access to Reports); team keys only (Apple, quoted in fastlane#21987).</summary>
    public static readonly RoleGroup ReadSales = new("read sales reports", Set(Finance, Sales, AccessToReports), true, RoleSource.RolePage);

    /// <summary>Payments and Financial Reports (role page: Finance); team keys only (Apple, quoted in fastlane#21987).</summary>
    public static readonly RoleGroup ReadFinance = new("read finance reports", Set(Finance), true, RoleSource.RolePage);

    /// <summary>Users and Access (Apple's creating-api-keys page: "keys with the Admin role… can create new users and delete users").</summary>
    public static readonly RoleGroup ManageUsers = new("manage users", Set(), false, RoleSource.AppleDocs);

    /// <summary>See the people of the team: every role sees Users and Access (role page); by API an educated guess.</summary>
    public static readonly RoleGroup SeeUsers = new("see users", Set(Finance, Sales, Marketing, AppManager, Developer, AccessToReports, CustomerSupport), false, RoleSource.Guess);

    /// <summary>Apple's category list: the same for every team, read by every role (a guess: any role that sees an app sees its category).</summary>
    public static readonly RoleGroup SeeCategories = new("see categories", Set(Finance, Sales, Marketing, AppManager, Developer, AccessToReports, CustomerSupport), false, RoleSource.Guess);

    /// <summary>
    /// Create, change and revoke bundle ids, devices, certificates and profiles (role page: "Certificates, Identifiers &amp;
    /// Profiles": Account Holder, Admin, and App Manager given that access); team keys only (Apple's text quoted in
    /// fastlane#21987: individual keys "aren't able to use Provisioning endpoints"). That App Manager has the access is assumed.
    /// </summary>
    public static readonly RoleGroup ManageSigning = new("manage certificates, identifiers and profiles", Set(AppManager), true, RoleSource.RolePage);

    /// <summary>Read bundle ids, devices, certificates and profiles: App Manager and Developer given the access (a guess for Developer); team keys only.</summary>
    public static readonly RoleGroup ReadSigning = new("read certificates, identifiers and profiles", Set(AppManager, Developer), true, RoleSource.Guess);

    /// <summary>Request analytics reports: Admin only (Apple, Analytics Reports: "requesting needs the Admin role", research next-wave §7.2).</summary>
    public static readonly RoleGroup RequestAnalytics = new("request analytics reports", Set(), false, RoleSource.AppleDocs);

    /// <summary>Read analytics reports, instances and segments: Admin, Finance, Sales, Access to Reports (Apple via research next-wave §7.2).</summary>
    public static readonly RoleGroup ReadAnalytics = new("read analytics reports", Set(Finance, Sales, AccessToReports), false, RoleSource.AppleDocs);

    /// <summary>Read Power and Performance metrics and diagnostics: App Manager, Developer, Access to Reports (a guess: Apple names no role).</summary>
    public static readonly RoleGroup ReadPerformance = new("read performance metrics and diagnostics", Set(AppManager, Developer, AccessToReports), false, RoleSource.Guess);

    private static HashSet<string> Set(params string[] roles) => new(roles, StringComparer.Ordinal);
}
