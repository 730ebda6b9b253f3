using System.Text;
using Cake.AppStoreConnect.Builds.Archives;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class ArchiveSignatureTests
{
    public sealed class TheDetectMethod
    {
        [TestCase(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, AppArchiveKind.Ipa, TestName = "Should_Detect_A_Zip_Local_Header")]
        [TestCase(new byte[] { 0x50, 0x4B, 0x05, 0x06, 0x00 }, AppArchiveKind.Ipa, TestName = "Should_Detect_An_Empty_Zip")]
        [TestCase(new byte[] { 0x78, 0x61, 0x72, 0x21, 0x00 }, AppArchiveKind.Pkg, TestName = "Should_Detect_A_Xar_Archive")]
        [TestCase(new byte[] { 0x50, 0x4B }, null, TestName = "Should_Not_Detect_A_Truncated_Magic")]
        [TestCase(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, null, TestName = "Should_Not_Detect_Gzip")]
        public void Should_Detect_By_Magic(byte[] head, AppArchiveKind? expected)
        {
            // When / Then
            Assert.That(ArchiveSignature.Detect(head), Is.EqualTo(expected));
        }
    }

    public sealed class TheDescribeMethod
    {
        [Test]
        public void Should_Quote_A_Short_Text_File_Whole()
        {
            // When
            var description = ArchiveSignature.Describe("not-a-zip-file\n"u8, 15);

            // Then
            Assert.That(description, Is.EqualTo("is 15 bytes of text: 'not-a-zip-file'"));
        }

        [Test]
        public void Should_Name_A_Git_Lfs_Pointer()
        {
            // When
            var description = ArchiveSignature.Describe(Encoding.ASCII.GetBytes("version https://git-lfs.github.com/spec/v1\noid sha256:4d7a"), 131);

            // Then
            Assert.That(description, Does.StartWith("starts with the text 'version https://git-lfs").And.Contains("git lfs pull"));
        }

        [Test]
        public void Should_Name_An_Html_Page()
        {
            // When
            var description = ArchiveSignature.Describe("<!DOCTYPE html><html><head>"u8, 20_000);

            // Then
            Assert.That(description, Does.Contain("an HTML page"));
        }

        [Test]
        public void Should_Show_The_First_Bytes_Of_A_Binary_File()
        {
            // When
            var description = ArchiveSignature.Describe(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0 }, 9000);

            // Then
            Assert.That(description, Is.EqualTo("starts with the bytes 7F454C4602010100"));
        }
    }
}
