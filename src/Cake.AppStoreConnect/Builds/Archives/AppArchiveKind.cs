namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>The kind of app archive, decided by its content rather than its file name.</summary>
public enum AppArchiveKind
{
    /// <summary>An iOS, tvOS or visionOS app: a zip file with the app bundle under <c>Payload/</c>.</summary>
    Ipa,

    /// <summary>A macOS installer package: a xar archive made by <c>productbuild</c> or <c>xcodebuild -exportArchive</c>.</summary>
    Pkg,
}
