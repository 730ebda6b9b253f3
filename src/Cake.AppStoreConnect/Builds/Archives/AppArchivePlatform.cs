namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// The platform values App Store Connect uses (its <c>Platform</c> enumeration), as found in
/// <see cref="AppArchiveInfo.Platform"/>.
/// </summary>
public static class AppArchivePlatform
{
    /// <summary>iOS and iPadOS: <c>IOS</c>.</summary>
    public const string Ios = "IOS";

    /// <summary>macOS: <c>MAC_OS</c>.</summary>
    public const string MacOS = "MAC_OS";

    /// <summary>tvOS: <c>TV_OS</c>.</summary>
    public const string TvOS = "TV_OS";

    /// <summary>visionOS: <c>VISION_OS</c>.</summary>
    public const string VisionOS = "VISION_OS";
}
