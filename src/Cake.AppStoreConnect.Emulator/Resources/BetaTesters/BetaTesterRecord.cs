using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaTesters;

/// <summary>A stored tester: one per email address in the account; group membership lives on the groups.</summary>
internal sealed class BetaTesterRecord : IAppOwned
{
    public static IReadOnlyList<string> InviteTypes { get; } = ["EMAIL", "PUBLIC_LINK"];

    public static IReadOnlyList<string> States { get; } = ["NOT_INVITED", "INVITED", "ACCEPTED", "INSTALLED", "REVOKED"];

    public required string Id { get; init; }

    public required string Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string InviteType { get; init; } = "EMAIL";

    public string State { get; set; } = "INVITED";

    /// <summary>Gets the apps the tester tests: those of their groups, kept when they leave a group, dropped by removal from the app.</summary>
    public List<string> AppIds { get; init; } = [];

    IEnumerable<string> IAppOwned.AppIds => AppIds;
}
