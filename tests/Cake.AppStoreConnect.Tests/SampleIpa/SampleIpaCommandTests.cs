using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.SampleIpa;

public sealed class SampleIpaCommandTests
{
    public sealed class TheRunMethod
    {
        private TemporaryDirectory _temp = null!;

        [SetUp]
        public void CreateFolder() => _temp = new TemporaryDirectory();

        [TearDown]
        public void DeleteFolder() => _temp.Dispose();

        [Test]
        public void Should_Write_A_Png_Screenshot_Of_The_Size_Asked_For_That_Differs_By_Seed()
        {
            // Given
            var first = _temp.File("shots/en-US/01.png");
            var second = _temp.File("shots/en-US/02.png");
            using var output = new StringWriter();
            using var error = new StringWriter();

            // When
            var exitCodes = new[]
            {
                SampleIpaCommand.Run(["--png", "1320x2868", "--seed", "1", "--output", first], output, error),
                SampleIpaCommand.Run(["--png", "1320x2868", "--seed", "2", "--output", second], output, error),
                SampleIpaCommand.Run(["--png", "big", "--output", second], output, error),
            };

            // Then a real RGB PNG of that size (IHDR: width, height, 8-bit, colour type 2), each seed its own file
            Assert.That(exitCodes, Is.EqualTo(new[] { 0, 0, 2 }));
            var png = File.ReadAllBytes(first);
            Assert.That(png[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
            Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), Is.EqualTo(1320));
            Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), Is.EqualTo(2868));
            Assert.That(png[25], Is.EqualTo(2));
            Assert.That(File.ReadAllBytes(second), Is.Not.EqualTo(png));
            Assert.That(error.ToString(), Does.Contain("--png takes WIDTHxHEIGHT"));
        }

        [Test]
        public void Should_Write_The_Ipa_The_Demo_Asks_For_And_Print_Its_Path()
        {
            // Given
            var file = _temp.File("demo/CakeRehearsal.ipa");
            using var output = new StringWriter();
            using var error = new StringWriter();

            // When
            var exitCode = SampleIpaCommand.Run(
                ["--bundle-id", "org.cakebuild.appstoreconnect.rehearsal", "--version", "1.0", "--build", "12", "--output", file,
                 "--app-name", "CakeRehearsal", "--display-name", "Cake Rehearsal", "--uses-non-exempt-encryption", "false", "--padding-bytes", "4096"],
                output,
                error);

            // Then
            var info = AppArchiveReader.Read(file);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(exitCode, Is.Zero, error.ToString());
                Assert.That(output.ToString().Trim(), Is.EqualTo(Path.GetFullPath(file)));
                Assert.That((info.BundleId, info.ShortVersion, info.BuildVersion, info.DisplayName, info.UsesNonExemptEncryption), Is.EqualTo(("org.cakebuild.appstoreconnect.rehearsal", "1.0", "12", "Cake Rehearsal", (bool?)false)));
                Assert.That(info.FileSize, Is.GreaterThan(4096));
            }
        }

        [TestCase(new[] { "--version", "1.0", "--build", "1", "--output", "x.ipa" }, "--bundle-id is required")]
        [TestCase(new[] { "--bundle-id", "a.b", "--version", "1.0", "--build", "1", "--output", "x.ipa", "--padding-bytes", "lots" }, "--padding-bytes takes a whole number")]
        [TestCase(new[] { "--bundle-id", "a.b", "--version", "1.0", "--build", "1", "--output", "x.ipa", "--uses-non-exempt-encryption", "no" }, "--uses-non-exempt-encryption takes true or false")]
        [TestCase(new[] { "--bundle-id", "a.b", "--version", "1.0", "--build", "1", "--output", "x.ipa", "--colour", "red" }, "Unknown switch --colour")]
        [TestCase(new[] { "--bundle-id", "a.b", "--version", "1.0", "--build" }, "--build needs a value")]
        public void Should_Name_The_Switch_To_Fix_And_Write_Nothing(string[] args, string message)
        {
            // Given
            var workingArgs = args.Select(a => a == "x.ipa" ? _temp.File("x.ipa") : a).ToList();
            using var output = new StringWriter();
            using var error = new StringWriter();

            // When
            var exitCode = SampleIpaCommand.Run(workingArgs, output, error);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(exitCode, Is.EqualTo(2));
                Assert.That(error.ToString(), Does.StartWith(message));
                Assert.That(output.ToString(), Is.Empty);
                Assert.That(File.Exists(_temp.File("x.ipa")), Is.False);
            }
        }
    }
}
