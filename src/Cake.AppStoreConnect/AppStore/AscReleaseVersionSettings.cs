using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.AppStore;

/// <summary>Settings of <c>AscReleaseVersion</c>: which version to release.</summary>
public sealed class AscReleaseVersionSettings : AscSettings, IAscVersionTarget
{
    /// <summary>Gets or sets the platform (default <c>IOS</c>).</summary>
    public string Platform { get; set; } = AscPlatform.Ios;

    /// <summary>Gets or sets the version string; unset: the platform's version waiting for developer release.</summary>
    public string? VersionString { get; set; }

    /// <inheritdoc/>
    string? IAscVersionTarget.Platform { get => Platform; set => Platform = value ?? AscPlatform.Ios; }
}
