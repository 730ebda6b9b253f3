using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>Settings of <c>AscGetBuilds</c>, <c>AscExpireBuilds</c> and <c>AscGetLatestBuildNumber</c>: which builds.</summary>
public sealed class AscBuildQuerySettings : AscSettings, IAscVersionTarget
{
    /// <summary>Gets or sets the version (CFBundleShortVersionString) to match.</summary>
    public string? VersionString { get; set; }

    /// <summary>Gets or sets the version; the old name of <see cref="VersionString"/>.</summary>
    [Obsolete("Use VersionString: one name for the version a user types, as App Store Connect calls it.")]
    public string? ShortVersion { get => VersionString; set => VersionString = value; }

    /// <summary>Gets the build numbers (CFBundleVersion) to match.</summary>
    public ICollection<string> BuildNumbers { get; } = [];

    /// <summary>Gets the build ids to act on (<c>AscExpireBuilds</c>), instead of a filter.</summary>
    public ICollection<string> BuildIds { get; } = [];

    /// <summary>Gets or sets the platform to match.</summary>
    public string? Platform { get; set; }

    /// <summary>Gets the processing states to match (<c>PROCESSING</c>, <c>VALID</c>, …).</summary>
    public ICollection<string> ProcessingStates { get; } = [];

    /// <summary>Gets or sets whether to match expired builds (true), unexpired ones (false), or both (unset).</summary>
    public bool? Expired { get; set; }

    /// <summary>Gets or sets how many of the newest matching builds <c>AscExpireBuilds</c> keeps (default 0).</summary>
    public int KeepLatest { get; set; }

    /// <summary>Gets or sets what <c>AscGetLatestBuildNumber</c> returns when no build exists (fastlane's default, 1).</summary>
    public string InitialBuildNumber { get; set; } = "1";
}
