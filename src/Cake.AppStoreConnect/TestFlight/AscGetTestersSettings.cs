using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.TestFlight;

/// <summary>Settings of <c>AscGetTesters</c> and <c>AscExportTesters</c>: which of an app's testers.</summary>
public sealed class AscGetTestersSettings : AscSettings
{
    /// <summary>Gets the group names whose testers to list; empty lists every tester of the app.</summary>
    public ICollection<string> Groups { get; } = [];

    /// <summary>Gets or sets the email address to match.</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets the first name to match.</summary>
    public string? FirstName { get; set; }

    /// <summary>Gets or sets the last name to match.</summary>
    public string? LastName { get; set; }

    /// <summary>Gets or sets the invite type to match: <c>EMAIL</c> or <c>PUBLIC_LINK</c>.</summary>
    public string? InviteType { get; set; }
}
