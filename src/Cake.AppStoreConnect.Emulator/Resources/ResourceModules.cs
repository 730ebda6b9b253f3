using Cake.AppStoreConnect.Emulator.Resources.AnalyticsReports;
using Cake.AppStoreConnect.Emulator.Resources.AppPreviews;
using Cake.AppStoreConnect.Emulator.Resources.AgeRatingDeclarations;
using Cake.AppStoreConnect.Emulator.Resources.AppCategories;
using Cake.AppStoreConnect.Emulator.Resources.AppInfoLocalizations;
using Cake.AppStoreConnect.Emulator.Resources.AppInfos;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.AppScreenshots;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionLocalizations;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionPhasedReleases;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionReleaseRequests;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewAttachments;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewDetails;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewDetails;
using Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewSubmissions;
using Cake.AppStoreConnect.Emulator.Resources.BetaBuildLocalizations;
using Cake.AppStoreConnect.Emulator.Resources.BetaGroups;
using Cake.AppStoreConnect.Emulator.Resources.BetaTesters;
using Cake.AppStoreConnect.Emulator.Resources.BuildBetaDetails;
using Cake.AppStoreConnect.Emulator.Resources.BuildBetaNotifications;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploadFiles;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.Resources.CustomerReviews;
using Cake.AppStoreConnect.Emulator.Resources.DiagnosticSignatures;
using Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;
using Cake.AppStoreConnect.Emulator.Resources.Reports;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissionItems;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissions;
using Cake.AppStoreConnect.Emulator.Resources.Users;
using Cake.AppStoreConnect.Emulator.Uploads;

namespace Cake.AppStoreConnect.Emulator.Resources;

/// <summary>Every resource module, in registration order (a module may use the tables of those before it).</summary>
internal static class ResourceModules
{
    public static IReadOnlyList<IResourceModule> All { get; } =
    [
        new AppsModule(),
        new PreReleaseVersionsModule(),
        new BuildsModule(),
        new BuildUploadsModule(),
        new BuildUploadFilesModule(),
        new UploadsModule(),
        new AppStoreVersionsModule(),
        new AppStoreVersionLocalizationsModule(),
        new AppScreenshotsModule(),
        new AppPreviewsModule(),
        new ReviewSubmissionsModule(),
        new ReviewSubmissionItemsModule(),
        new PhasedReleasesModule(),
        new ReleaseRequestsModule(),
        new BetaGroupsModule(),
        new BetaTestersModule(),
        new BetaBuildLocalizationsModule(),
        new BuildBetaDetailsModule(),
        new BetaAppReviewDetailsModule(),
        new BetaAppReviewSubmissionsModule(),
        new BuildBetaNotificationsModule(),
        new CustomerReviewsModule(),
        new ReportsModule(),
        new Provisioning.ProvisioningModules(),
        new AnalyticsReportsModule(),
        new PerformanceModule(),
        new AppCategoriesModule(), new AppInfosModule(), new AppInfoLocalizationsModule(), new AgeRatingDeclarationsModule(), new AppStoreReviewDetailsModule(), new AppStoreReviewAttachmentsModule(),
        new UsersModule(),
    ];
}
