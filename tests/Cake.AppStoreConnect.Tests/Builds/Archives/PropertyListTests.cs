using System.IO.Compression;
using System.Text;
using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class PropertyListTests
{
    public sealed class TheReadMethod
    {
        [Test]
        public void Should_Read_A_Binary_Plist()
        {
            // When
            var result = PropertyList.Read(new BinaryPlistWriter().Write(new[] { "binary" }));

            // Then
            Assert.That(result, Is.EqualTo(new[] { "binary" }));
        }

        [Test]
        public void Should_Read_An_Xml_Plist_With_Leading_Whitespace_And_A_Byte_Order_Mark()
        {
            // Given
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("\n  <plist><true/></plist>")).ToArray();

            // When
            var result = PropertyList.Read(bytes);

            // Then
            Assert.That(result, Is.True);
        }

        [TestCase(new byte[0], "empty", TestName = "Should_Reject_An_Empty_Plist")]
        [TestCase(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x7D }, "neither", TestName = "Should_Reject_Json")]
        public void Should_Reject_Data_In_Neither_Format(byte[] data, string expected)
        {
            // When / Then
            Assert.That(() => PropertyList.Read(data), Throws.TypeOf<FormatException>().With.Message.Contains(expected));
        }
    }

    public sealed class TheReadDictionaryMethod
    {
        [Test]
        public void Should_Reject_A_Plist_Whose_Top_Value_Is_Not_A_Dictionary()
        {
            // When / Then
            Assert.That(
                () => PropertyList.ReadDictionary(new BinaryPlistWriter().Write(new[] { 1 })),
                Throws.TypeOf<FormatException>().With.Message.Contains("not a dictionary"));
        }
    }

    public sealed class TheFixturePlists
    {
        private static PlistDictionary ReadEntry(string fixture, string entryName)
        {
            using var zip = ZipFile.OpenRead(SharedFixtures.App(fixture));
            using var stream = zip.GetEntry(entryName)!.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return PropertyList.ReadDictionary(buffer.ToArray());
        }

        [Test]
        public void Should_Read_Every_Key_Of_An_Xcode_Built_Binary_Info_Plist()
        {
            // When
            var plist = ReadEntry("very-capable-app.ipa", "Payload/very-capable-app.app/Info.plist");

            // Then
            var documentTypes = (IReadOnlyList<object>)plist["CFBundleDocumentTypes"];
            using (Assert.EnterMultipleScope())
            {
                Assert.That(plist, Has.Count.EqualTo(29));
                Assert.That(plist["CFBundleIdentifier"], Is.EqualTo("org.fastlane.very-capable-app"));
                Assert.That(plist["LSRequiresIPhoneOS"], Is.True);
                Assert.That(plist["UIDeviceFamily"], Is.EqualTo(new[] { 1L, 2L }));
                Assert.That(((PlistDictionary)documentTypes[0])["LSItemContentTypes"], Is.EqualTo(new[] { "com.apple.maps.directionsrequest" }));
                Assert.That((IReadOnlyList<object>)plist["UIBackgroundModes"], Has.Count.EqualTo(8));
            }
        }

        [Test]
        public void Should_Read_A_Storyboard_Info_Plist()
        {
            // When
            var plist = ReadEntry("very-capable-app.ipa", "Payload/very-capable-app.app/Base.lproj/Main.storyboardc/Info.plist");

            // Then
            Assert.That(plist["UIStoryboardVersion"], Is.EqualTo(1L));
        }

        [Test]
        public void Should_Read_A_Watch_App_Info_Plist()
        {
            // When
            var plist = ReadEntry("ContainsWatchApp.ipa", "ContainsWatchApp/Payload/Sample.app/Watch/Sample WatchKit App.app/Info.plist");

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(plist["CFBundleIdentifier"], Is.EqualTo("com.example.Sample.watchkitapp"));
                Assert.That(plist["CFBundleSupportedPlatforms"], Is.EqualTo(new[] { "WatchOS" }));
            }
        }

        [Test]
        public void Should_Reject_A_Resource_Fork_Posing_As_An_Info_Plist()
        {
            // Given: what a reader that did not skip __MACOSX would pick up.
            using var zip = ZipFile.OpenRead(SharedFixtures.App("iOSAppOnly.ipa"));
            using var stream = zip.GetEntry("__MACOSX/iOSAppOnly/Payload/Sample.app/._Info.plist")!.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);

            // When / Then
            Assert.That(() => PropertyList.Read(buffer.ToArray()), Throws.TypeOf<FormatException>());
        }
    }
}
