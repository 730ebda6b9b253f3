using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Media;
using Cake.AppStoreConnect.Client.Listing;
using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.Client.Reports;
using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Client.Signing;

namespace Cake.AppStoreConnect.Client;

/// <summary>
/// The typed App Store Connect client: one connection, one area client per resource family.
/// Thread-safe; usable directly from Cake Frosting tasks or any .NET code.
/// </summary>
public sealed class AppStoreConnectClient
{
    /// <summary>Creates a client over a connection.</summary>
    /// <param name="connection">The connection every request passes through.</param>
    public AppStoreConnectClient(AscConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
        Apps = new AppsClient(connection);
        Builds = new BuildsClient(connection);
        BuildUploads = new BuildUploadsClient(connection);
        AppStoreVersions = new AppStoreVersionsClient(connection);
        AppStoreVersionLocalizations = new AppStoreVersionLocalizationsClient(connection);
        ReviewSubmissions = new ReviewSubmissionsClient(connection);
        PhasedReleases = new AppStoreVersionPhasedReleasesClient(connection);
        ContentRights = new AppContentRightsClient(connection);
        BetaGroups = new BetaGroupsClient(connection);
        BetaTesters = new BetaTestersClient(connection, BetaGroups);
        BetaBuildLocalizations = new BetaBuildLocalizationsClient(connection);
        BuildBetaDetails = new BuildBetaDetailsClient(connection);
        BetaAppReviewDetails = new BetaAppReviewDetailsClient(connection);
        BetaAppReviewSubmissions = new BetaAppReviewSubmissionsClient(connection);
        BuildBetaNotifications = new BuildBetaNotificationsClient(connection);
        CustomerReviews = new CustomerReviewsClient(connection);
        Reports = new ReportsClient(connection);
        BundleIds = new BundleIdsClient(connection);
        Devices = new DevicesClient(connection);
        Certificates = new CertificatesClient(connection);
        Profiles = new ProfilesClient(connection);
        Analytics = new AnalyticsClient(connection);
        Performance = new PerformanceClient(connection);
        Screenshots = new AppMediaClient(connection, AscMediaKind.Screenshots);
        Previews = new AppMediaClient(connection, AscMediaKind.Previews);
        Listing = new ListingClient(connection);
        Users = new Users.UsersClient(connection);
    }

    /// <summary>Gets the Analytics Reports API (requests, reports, instances, segments).</summary>
    public AnalyticsClient Analytics { get; }

    /// <summary>Gets Power and Performance (metrics, diagnostic signatures and logs).</summary>
    public PerformanceClient Performance { get; }

    /// <summary>Gets the app-level listing and App Review information (<c>appInfos</c>, <c>appInfoLocalizations</c>, <c>ageRatingDeclarations</c>, <c>appStoreReviewDetails</c>).</summary>
    public ListingClient Listing { get; }

    /// <summary>Gets the users and invitations.</summary>
    public Users.UsersClient Users { get; }

    /// <summary>Gets the connection.</summary>
    public AscConnection Connection { get; }

    /// <summary>Gets the <c>appScreenshotSets</c> and <c>appScreenshots</c> resources.</summary>
    public AppMediaClient Screenshots { get; }

    /// <summary>Gets the <c>appPreviewSets</c> and <c>appPreviews</c> resources.</summary>
    public AppMediaClient Previews { get; }

    /// <summary>Gets the <c>apps</c> resource.</summary>
    public AppsClient Apps { get; }

    /// <summary>Gets the <c>builds</c> resource.</summary>
    public BuildsClient Builds { get; }

    /// <summary>Gets the Build Upload API (<c>buildUploads</c>, <c>buildUploadFiles</c>).</summary>
    public BuildUploadsClient BuildUploads { get; }

    /// <summary>Gets the <c>appStoreVersions</c> resource, its <c>build</c> relationship and release requests.</summary>
    public AppStoreVersionsClient AppStoreVersions { get; }

    /// <summary>Gets the <c>appStoreVersionLocalizations</c> resource.</summary>
    public AppStoreVersionLocalizationsClient AppStoreVersionLocalizations { get; }

    /// <summary>Gets the <c>reviewSubmissions</c> and <c>reviewSubmissionItems</c> resources.</summary>
    public ReviewSubmissionsClient ReviewSubmissions { get; }

    /// <summary>Gets the <c>appStoreVersionPhasedReleases</c> resource.</summary>
    public AppStoreVersionPhasedReleasesClient PhasedReleases { get; }

    /// <summary>Gets the app's content rights declaration.</summary>
    public AppContentRightsClient ContentRights { get; }

    /// <summary>Gets the <c>betaGroups</c> resource and its tester and build relationships.</summary>
    public BetaGroupsClient BetaGroups { get; }

    /// <summary>Gets the <c>betaTesters</c> resource.</summary>
    public BetaTestersClient BetaTesters { get; }

    /// <summary>Gets the <c>betaBuildLocalizations</c> resource ("What to Test").</summary>
    public BetaBuildLocalizationsClient BetaBuildLocalizations { get; }

    /// <summary>Gets the <c>buildBetaDetails</c> resource.</summary>
    public BuildBetaDetailsClient BuildBetaDetails { get; }

    /// <summary>Gets the <c>betaAppReviewDetails</c> resource.</summary>
    public BetaAppReviewDetailsClient BetaAppReviewDetails { get; }

    /// <summary>Gets the <c>betaAppReviewSubmissions</c> resource.</summary>
    public BetaAppReviewSubmissionsClient BetaAppReviewSubmissions { get; }

    /// <summary>Gets the <c>buildBetaNotifications</c> resource.</summary>
    public BuildBetaNotificationsClient BuildBetaNotifications { get; }
    /// <summary>Gets the <c>customerReviews</c> and <c>customerReviewResponses</c> resources.</summary>
    public CustomerReviewsClient CustomerReviews { get; }

    /// <summary>Gets the <c>salesReports</c> and <c>financeReports</c> resources (gzip TSV).</summary>
    public ReportsClient Reports { get; }

    /// <summary>Gets the <c>bundleIds</c> and <c>bundleIdCapabilities</c> resources.</summary>
    public BundleIdsClient BundleIds { get; }

    /// <summary>Gets the <c>devices</c> resource.</summary>
    public DevicesClient Devices { get; }

    /// <summary>Gets the <c>certificates</c> resource.</summary>
    public CertificatesClient Certificates { get; }

    /// <summary>Gets the <c>profiles</c> resource.</summary>
    public ProfilesClient Profiles { get; }

    /// <summary>Creates a client for a key, on the process's shared HTTP client.</summary>
    /// <param name="key">The API key.</param>
    /// <param name="options">Address, timeouts and retries; defaults when <see langword="null"/>.</param>
    /// <param name="log">Where exchanges are logged.</param>
    /// <returns>The client.</returns>
    public static AppStoreConnectClient Create(AscApiKey key, AscClientOptions? options = null, IAscLog? log = null)
    {
        options ??= new AscClientOptions();
        return new AppStoreConnectClient(new AscConnection(AscHttp.Shared, new AscTokenProvider(key, lifetime: options.TokenLifetime), options, log));
    }
}
