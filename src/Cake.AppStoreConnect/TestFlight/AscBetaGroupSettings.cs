using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Settings of <c>AscCreateBetaGroup</c>: what kind of group.</summary>
public sealed class AscCreateBetaGroupSettings : AscSettings
{
    /// <summary>Gets or sets a value indicating whether the group is internal (App Store Connect users; no beta review).</summary>
    public bool IsInternal { get; set; }

    /// <summary>Gets or sets whether an internal group gets every build automatically.</summary>
    public bool? HasAccessToAllBuilds { get; set; }

    /// <summary>Gets or sets whether an external group's public link is on.</summary>
    public bool? PublicLinkEnabled { get; set; }

    /// <summary>Gets or sets the most testers who may join through the public link (1 to 10000).</summary>
    public int? PublicLinkLimit { get; set; }

    /// <summary>Gets or sets whether testers can send feedback.</summary>
    public bool? FeedbackEnabled { get; set; }
}

/// <summary>Settings of <c>AscGetBetaGroups</c>: which of an app's groups.</summary>
public sealed class AscGetBetaGroupsSettings : AscSettings
{
    /// <summary>Gets or sets internal (true) or external (false) groups only; unset lists both.</summary>
    public bool? IsInternal { get; set; }

    /// <summary>Gets or sets the exact name to match.</summary>
    public string? Name { get; set; }
}
