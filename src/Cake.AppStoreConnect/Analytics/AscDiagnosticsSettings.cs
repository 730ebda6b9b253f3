using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Analytics;

/// <summary>Settings of <c>AscGetDiagnostics</c>.</summary>
public sealed class AscDiagnosticsSettings : AscSettings
{
    /// <summary>Gets or sets how many signatures (the heaviest) have their logs read; 0 reads none.</summary>
    public int MaxLogs { get; set; } = 10;
}
