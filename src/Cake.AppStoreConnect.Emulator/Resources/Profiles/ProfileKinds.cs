namespace Cake.AppStoreConnect.Emulator.Resources.Profiles;

/// <summary>
/// What each profile type takes: the certificate types (Codemagic <c>CertificateType.from_profile_type</c>,
/// research/next-wave.md section 5.2), the platform of its bundle id and devices, and whether it lists
/// devices (development and ad hoc must, store and in-house must not: codemagic-ci-cd/cli-tools PRs 78 and 377).
/// </summary>
internal sealed record ProfileKind(string Type, IReadOnlyList<string> CertificateTypes, string Platform, string PlistPlatform, bool ListsDevices, bool AllDevices, bool Development)
{
    private static readonly string[] Distribution = ["DISTRIBUTION", "IOS_DISTRIBUTION"];
    private static readonly string[] DeveloperId = ["DEVELOPER_ID_APPLICATION", "DEVELOPER_ID_APPLICATION_G2"];

    public static IReadOnlyDictionary<string, ProfileKind> All { get; } = new ProfileKind[]
    {
        new("IOS_APP_DEVELOPMENT", ["IOS_DEVELOPMENT", "DEVELOPMENT"], "IOS", "iOS", true, false, true),
        new("IOS_APP_STORE", Distribution, "IOS", "iOS", false, false, false),
        new("IOS_APP_ADHOC", Distribution, "IOS", "iOS", true, false, false),
        new("IOS_APP_INHOUSE", Distribution, "IOS", "iOS", false, true, false),
        new("TVOS_APP_DEVELOPMENT", ["IOS_DEVELOPMENT", "DEVELOPMENT"], "IOS", "tvOS", true, false, true),
        new("TVOS_APP_STORE", Distribution, "IOS", "tvOS", false, false, false),
        new("TVOS_APP_ADHOC", Distribution, "IOS", "tvOS", true, false, false),
        new("TVOS_APP_INHOUSE", Distribution, "IOS", "tvOS", false, true, false),
        new("MAC_APP_DEVELOPMENT", ["MAC_APP_DEVELOPMENT", "DEVELOPMENT"], "MAC_OS", "OSX", true, false, true),
        new("MAC_APP_STORE", ["DISTRIBUTION", "MAC_APP_DISTRIBUTION"], "MAC_OS", "OSX", false, false, false),
        new("MAC_APP_DIRECT", DeveloperId, "MAC_OS", "OSX", false, true, false),
        new("MAC_CATALYST_APP_DEVELOPMENT", ["DEVELOPMENT", "MAC_APP_DEVELOPMENT"], "IOS", "OSX", true, false, true),
        new("MAC_CATALYST_APP_STORE", ["DISTRIBUTION", "MAC_APP_DISTRIBUTION"], "IOS", "OSX", false, false, false),
        new("MAC_CATALYST_APP_DIRECT", DeveloperId, "IOS", "OSX", false, true, false),
    }.ToDictionary(k => k.Type, StringComparer.Ordinal);

    /// <summary>Gets the platform the profile's devices are registered for (Catalyst apps run on Macs).</summary>
    public string DevicePlatform => PlistPlatform == "OSX" ? "MAC_OS" : "IOS";
}
