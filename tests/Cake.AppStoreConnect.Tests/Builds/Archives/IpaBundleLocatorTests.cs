using Cake.AppStoreConnect.Builds.Archives;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class IpaBundleLocatorTests
{
    public sealed class TheLocateMethod
    {
        private static IpaAppBundle Single(params string[] entries)
        {
            var layout = IpaBundleLocator.Locate(entries);
            Assert.That(layout.AppBundles, Has.Count.EqualTo(1));
            return layout.AppBundles[0];
        }

        [Test]
        public void Should_Find_The_Info_Plist_Of_The_App_In_Payload()
        {
            // When
            var bundle = Single("Payload/", "Payload/My App.app/", "Payload/My App.app/My App", "Payload/My App.app/Info.plist");

            // Then
            Assert.That(bundle, Is.EqualTo(new IpaAppBundle("Payload/My App.app", "Payload/My App.app/Info.plist")));
        }

        [Test]
        public void Should_Find_The_App_When_The_Zip_Has_A_Parent_Folder()
        {
            // When
            var bundle = Single("iOSAppOnly/Payload/Sample.app/Info.plist", "iOSAppOnly/Payload/.DS_Store");

            // Then
            Assert.That(bundle.InfoPlistEntryName, Is.EqualTo("iOSAppOnly/Payload/Sample.app/Info.plist"));
        }

        [Test]
        public void Should_Ignore_MacOS_Resource_Forks()
        {
            // Given: the resource fork comes first, as Finder's zips often have it.
            var entries = new[]
            {
                "__MACOSX/Payload/Sample.app/._Info.plist",
                "__MACOSX/Payload/Other.app/Info.plist",
                "Payload/Sample.app/._Info.plist",
                "Payload/Sample.app/Info.plist",
            };

            // When
            var bundle = Single(entries);

            // Then
            Assert.That(bundle.InfoPlistEntryName, Is.EqualTo("Payload/Sample.app/Info.plist"));
        }

        [Test]
        public void Should_Pick_The_Outer_App_Over_Nested_Watch_Apps_Extensions_And_Frameworks()
        {
            // Given: nested bundles listed before the outer app's plist.
            var entries = new[]
            {
                "Payload/Sample.app/Watch/Sample WatchKit App.app/Info.plist",
                "Payload/Sample.app/Watch/Sample WatchKit App.app/PlugIns/Ext.appex/Info.plist",
                "Payload/Sample.app/PlugIns/Share.appex/Info.plist",
                "Payload/Sample.app/Frameworks/Kit.framework/Info.plist",
                "Payload/Sample.app/Info.plist",
            };

            // When
            var bundle = Single(entries);

            // Then
            Assert.That(bundle, Is.EqualTo(new IpaAppBundle("Payload/Sample.app", "Payload/Sample.app/Info.plist")));
        }

        [Test]
        public void Should_Prefer_The_Shallowest_Payload_Folder()
        {
            // When
            var bundle = Single("old/copy/Payload/Old.app/Info.plist", "Payload/Current.app/Info.plist");

            // Then
            Assert.That(bundle.BundlePath, Is.EqualTo("Payload/Current.app"));
        }

        [Test]
        public void Should_Accept_Backslash_Separators()
        {
            // When
            var bundle = Single(@"Payload\Win.app\Info.plist");

            // Then
            Assert.That(bundle, Is.EqualTo(new IpaAppBundle("Payload/Win.app", @"Payload\Win.app\Info.plist")));
        }

        [Test]
        public void Should_Report_An_App_Bundle_Without_An_Info_Plist()
        {
            // When
            var bundle = Single("Payload/Sample.app/Sample", "Payload/Sample.app/Watch/W.app/Info.plist");

            // Then
            Assert.That(bundle, Is.EqualTo(new IpaAppBundle("Payload/Sample.app", null)));
        }

        [Test]
        public void Should_Report_Every_App_Directly_In_Payload()
        {
            // When
            var layout = IpaBundleLocator.Locate(["Payload/B.app/Info.plist", "Payload/A.app/Info.plist"]);

            // Then
            Assert.That(layout.AppBundles.Select(b => b.BundlePath), Is.EqualTo(new[] { "Payload/A.app", "Payload/B.app" }));
        }

        [TestCase(new[] { "Payload/" }, true, TestName = "Should_Report_An_Empty_Payload_Folder")]
        [TestCase(new[] { "Payload/readme.txt", "Payload/Sample/Info.plist" }, true, TestName = "Should_Report_A_Payload_Folder_Without_An_App")]
        [TestCase(new[] { "Sample.app/Info.plist", "__MACOSX/Payload/Sample.app/Info.plist" }, false, TestName = "Should_Report_A_Zip_Without_A_Payload_Folder")]
        [TestCase(new string[0], false, TestName = "Should_Report_An_Empty_Zip")]
        public void Should_Report_No_App_Bundle(string[] entries, bool hasPayload)
        {
            // When
            var layout = IpaBundleLocator.Locate(entries);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(layout.HasPayload, Is.EqualTo(hasPayload));
                Assert.That(layout.AppBundles, Is.Empty);
            }
        }
    }
}
