using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>Settings of <c>AscGetDiagnostics</c>.</summary>
public sealed class AscDiagnosticsSettings : AscSettings
{
    /// <summary>Gets or sets how many signatures (the heaviest) have their logs read; 0 reads none.</summary>
    public int MaxLogs { get; set; } = 10;

    /// <summary>Gets or sets the platform of the build named by version and build number: <c>IOS</c>, <c>MAC_OS</c>, <c>TV_OS</c> or <c>VISION_OS</c>; needed when those numbers exist on two platforms.</summary>
    public string? Platform { get; set; }
}
