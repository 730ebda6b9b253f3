namespace Cake.AppStoreConnect.Signing.Match;

/// <summary>
/// Where match keeps what (fastlane <c>match/lib/match</c>: <c>module.rb</c> <c>cert_type_sym</c>, <c>generator.rb</c>
/// <c>profile_type_name</c>, <c>runner.rb</c> <c>fetch_certificate</c>/<c>fetch_provisioning_profile</c>):
/// <c>certs/&lt;certificate folder&gt;/&lt;certificate id&gt;.cer</c> and <c>.p12</c> beside it;
/// <c>profiles/&lt;type&gt;/&lt;Name&gt;_&lt;bundle id&gt;[_tvos|_catalyst].mobileprovision</c> (<c>.provisionprofile</c>
/// for macOS and Catalyst); <c>match_version.txt</c> at the top, unencrypted.
/// </summary>
internal sealed class MatchLayout
{
    public const string VersionFile = "match_version.txt";

    /// <summary>match's types with a profile, and the certificate folder and profile name of each.</summary>
    private static readonly Dictionary<string, (string CertificateFolder, string ProfileName)> Types = new(StringComparer.Ordinal)
    {
        ["appstore"] = ("distribution", "AppStore"),
        ["adhoc"] = ("distribution", "AdHoc"),
        ["development"] = ("development", "Development"),
        ["enterprise"] = ("enterprise", "InHouse"),
        ["developer_id"] = ("developer_id_application", "Direct"),
    };

    private static readonly string[] Platforms = ["ios", "macos", "tvos", "catalyst"];

    private MatchLayout(string type, string platform)
    {
        Type = type;
        Platform = platform;
        (CertificateFolder, ProfileName) = Types[type];
    }

    public string Type { get; }

    public string Platform { get; }

    /// <summary>Gets the folder under <c>certs/</c>: adhoc and appstore share <c>distribution</c>.</summary>
    public string CertificateFolder { get; }

    public string ProfileName { get; }

    public string ProfileExtension => Platform is "macos" or "catalyst" ? ".provisionprofile" : ".mobileprovision";

    /// <summary>Checks match's type and platform names (as match's options take them, any case).</summary>
    /// <exception cref="ArgumentException">Not a type or platform match knows; the message lists them.</exception>
    public static MatchLayout For(string type, string? platform)
    {
        var normalType = (type ?? string.Empty).Trim().ToLowerInvariant();
        if (!Types.ContainsKey(normalType))
        {
            throw new ArgumentException($"'{type}' is not a match type with a profile; use one of {string.Join(", ", Types.Keys)} (match's 'type' option).", nameof(type));
        }

        // Apple's names (IOS, MAC_OS, TV_OS) read as match's (ios, macos, tvos).
        var normalPlatform = string.IsNullOrWhiteSpace(platform) ? "ios" : platform.Trim().Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (!Platforms.Contains(normalPlatform))
        {
            throw new ArgumentException($"Platform '{platform}' is not one match knows; use one of {string.Join(", ", Platforms)} (match's 'platform' option).", nameof(platform));
        }

        return new MatchLayout(normalType, normalPlatform);
    }

    public string CertificateDirectory(string root) => Path.Combine(root, "certs", CertificateFolder);

    public string CertificatePath(string root, string certificateId) => Path.Combine(CertificateDirectory(root), certificateId + ".cer");

    /// <summary>match keeps the private key beside the certificate, named like it, with the extension .p12.</summary>
    public string KeyPath(string root, string certificateId) => Path.Combine(CertificateDirectory(root), certificateId + ".p12");

    /// <summary>The profile's file: match adds the platform for tvOS and Catalyst only (iOS and macOS stay unsuffixed for backwards compatibility).</summary>
    public string ProfilePath(string root, string bundleId) =>
        Path.Combine(root, "profiles", Type, $"{ProfileName}_{bundleId}{(Platform is "tvos" or "catalyst" ? "_" + Platform : string.Empty)}{ProfileExtension}");
}
