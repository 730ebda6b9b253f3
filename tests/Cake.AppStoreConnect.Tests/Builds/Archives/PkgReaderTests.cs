using System.Text;
using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class PkgReaderTests
{
    public sealed class TheReadMethod
    {
        private TemporaryDirectory _temp = null!;

        [SetUp]
        public void CreateFolder() => _temp = new TemporaryDirectory();

        [TearDown]
        public void DeleteFolder() => _temp.Dispose();

        private AppArchiveInfo ReadPackage(string distribution, string encoding = "application/x-gzip", bool gzipFraming = false)
        {
            var path = ArchiveTestFiles.Xar(_temp.File("App.pkg"), "Distribution", Encoding.UTF8.GetBytes(distribution), encoding, gzipFraming);
            return AppArchiveReader.Read(path);
        }

        private const string MacApp = "<bundle CFBundleShortVersionString=\"3.1\" CFBundleVersion=\"310\" id=\"com.example.Mac\" path=\"Mac Example.app\"/>";

        [TestCase("application/x-gzip", false, TestName = "Should_Read_A_Zlib_Encoded_Distribution")]
        [TestCase("application/x-gzip", true, TestName = "Should_Read_A_Gzip_Framed_Distribution")]
        [TestCase("application/octet-stream", false, TestName = "Should_Read_A_Stored_Distribution")]
        public void Should_Read_The_Distribution(string encoding, bool gzipFraming)
        {
            // When
            var info = ReadPackage(ArchiveTestFiles.Distribution(MacApp), encoding, gzipFraming);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(info.Kind, Is.EqualTo(AppArchiveKind.Pkg));
                Assert.That(info.BundleId, Is.EqualTo("com.example.Mac"));
                Assert.That(info.ShortVersion, Is.EqualTo("3.1"));
                Assert.That(info.BuildVersion, Is.EqualTo("310"));
                Assert.That(info.Platform, Is.EqualTo(AppArchivePlatform.MacOS));
                Assert.That(info.DisplayName, Is.EqualTo("Mac Example"));
                Assert.That(info.MinimumOsVersion, Is.EqualTo("13.0"));
                Assert.That(info.UsesNonExemptEncryption, Is.Null);
            }
        }

        [Test]
        public void Should_Read_A_Package_By_Content_Whatever_Its_Extension()
        {
            // Given
            var path = ArchiveTestFiles.Xar(_temp.File("App.ipa"), "Distribution", Encoding.UTF8.GetBytes(ArchiveTestFiles.Distribution(MacApp)));

            // When / Then
            Assert.That(AppArchiveReader.Read(path).Kind, Is.EqualTo(AppArchiveKind.Pkg));
        }

        [Test]
        public void Should_Explain_A_Component_Package_Without_A_Distribution()
        {
            // Given: pkgbuild output, which App Store Connect does not take.
            var path = ArchiveTestFiles.Xar(_temp.File("App.pkg"), "PackageInfo", Encoding.UTF8.GetBytes("<pkg-info/>"));

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>().With.Message.Contains("has no Distribution file, so it is a component package, not a product archive"));
        }

        [Test]
        public void Should_Explain_A_Distribution_Without_A_Build_Number()
        {
            // Given
            var distribution = ArchiveTestFiles.Distribution("<bundle CFBundleShortVersionString=\"3.1\" id=\"com.example.Mac\" path=\"Mac Example.app\"/>");

            // When / Then
            Assert.That(
                () => ReadPackage(distribution),
                Throws.TypeOf<AppArchiveException>().With.Message.Contains("names no CFBundleVersion (<bundle CFBundleVersion=…>)"));
        }

        [Test]
        public void Should_Explain_A_Distribution_That_Is_Not_An_Installer_Script()
        {
            // When / Then
            Assert.That(
                () => ReadPackage("<plist/>"),
                Throws.TypeOf<AppArchiveException>().With.Message.Contains("cannot be read: The Distribution's root element is <plist>"));
        }

        [Test]
        public void Should_Explain_An_Unsupported_Encoding()
        {
            // When / Then
            Assert.That(
                () => ReadPackage(ArchiveTestFiles.Distribution(MacApp), "application/x-bzip2"),
                Throws.TypeOf<AppArchiveException>().With.Message.Contains("uses the encoding 'application/x-bzip2'"));
        }

        [Test]
        public void Should_Explain_A_Truncated_Package()
        {
            // Given
            var whole = File.ReadAllBytes(SharedFixtures.App("MacAppOnly.pkg"));
            var path = _temp.File("Cut.pkg");
            File.WriteAllBytes(path, whole[..600]);

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>().With.Message.StartsWith($"The package '{path}' cannot be read: The xar entry 'Distribution'").And.Message.Contains("lies outside the archive"));
        }

        [Test]
        public void Should_Explain_A_Package_Cut_Inside_Its_Table_Of_Contents()
        {
            // Given
            var whole = File.ReadAllBytes(SharedFixtures.App("MacAppOnly.pkg"));
            var path = _temp.File("Cut.pkg");
            File.WriteAllBytes(path, whole[..100]);

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>().With.Message.Contains("table of contents"));
        }
    }
}
