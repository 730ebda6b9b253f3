using System.Text;
using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class XarArchiveTests
{
    public sealed class TheOpenMethod
    {
        [Test]
        public void Should_List_The_Fixture_Distribution()
        {
            // Given
            using var stream = File.OpenRead(SharedFixtures.App("MacAppOnly.pkg"));

            // When
            var file = XarArchive.Open(stream).FindTopLevelFile("Distribution");

            // Then
            Assert.That(file, Is.EqualTo(new XarFile("Distribution", 20, 449, 1141, "application/x-gzip")));
        }

        [Test]
        public void Should_Read_The_Fixture_Distribution()
        {
            // Given
            using var stream = File.OpenRead(SharedFixtures.App("MacAppOnly.pkg"));
            var xar = XarArchive.Open(stream);

            // When
            var content = Encoding.UTF8.GetString(xar.ReadFile(xar.FindTopLevelFile("Distribution")!, 1 << 20));

            // Then
            Assert.That(content, Does.Contain("<installer-gui-script").And.Length.EqualTo(1141));
        }

        [TestCase((ushort)28, (ushort)2, "version 2", TestName = "Should_Reject_Another_Version")]
        [TestCase((ushort)20, (ushort)1, "size 20", TestName = "Should_Reject_A_Short_Header")]
        public void Should_Reject_A_Header_It_Does_Not_Know(ushort headerSize, ushort version, string expected)
        {
            // Given
            using var stream = new MemoryStream([.. ArchiveTestFiles.XarHeader(10, 10, headerSize, version), .. new byte[20]]);

            // When / Then
            Assert.That(() => XarArchive.Open(stream), Throws.TypeOf<FormatException>().With.Message.Contains(expected));
        }

        [Test]
        public void Should_Reject_A_Table_Of_Contents_Larger_Than_The_File()
        {
            // Given
            using var stream = new MemoryStream([.. ArchiveTestFiles.XarHeader(1_000_000, 10), .. new byte[20]]);

            // When / Then
            Assert.That(() => XarArchive.Open(stream), Throws.TypeOf<FormatException>().With.Message.Contains("does not fit"));
        }

        [Test]
        public void Should_Reject_A_Table_Of_Contents_That_Is_Not_Zlib()
        {
            // Given
            using var stream = new MemoryStream([.. ArchiveTestFiles.XarHeader(20, 10), .. Enumerable.Repeat((byte)0x55, 20)]);

            // When / Then
            Assert.That(() => XarArchive.Open(stream), Throws.TypeOf<FormatException>().With.Message.Contains("table of contents cannot be decompressed"));
        }

        [Test]
        public void Should_Reject_A_Missing_Magic()
        {
            // Given
            using var stream = new MemoryStream(new byte[40]);

            // When / Then
            Assert.That(() => XarArchive.Open(stream), Throws.TypeOf<FormatException>().With.Message.Contains("xar magic"));
        }
    }
}
