using System.Text;
using Cake.AppStoreConnect.Builds.Archives;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class DistributionDocumentTests
{
    public sealed class TheParseMethod
    {
        private static DistributionDocument Parse(string xml) => DistributionDocument.Parse(Encoding.UTF8.GetBytes(xml));

        [Test]
        public void Should_Pick_The_Bundle_Named_After_The_Product()
        {
            // Given: a helper bundle listed before the app.
            var xml = ArchiveTestFiles.Distribution(
                "<bundle CFBundleShortVersionString=\"9.9\" CFBundleVersion=\"99\" id=\"com.example.Helper\" path=\"Helper.app\"/>" +
                "<bundle CFBundleShortVersionString=\"3.1\" CFBundleVersion=\"310\" id=\"com.example.Mac\" path=\"Mac Example.app\"/>");

            // When
            var document = Parse(xml);

            // Then
            Assert.That(document, Is.EqualTo(new DistributionDocument("com.example.Mac", "3.1", "310", "Mac Example", "13.0")));
        }

        [Test]
        public void Should_Pick_The_Top_Level_App_When_No_Product_Is_Named()
        {
            // Given
            var xml = ArchiveTestFiles.Distribution(
                "<bundle CFBundleShortVersionString=\"1\" CFBundleVersion=\"1\" id=\"com.example.Login\" path=\"Mac.app/Contents/Library/LoginItems/Login.app\"/>" +
                "<bundle CFBundleShortVersionString=\"3.1\" CFBundleVersion=\"310\" id=\"com.example.Other\" path=\"Mac.app\"/>",
                product: string.Empty);

            // When
            var document = Parse(xml);

            // Then
            Assert.That(document.BundleId, Is.EqualTo("com.example.Other"));
        }

        [Test]
        public void Should_Fall_Back_To_The_Product_Without_Bundle_Versions()
        {
            // Given
            var xml = ArchiveTestFiles.Distribution(string.Empty);

            // When
            var document = Parse(xml);

            // Then
            Assert.That(document, Is.EqualTo(new DistributionDocument("com.example.Mac", "3.1", null, "Mac Example", "13.0")));
        }

        [Test]
        public void Should_Take_The_App_Name_From_Its_Path_Without_A_Title()
        {
            // Given
            var xml = """
                <installer-gui-script minSpecVersion="2">
                  <pkg-ref id="a"><bundle-version><bundle CFBundleShortVersionString="1" CFBundleVersion="2" id="a" path="Name From Path.app"/></bundle-version></pkg-ref>
                </installer-gui-script>
                """;

            // When
            var document = Parse(xml);

            // Then
            Assert.That(document, Is.EqualTo(new DistributionDocument("a", "1", "2", "Name From Path", null)));
        }
    }
}
