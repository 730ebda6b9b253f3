namespace Cake.AppStoreConnect.Client.Access;

/// <summary>
/// A job a pipeline needs its App Store Connect key to be allowed to do. <c>AscVerifyCredentials</c> finds out,
/// without changing anything, whether the key may do each one asked for.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "The name users asked for (issue 15): a permission of an App Store Connect key, not a System.Security permission.")]
public enum AscPermission
{
    /// <summary>List and read the team's apps (every role but Customer Support).</summary>
    ListApps,

    /// <summary>Upload builds (App Manager, Developer).</summary>
    UploadBuilds,

    /// <summary>Manage TestFlight: groups, testers, What to Test, beta review (App Manager).</summary>
    ManageTestFlight,

    /// <summary>Edit App Store information: version localizations, metadata (App Manager, Marketing).</summary>
    EditMetadata,

    /// <summary>Create versions, submit for review and release (App Manager).</summary>
    SubmitForReview,

    /// <summary>Read customer reviews.</summary>
    ReadCustomerReviews,

    /// <summary>Reply to customer reviews (App Manager, Customer Support).</summary>
    ReplyToReviews,

    /// <summary>Download Sales and Trends reports (Finance, Sales; team keys only).</summary>
    ReadSalesReports,

    /// <summary>Download Payments and Financial reports (Finance; team keys only).</summary>
    ReadFinanceReports,

    /// <summary>Manage certificates, identifiers, devices and profiles (Admin, or App Manager/Developer with access to Certificates, Identifiers &amp; Profiles; team keys only).</summary>
    ManageSigning,

    /// <summary>Invite, change and remove users (Admin).</summary>
    ManageUsers,
}
