using Cake.AppStoreConnect.Builds.Archives;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class ApplePlatformNamesTests
{
    public sealed class TheMapMethod
    {
        [TestCase("iPhoneOS", "IOS")]
        [TestCase("iphoneos", "IOS")]
        [TestCase("AppleTVOS", "TV_OS")]
        [TestCase("appletvos", "TV_OS")]
        [TestCase("XROS", "VISION_OS")]
        [TestCase("xros", "VISION_OS")]
        public void Should_Map_Device_Platforms(string name, string expected)
        {
            // When
            var match = ApplePlatformNames.Map(name);

            // Then
            Assert.That(match.Platform, Is.EqualTo(expected));
        }

        [TestCase("iPhoneSimulator", "simulator builds cannot be uploaded")]
        [TestCase("appletvsimulator", "simulator builds cannot be uploaded")]
        [TestCase("XRSimulator", "simulator builds cannot be uploaded")]
        [TestCase("WatchOS", "inside their iOS container app")]
        [TestCase("MacOSX", "uploaded as a .pkg")]
        [TestCase("DriverKit", "'DriverKit' is not one App Store Connect accepts")]
        public void Should_Reject_What_Cannot_Be_Uploaded_As_An_Ipa(string name, string reason)
        {
            // When
            var match = ApplePlatformNames.Map(name);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(match.Platform, Is.Null);
                Assert.That(match.Reason, Does.Contain(reason));
            }
        }
    }
}
