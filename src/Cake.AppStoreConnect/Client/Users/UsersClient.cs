using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Users;

/// <summary>The <c>users</c> and <c>userInvitations</c> resources.</summary>
public sealed class UsersClient
{
    private readonly AscConnection _connection;

    internal UsersClient(AscConnection connection)
    {
        _connection = connection;
    }

    /// <summary>Lists every user with their visible apps, all pages.</summary>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The users.</returns>
    public async Task<IReadOnlyList<AscUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        var users = new List<AscUser>();
        await foreach (var user in _connection.GetAllAsync<UserAttributes>("/v1/users", new AscQuery().Include("visibleApps"), cancellationToken))
        {
            users.Add(AscUser.From(user));
        }

        return users;
    }

    /// <summary>Lists every pending invitation with its visible apps, all pages.</summary>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The invitations.</returns>
    public async Task<IReadOnlyList<AscUserInvitation>> ListInvitationsAsync(CancellationToken cancellationToken = default)
    {
        var invitations = new List<AscUserInvitation>();
        await foreach (var invitation in _connection.GetAllAsync<UserInvitationAttributes>("/v1/userInvitations", new AscQuery().Include("visibleApps"), cancellationToken))
        {
            invitations.Add(AscUserInvitation.From(invitation));
        }

        return invitations;
    }

    /// <summary>Invites a person; Apple emails them. Sent once: a 409 means they are already a user or invited.</summary>
    /// <param name="email">The email address.</param>
    /// <param name="firstName">The first name (required by Apple).</param>
    /// <param name="lastName">The last name (required by Apple).</param>
    /// <param name="access">The roles and apps.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The invitation.</returns>
    public async Task<AscUserInvitation> InviteAsync(string email, string firstName, string lastName, AscUserAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var body = JsonApiRequest.Create(
            "userInvitations",
            new { email, firstName, lastName, roles = access.Roles, allAppsVisible = access.VisibleAppIds.Count == 0, provisioningAllowed = access.ProvisioningAllowed },
            toMany: access.VisibleAppIds.Count == 0 ? null : new Dictionary<string, IReadOnlyList<ResourceIdentifier>> { ["visibleApps"] = [.. access.VisibleAppIds.Select(id => new ResourceIdentifier("apps", id))] });
        var document = await _connection.SendAsync<JsonApiResource<UserInvitationAttributes>>(HttpMethod.Post, "/v1/userInvitations", body, AscRequestKind.Create, cancellationToken);
        return AscUserInvitation.From(document.Data!);
    }

    /// <summary>Sets a user's roles, provisioning and visible apps in one request, so a failure cannot leave them half changed.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="access">The roles and apps.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The user as changed.</returns>
    public async Task<AscUser> UpdateAsync(string userId, AscUserAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var body = new
        {
            data = new
            {
                type = "users",
                id = userId,
                attributes = new { roles = access.Roles, allAppsVisible = access.VisibleAppIds.Count == 0, provisioningAllowed = access.ProvisioningAllowed },
                relationships = new { visibleApps = new { data = access.VisibleAppIds.Select(id => new ResourceIdentifier("apps", id)).ToList() } },
            },
        };
        var document = await _connection.SendAsync<JsonApiResource<UserAttributes>>(HttpMethod.Patch, $"/v1/users/{Uri.EscapeDataString(userId)}", body, AscRequestKind.Idempotent, cancellationToken);

        // Apple's PATCH takes no include, so the answer carries no linkages: the apps are the ones just set.
        return AscUser.From(document.Data!) with { VisibleAppIds = access.VisibleAppIds };
    }

    /// <summary>Removes a user from the team.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the user is removed.</returns>
    public Task RemoveAsync(string userId, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/users/{Uri.EscapeDataString(userId)}", null, AscRequestKind.Idempotent, cancellationToken);

    /// <summary>Cancels a pending invitation.</summary>
    /// <param name="invitationId">The invitation.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the invitation is gone.</returns>
    public Task CancelInvitationAsync(string invitationId, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/userInvitations/{Uri.EscapeDataString(invitationId)}", null, AscRequestKind.Idempotent, cancellationToken);
}
