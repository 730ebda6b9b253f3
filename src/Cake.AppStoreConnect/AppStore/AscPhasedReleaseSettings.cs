using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Settings of the phased release aliases (<c>AscEnablePhasedRelease</c>, <c>AscPausePhasedRelease</c>, <c>AscResumePhasedRelease</c>, <c>AscCompletePhasedRelease</c>): which version.</summary>
public sealed class AscPhasedReleaseSettings : AscSettings, IAscVersionTarget
{
    /// <summary>Gets or sets the platform (default <c>IOS</c>).</summary>
    public string Platform { get; set; } = AscPlatform.Ios;

    /// <summary>Gets or sets the version string; unset: the editable version when enabling, else the newest released or approved version.</summary>
    public string? VersionString { get; set; }

    /// <inheritdoc/>
    string? IAscVersionTarget.Platform { get => Platform; set => Platform = value ?? AscPlatform.Ios; }
}
