namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// What an app archive (.ipa or .pkg) says about the build inside it: everything a build upload needs
/// before the first request to App Store Connect.
/// </summary>
public sealed record AppArchiveInfo
{
    /// <summary>Creates the description of an app archive.</summary>
    /// <param name="filePath">The full path of the archive file.</param>
    /// <param name="kind">Whether the archive is an IPA or a PKG.</param>
    /// <param name="fileSize">The size of the archive file, in bytes.</param>
    /// <param name="bundleId">The app's bundle identifier (<c>CFBundleIdentifier</c>).</param>
    /// <param name="shortVersion">The app's version (<c>CFBundleShortVersionString</c>).</param>
    /// <param name="buildVersion">The build number (<c>CFBundleVersion</c>).</param>
    /// <param name="platform">The App Store Connect platform; see <see cref="AppArchivePlatform"/>.</param>
    /// <param name="displayName">The app's name, when the archive states one.</param>
    /// <param name="minimumOsVersion">The lowest OS version the app runs on, when stated.</param>
    /// <param name="usesNonExemptEncryption">The app's <c>ITSAppUsesNonExemptEncryption</c>, when stated.</param>
    public AppArchiveInfo(
        string filePath,
        AppArchiveKind kind,
        long fileSize,
        string bundleId,
        string shortVersion,
        string buildVersion,
        string platform,
        string? displayName = null,
        string? minimumOsVersion = null,
        bool? usesNonExemptEncryption = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(bundleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(shortVersion);
        ArgumentException.ThrowIfNullOrWhiteSpace(buildVersion);
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentOutOfRangeException.ThrowIfNegative(fileSize);

        FilePath = filePath;
        Kind = kind;
        FileSize = fileSize;
        BundleId = bundleId;
        ShortVersion = shortVersion;
        BuildVersion = buildVersion;
        Platform = platform;
        DisplayName = displayName;
        MinimumOsVersion = minimumOsVersion;
        UsesNonExemptEncryption = usesNonExemptEncryption;
    }

    /// <summary>Gets the full path of the archive file.</summary>
    public string FilePath { get; }

    /// <summary>Gets whether the archive is an IPA or a PKG.</summary>
    public AppArchiveKind Kind { get; }

    /// <summary>Gets the size of the archive file, in bytes.</summary>
    public long FileSize { get; }

    /// <summary>Gets the app's bundle identifier (<c>CFBundleIdentifier</c>), e.g. <c>com.example.App</c>.</summary>
    public string BundleId { get; }

    /// <summary>Gets the app's version (<c>CFBundleShortVersionString</c>), e.g. <c>1.4.0</c>.</summary>
    public string ShortVersion { get; }

    /// <summary>Gets the build number (<c>CFBundleVersion</c>), e.g. <c>57</c>.</summary>
    public string BuildVersion { get; }

    /// <summary>
    /// Gets the App Store Connect platform: <c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>
    /// (see <see cref="AppArchivePlatform"/>).
    /// </summary>
    public string Platform { get; }

    /// <summary>Gets the uniform type identifier App Store Connect expects for the file: <c>com.apple.ipa</c> or <c>com.apple.pkg</c>.</summary>
    public string Uti => Kind == AppArchiveKind.Pkg ? "com.apple.pkg" : "com.apple.ipa";

    /// <summary>
    /// Gets the app's name: <c>CFBundleDisplayName</c>, else <c>CFBundleName</c> for an IPA; the installer
    /// title for a PKG. <see langword="null"/> when the archive states none.
    /// </summary>
    public string? DisplayName { get; }

    /// <summary>Gets the lowest OS version the app runs on (<c>MinimumOSVersion</c>), or <see langword="null"/>.</summary>
    public string? MinimumOsVersion { get; }

    /// <summary>
    /// Gets the app's <c>ITSAppUsesNonExemptEncryption</c> value, or <see langword="null"/> when the
    /// Info.plist does not state it (App Store Connect then asks for export compliance per build).
    /// </summary>
    public bool? UsesNonExemptEncryption { get; }

    /// <summary>Gets the archive's file name, as it will be reported to App Store Connect.</summary>
    public string FileName => Path.GetFileName(FilePath);

    /// <inheritdoc/>
    public override string ToString() => $"{BundleId} {ShortVersion} ({BuildVersion}) {Platform}, {FileName}";
}
