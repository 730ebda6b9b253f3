namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// Maps the platform names in an Info.plist (<c>CFBundleSupportedPlatforms</c> such as <c>iPhoneOS</c>,
/// <c>DTPlatformName</c> such as <c>iphoneos</c>) to App Store Connect's platform values.
/// </summary>
internal static class ApplePlatformNames
{
    /// <summary>
    /// The App Store Connect platform for an Info.plist platform name, or the reason it cannot be
    /// uploaded as an IPA.
    /// </summary>
    public static PlatformMatch Map(string platformName)
    {
        ArgumentNullException.ThrowIfNull(platformName);
        return platformName.Trim().ToUpperInvariant() switch
        {
            "IPHONEOS" => PlatformMatch.Found(AppArchivePlatform.Ios),
            "APPLETVOS" => PlatformMatch.Found(AppArchivePlatform.TvOS),
            "XROS" or "VISIONOS" => PlatformMatch.Found(AppArchivePlatform.VisionOS),
            "IPHONESIMULATOR" or "APPLETVSIMULATOR" or "XRSIMULATOR" or "VISIONSIMULATOR" or "WATCHSIMULATOR" =>
                PlatformMatch.Rejected($"it is a simulator build ({platformName}); simulator builds cannot be uploaded. Archive for a device (-destination 'generic/platform=iOS') and export it with xcodebuild -exportArchive"),
            "WATCHOS" =>
                PlatformMatch.Rejected("it is a watchOS app; watch apps are uploaded inside their iOS container app's IPA"),
            "MACOSX" or "MACOS" =>
                PlatformMatch.Rejected("it is a macOS app; macOS apps are uploaded as a .pkg (xcodebuild -exportArchive with method app-store-connect, or productbuild)"),
            _ => PlatformMatch.Rejected($"its platform '{platformName}' is not one App Store Connect accepts in an IPA (iphoneos, appletvos, xros)"),
        };
    }
}

/// <summary>The outcome of <see cref="ApplePlatformNames.Map"/>: a platform, or why there is none.</summary>
/// <param name="Platform">The App Store Connect platform, when accepted.</param>
/// <param name="Reason">Why the build cannot be uploaded, when rejected.</param>
internal sealed record PlatformMatch(string? Platform, string? Reason)
{
    public static PlatformMatch Found(string platform) => new(platform, null);

    public static PlatformMatch Rejected(string reason) => new(null, reason);
}
