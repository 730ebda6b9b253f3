using Cake.AppStoreConnect.Builds.Archives;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class AppArchiveInfoTests
{
    public sealed class TheUtiProperty
    {
        [TestCase(AppArchiveKind.Ipa, "com.apple.ipa")]
        [TestCase(AppArchiveKind.Pkg, "com.apple.pkg")]
        public void Should_Match_The_Kind(AppArchiveKind kind, string expected)
        {
            // When
            var info = new AppArchiveInfo("/builds/App.x", kind, 10, "com.example.App", "1.0", "1", AppArchivePlatform.Ios);

            // Then
            Assert.That(info.Uti, Is.EqualTo(expected));
        }
    }

    public sealed class TheToStringMethod
    {
        [Test]
        public void Should_Read_Like_A_Log_Line()
        {
            // Given
            var info = new AppArchiveInfo("/builds/App.ipa", AppArchiveKind.Ipa, 10, "com.example.App", "1.4.0", "57", AppArchivePlatform.Ios);

            // When / Then
            Assert.That(info.ToString(), Is.EqualTo("com.example.App 1.4.0 (57) IOS, App.ipa"));
        }
    }

    public sealed class TheConstructor
    {
        [Test]
        public void Should_Reject_A_Missing_Bundle_Id()
        {
            // When / Then
            Assert.That(
                () => new AppArchiveInfo("/builds/App.ipa", AppArchiveKind.Ipa, 10, " ", "1.0", "1", AppArchivePlatform.Ios),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("bundleId"));
        }

        [Test]
        public void Should_Reject_A_Negative_Size()
        {
            // When / Then
            Assert.That(
                () => new AppArchiveInfo("/builds/App.ipa", AppArchiveKind.Ipa, -1, "com.example.App", "1.0", "1", AppArchivePlatform.Ios),
                Throws.TypeOf<ArgumentOutOfRangeException>());
        }
    }
}
