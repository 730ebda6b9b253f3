using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Reports;
using Cake.AppStoreConnect.TestFlight;

namespace Cake.AppStoreConnect.Tests.Core;

public sealed class AscSettingsExtensionsTests
{
    private static IEnumerable<TestCaseData> VersionTargets() => new AscSettings[]
    {
        new AscAppStoreVersionStateSettings(), new AscCancelReviewSubmissionSettings(), new AscPhasedReleaseSettings(), new AscReleaseVersionSettings(),
        new AscSubmitForReviewSettings(), new AscBuildQuerySettings(), new AscWaitForBuildSettings(), new AscUploadBuildSettings(),
        new AscDistributeBuildSettings(), new AscSubmitForBetaReviewSettings(),
    }.Select(s => new TestCaseData(s).SetArgDisplayNames(s.GetType().Name));

    private static IEnumerable<TestCaseData> WaitSettings() => new AscSettings[]
    {
        new AscCancelReviewSubmissionSettings(), new AscSubmitForReviewSettings(), new AscWaitForBuildSettings(), new AscUploadBuildSettings(),
        new AscDistributeBuildSettings(), new AscSubmitForBetaReviewSettings(),
    }.Select(s => new TestCaseData(s).SetArgDisplayNames(s.GetType().Name));

    public sealed class TheForPlatformAndForVersionMethods
    {
        [TestCaseSource(typeof(AscSettingsExtensionsTests), nameof(VersionTargets))]
        public void Should_Set_The_Version_Target_Of_Every_Settings_That_Names_One(AscSettings settings)
        {
            // When
            var target = (IAscVersionTarget)settings;
            var returned = Apply((dynamic)settings);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(returned, Is.SameAs(settings));
                Assert.That((target.Platform, target.VersionString), Is.EqualTo(("MAC_OS", "1.4.0")));
            }
        }

        [Test]
        public void Should_Keep_The_App_Store_Default_Platform_When_The_Shape_Is_Given_None()
        {
            // Given
            var settings = new AscReleaseVersionSettings { Platform = "TV_OS" };

            // When
            ((IAscVersionTarget)settings).Platform = null;

            // Then
            Assert.That(settings.Platform, Is.EqualTo("IOS"));
        }

        private static TSettings Apply<TSettings>(TSettings settings)
            where TSettings : AscSettings, IAscVersionTarget => settings.ForPlatform("MAC_OS").ForVersion("1.4.0");
    }

    public sealed class TheSetTimeoutAndSetPollIntervalMethods
    {
        [TestCaseSource(typeof(AscSettingsExtensionsTests), nameof(WaitSettings))]
        public void Should_Set_The_Wait_Of_Every_Settings_That_Waits(AscSettings settings)
        {
            // When
            var wait = (IAscWaitSettings)settings;
            var returned = Apply((dynamic)settings);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(returned, Is.SameAs(settings));
                Assert.That((wait.Timeout, wait.PollInterval, wait.MaxPollInterval), Is.EqualTo((TimeSpan.FromHours(2), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1))));
            }
        }

        [Test]
        public void Should_Let_TestFlight_Processing_Polls_Grow_To_The_Longest_Interval_Given()
        {
            // Given: the longest interval was fixed at 30 s before it became a setting
            var settings = new AscDistributeBuildSettings().SetPollInterval(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(2));

            // When
            var polling = settings.Polling;

            // Then
            Assert.That((polling.Timeout, polling.InitialInterval, polling.MaxInterval), Is.EqualTo((TimeSpan.FromMinutes(60), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(2))));
        }

        private static TSettings Apply<TSettings>(TSettings settings)
            where TSettings : AscSettings, IAscWaitSettings => settings.SetTimeout(TimeSpan.FromHours(2)).SetPollInterval(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));
    }

    public sealed class TheObsoleteNames
    {
#pragma warning disable CS0618 // The old names are what is under test: each must still do what the new one does.
        [Test]
        public void Should_Forward_To_The_One_Name_Kept_For_Each_Concept()
        {
            // When
            var upload = new AscUploadBuildSettings { ShortVersion = "2.0", ProcessingTimeout = TimeSpan.FromMinutes(5) }.WithVersion("2.1", "7").WithPlatform("TV_OS").SetConcurrency(6);
            var beta = new AscSubmitForBetaReviewSettings { ShortVersion = "3.0", ProcessingTimeout = TimeSpan.FromMinutes(9) };
            var query = new AscBuildQuerySettings { ShortVersion = "4.0" };
            var wait = new AscWaitForBuildSettings { ShortVersion = "5.0" };
            var group = new AscCreateBetaGroupSettings().AsInternal(hasAccessToAllBuilds: true);
            var report = new AscSalesReportSettings().WithVersion("1_3");

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That((upload.VersionString, upload.BuildNumber, upload.Platform, upload.Concurrency, upload.Timeout), Is.EqualTo(("2.1", "7", "TV_OS", 6, TimeSpan.FromMinutes(5))));
                Assert.That((beta.VersionString, beta.Timeout), Is.EqualTo(("3.0", TimeSpan.FromMinutes(9))));
                Assert.That(query.VersionString, Is.EqualTo("4.0"));
                Assert.That(wait.VersionString, Is.EqualTo("5.0"));
                Assert.That((group.IsInternal, group.HasAccessToAllBuilds), Is.EqualTo((true, (bool?)true)));
                Assert.That(report.Version, Is.EqualTo("1_3"));
            }
        }
#pragma warning restore CS0618
    }
}
