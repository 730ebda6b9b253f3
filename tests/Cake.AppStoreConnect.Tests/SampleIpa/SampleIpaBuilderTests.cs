using System.IO.Compression;
using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.SampleIpa;

public sealed class SampleIpaBuilderTests
{
    public sealed class TheWriteToMethod
    {
        private TemporaryDirectory _temp = null!;

        [SetUp]
        public void CreateFolder() => _temp = new TemporaryDirectory();

        [TearDown]
        public void DeleteFolder() => _temp.Dispose();

        [TestCase("IOS", "iPhoneOS")]
        [TestCase("TV_OS", "AppleTVOS")]
        [TestCase("VISION_OS", "XROS")]
        public void Should_Write_An_Ipa_The_Reader_Reads_Back(string platform, string supportedPlatform)
        {
            // Given
            var builder = new SampleIpaBuilder("org.cakebuild.appstoreconnect.rehearsal", "1.4.0", "57")
            {
                AppName = "Rehearsal",
                DisplayName = "Cake Rehearsal",
                Platform = platform,
                MinimumOsVersion = "17.0",
                UsesNonExemptEncryption = false,
            };

            // When
            var path = builder.WriteTo(_temp.File("out/Rehearsal.ipa"));
            var info = AppArchiveReader.Read(path);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(info, Is.EqualTo(new AppArchiveInfo(path, AppArchiveKind.Ipa, new FileInfo(path).Length, "org.cakebuild.appstoreconnect.rehearsal", "1.4.0", "57", platform, "Cake Rehearsal", "17.0", false)));
                Assert.That(ReadInfoPlist(path, "Rehearsal")["CFBundleSupportedPlatforms"], Is.EqualTo(new[] { supportedPlatform }));
            }
        }

        [Test]
        public void Should_Write_A_Binary_Info_Plist_An_Executable_And_PkgInfo()
        {
            // Given
            var path = new SampleIpaBuilder("com.example.Parts", "1.0", "1").WriteTo(_temp.File("Parts.ipa"));

            // When
            using var zip = ZipFile.OpenRead(path);

            // Then
            var executable = zip.GetEntry("Payload/Sample.app/Sample")!;
            using (Assert.EnterMultipleScope())
            {
                Assert.That(ReadEntry(zip, "Payload/Sample.app/Info.plist")[..8], Is.EqualTo("bplist00"u8.ToArray()));
                Assert.That(ReadEntry(zip, "Payload/Sample.app/Sample")[..4], Is.EqualTo(new byte[] { 0xCF, 0xFA, 0xED, 0xFE }), "a 64-bit Mach-O magic");
                Assert.That(executable.ExternalAttributes >>> 16, Is.EqualTo(Convert.ToInt32("100755", 8)), "an executable file mode");
                Assert.That(ReadEntry(zip, "Payload/Sample.app/PkgInfo"), Is.EqualTo("APPL????"u8.ToArray()));
                Assert.That(zip.Entries.Select(e => e.FullName), Has.None.Contains("Padding"));
            }
        }

        [Test]
        public void Should_Leave_Out_Optional_Keys_That_Are_Not_Set()
        {
            // Given
            var path = new SampleIpaBuilder("com.example.Plain", "1.0", "1").WriteTo(_temp.File("Plain.ipa"));

            // When
            var plist = ReadInfoPlist(path, "Sample");

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(plist.ContainsKey("ITSAppUsesNonExemptEncryption"), Is.False);
                Assert.That(plist.ContainsKey("CFBundleDisplayName"), Is.False);
                Assert.That(plist["MinimumOSVersion"], Is.EqualTo("15.0"));
                Assert.That(AppArchiveReader.Read(path).UsesNonExemptEncryption, Is.Null);
            }
        }

        [Test]
        public void Should_Add_Stored_Incompressible_Padding()
        {
            // Given
            const long padding = 3 * 1024 * 1024 + 5;

            // When
            var path = new SampleIpaBuilder("com.example.Padded", "1.0", "1") { PaddingBytes = padding }.WriteTo(_temp.File("Padded.ipa"));

            // Then
            using var zip = ZipFile.OpenRead(path);
            var entry = zip.GetEntry("Payload/Sample.app/Padding.bin")!;
            var content = ReadEntry(zip, entry.FullName);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(entry.Length, Is.EqualTo(padding));
                Assert.That(entry.CompressedLength, Is.EqualTo(padding), "stored, not deflated");
                Assert.That(new FileInfo(path).Length, Is.InRange(padding, padding + 4096));
                Assert.That(content.Distinct().Count(), Is.EqualTo(256), "bytes look random");
                Assert.That(content.Take(4096).SequenceEqual(content.Skip(4096).Take(4096)), Is.False, "no repeating block");
            }
        }

        [Test]
        public void Should_Write_The_Same_Bytes_Every_Time()
        {
            // Given
            var builder = new SampleIpaBuilder("com.example.Same", "1.0", "1") { PaddingBytes = 100_000 };

            // When
            var first = File.ReadAllBytes(builder.WriteTo(_temp.File("a.ipa")));
            var second = File.ReadAllBytes(builder.WriteTo(_temp.File("b.ipa")));

            // Then
            Assert.That(second, Is.EqualTo(first));
        }

        [Test]
        public void Should_Write_To_A_Stream()
        {
            // Given
            using var stream = new MemoryStream();

            // When
            new SampleIpaBuilder("com.example.Stream", "2.0", "3").WriteTo(stream);

            // Then
            stream.Position = 0;
            Assert.That(IpaReader.Read(stream, "memory.ipa").BundleId, Is.EqualTo("com.example.Stream"));
        }

        [Test]
        public void Should_Not_Leave_A_Partial_File_When_A_Setting_Is_Invalid()
        {
            // Given
            var path = _temp.File("Bad.ipa");
            var builder = new SampleIpaBuilder("com.example.Bad", "1.0", "1") { AppName = "../escape" };

            // When / Then
            Assert.That(() => builder.WriteTo(path), Throws.ArgumentException.With.Message.Contains("AppName"));
            Assert.That(File.Exists(path), Is.False);
        }

        [TestCase("MAC_OS", ".pkg files")]
        [TestCase("ANDROID", "'ANDROID' is not a platform")]
        public void Should_Reject_A_Platform_An_Ipa_Cannot_Carry(string platform, string expected)
        {
            // Given
            var builder = new SampleIpaBuilder("com.example.Mac", "1.0", "1") { Platform = platform };

            // When / Then
            Assert.That(() => builder.WriteTo(_temp.File("Mac.ipa")), Throws.ArgumentException.With.Message.Contains(expected));
        }

        [Test]
        public void Should_Reject_Negative_Padding()
        {
            // Given
            var builder = new SampleIpaBuilder("com.example.Neg", "1.0", "1") { PaddingBytes = -1 };

            // When / Then
            Assert.That(() => builder.WriteTo(new MemoryStream()), Throws.TypeOf<ArgumentOutOfRangeException>());
        }

        private static byte[] ReadEntry(ZipArchive zip, string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }

        private static PlistDictionary ReadInfoPlist(string path, string appName)
        {
            using var zip = ZipFile.OpenRead(path);
            return PropertyList.ReadDictionary(ReadEntry(zip, $"Payload/{appName}.app/Info.plist"));
        }
    }

    public sealed class TheConstructor
    {
        [TestCase("com.example.App", "1.2.3", "4")]
        [TestCase("com.example.my-app", "1", "2024.05.01")]
        public void Should_Accept_Apple_Formats(string bundleId, string shortVersion, string buildVersion)
        {
            // When
            var builder = new SampleIpaBuilder(bundleId, shortVersion, buildVersion);

            // Then
            Assert.That(builder.BundleId, Is.EqualTo(bundleId));
        }

        [TestCase("com.example app", "1.0", "1", "bundleId", TestName = "Should_Reject_A_Bundle_Id_With_A_Space")]
        [TestCase("com.example.", "1.0", "1", "bundleId", TestName = "Should_Reject_A_Bundle_Id_Ending_In_A_Period")]
        [TestCase("com.example.App", "1.0.0.0", "1", "shortVersion", TestName = "Should_Reject_A_Four_Part_Version")]
        [TestCase("com.example.App", "1.0-beta", "1", "shortVersion", TestName = "Should_Reject_A_Version_With_Letters")]
        [TestCase("com.example.App", "1.0", "", "buildVersion", TestName = "Should_Reject_An_Empty_Build_Number")]
        [TestCase("com.example.App", "1.0", "1..2", "buildVersion", TestName = "Should_Reject_An_Empty_Build_Number_Part")]
        public void Should_Reject_Values_Apple_Would_Reject(string bundleId, string shortVersion, string buildVersion, string parameter)
        {
            // When / Then
            Assert.That(
                () => new SampleIpaBuilder(bundleId, shortVersion, buildVersion),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo(parameter));
        }
    }
}
