using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Settings of <c>AscRemoveTesters</c>: who, and from which groups (none: from the app entirely).</summary>
public sealed class AscRemoveTestersSettings : AscSettings
{
    /// <summary>Gets the email addresses of the testers to remove.</summary>
    public ICollection<string> Emails { get; } = [];

    /// <summary>Gets the groups to remove them from; empty removes them from the app and all its groups.</summary>
    public ICollection<string> Groups { get; } = [];
}
