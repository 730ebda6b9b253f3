namespace Cake.AppStoreConnect.Signing;

/// <summary>
/// What a profile type needs (Codemagic <c>CertificateType.from_profile_type</c>; research/next-wave.md 5.2):
/// the certificate type to create, the types it accepts, and whether it lists the team's devices.
/// </summary>
internal sealed record ProfileKind(AscProfileType Type, string CreateCertificateType, IReadOnlyList<string> CertificateTypes, string DevicePlatform, bool ListsDevices, bool IsMac)
{
    public string AppleValue => Type.ToAppleValue();

    /// <summary>Gets the profile file's extension: macOS reads <c>.provisionprofile</c>, the others <c>.mobileprovision</c>.</summary>
    public string Extension => IsMac ? ".provisionprofile" : ".mobileprovision";

    public static ProfileKind Of(AscProfileType type) => type switch
    {
        AscProfileType.IosAppDevelopment or AscProfileType.TvosAppDevelopment => new(type, "DEVELOPMENT", ["DEVELOPMENT", "IOS_DEVELOPMENT"], "IOS", true, false),
        AscProfileType.IosAppAdhoc or AscProfileType.TvosAppAdhoc => new(type, "DISTRIBUTION", ["DISTRIBUTION", "IOS_DISTRIBUTION"], "IOS", true, false),
        AscProfileType.IosAppStore or AscProfileType.TvosAppStore or AscProfileType.IosAppInhouse or AscProfileType.TvosAppInhouse
            => new(type, "DISTRIBUTION", ["DISTRIBUTION", "IOS_DISTRIBUTION"], "IOS", false, false),
        AscProfileType.MacAppDevelopment => new(type, "DEVELOPMENT", ["DEVELOPMENT", "MAC_APP_DEVELOPMENT"], "MAC_OS", true, true),
        AscProfileType.MacCatalystAppDevelopment => new(type, "DEVELOPMENT", ["DEVELOPMENT", "MAC_APP_DEVELOPMENT"], "MAC_OS", true, true),
        AscProfileType.MacAppStore or AscProfileType.MacCatalystAppStore => new(type, "DISTRIBUTION", ["DISTRIBUTION", "MAC_APP_DISTRIBUTION"], "MAC_OS", false, true),
        _ => new(type, "DEVELOPER_ID_APPLICATION", ["DEVELOPER_ID_APPLICATION", "DEVELOPER_ID_APPLICATION_G2"], "MAC_OS", false, true),
    };
}
