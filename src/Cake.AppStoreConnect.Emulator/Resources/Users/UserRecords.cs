using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Users;

/// <summary>A person on the team. <see cref="VisibleAppIds"/> counts only when <see cref="AllAppsVisible"/> is false.</summary>
internal sealed class UserRecord : IRecord
{
    public required string Id { get; init; }

    /// <summary>Gets the Apple Account (an email address), Apple's <c>username</c>.</summary>
    public required string Username { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public List<string> Roles { get; set; } = [];

    public bool AllAppsVisible { get; set; } = true;

    public bool ProvisioningAllowed { get; set; }

    public List<string> VisibleAppIds { get; set; } = [];

    public bool IsAccountHolder => Roles.Contains(Access.UserRoles.AccountHolder);
}

/// <summary>An invitation not yet accepted; accepting it (<c>POST /_emulator/userInvitations/{id}/accept</c>) makes the user.</summary>
internal sealed class UserInvitationRecord : IRecord
{
    public required string Id { get; init; }

    public required string Email { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required DateTimeOffset ExpirationDate { get; init; }

    public List<string> Roles { get; init; } = [];

    public bool AllAppsVisible { get; init; } = true;

    public bool ProvisioningAllowed { get; init; }

    public List<string> VisibleAppIds { get; init; } = [];
}
