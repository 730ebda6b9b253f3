using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Access;
using Cake.AppStoreConnect.Client.Users;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Users;

/// <summary>
/// Invites, changes and removes people, each change planned first: a dry run's plan is the real run's changes,
/// a second run changes nothing, and the Account Holder is never touched.
/// </summary>
public sealed class UserService
{
    private readonly AppStoreConnectClient _client;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client.</param>
    public UserService(AppStoreConnectClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>Invites a person, unless they are already a user or invited.</summary>
    /// <param name="person">Who, with roles and apps.</param>
    /// <param name="settings">Provisioning, individual keys, dry run.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What changed.</returns>
    public async Task<AscChangeResult<AscRosterEntry>> InviteAsync(AscRosterEntry person, AscUserAccessSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(settings);
        if (!EmailAddress.IsValid(person.Email))
        {
            throw new ArgumentException($"'{person.Email}' is not an email address: fix the email argument.", nameof(person));
        }

        var access = await AccessAsync(person.Roles, person.Apps, settings.IndividualKeysAllowed, settings.ProvisioningAllowed, cancellationToken);
        var plan = ChangePlan.For(_client.Connection, settings);
        var (users, invitations) = await ReadTeamAsync(cancellationToken);
        if (Find(users, person.Email) is { } user)
        {
            plan.InPlace($"{user.Email} is already a user ({string.Join(", ", user.Roles)}); use AscUpdateUser to change their roles or apps");
        }
        else if (FindInvitation(invitations, person.Email) is { } pending)
        {
            plan.InPlace($"{pending.Email} is already invited");
        }
        else
        {
            await plan.ChangeAsync($"invite {person.Email} as {string.Join(", ", access.Roles)}{AppsText(person.Apps)}", () => _client.Users.InviteAsync(person.Email, person.FirstName, person.LastName, access, cancellationToken));
        }

        plan.Finish($"inviting {person.Email}");
        return plan.Result(person);
    }

    /// <summary>Sets a user's roles and apps in one request, unless they are already so.</summary>
    /// <param name="email">The user's email address.</param>
    /// <param name="roles">The roles they should have.</param>
    /// <param name="settings">Apps, provisioning, individual keys, dry run.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What changed.</returns>
    public async Task<AscChangeResult<AscUser>> UpdateAsync(string email, IEnumerable<string> roles, AscUserAccessSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var access = await AccessAsync(AscUserRoles.Check(roles, "roles"), [.. settings.VisibleApps], settings.IndividualKeysAllowed, settings.ProvisioningAllowed, cancellationToken);
        var plan = ChangePlan.For(_client.Connection, settings);
        var user = Find(await _client.Users.ListAsync(cancellationToken), email)
            ?? throw new ArgumentException($"{email} is not a user of this team (an invitation cannot be changed: cancel it with AscCancelInvitation and invite again).", nameof(email));
        RefuseAccountHolder(user);
        var updated = await UpdateIfDifferentAsync(plan, user, access, cancellationToken);
        plan.Finish($"updating {email}");
        return plan.Result(updated);
    }

    /// <summary>Removes a user from the team, if they are in it.</summary>
    /// <param name="email">The user's email address.</param>
    /// <param name="settings">Dry run.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What changed.</returns>
    public async Task<AscChangeResult<string>> RemoveAsync(string email, AscSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var plan = ChangePlan.For(_client.Connection, settings);
        if (Find(await _client.Users.ListAsync(cancellationToken), email) is { } user)
        {
            RefuseAccountHolder(user);
            await plan.ChangeAsync($"remove {user.Email} from the team", () => _client.Users.RemoveAsync(user.Id, cancellationToken));
        }
        else
        {
            plan.InPlace($"{email} is not a user of this team");
        }

        plan.Finish($"removing {email}");
        return plan.Result(email);
    }

    /// <summary>Cancels a pending invitation, if there is one.</summary>
    /// <param name="email">Who was invited.</param>
    /// <param name="settings">Dry run.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What changed.</returns>
    public async Task<AscChangeResult<string>> CancelInvitationAsync(string email, AscSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var plan = ChangePlan.For(_client.Connection, settings);
        if (FindInvitation(await _client.Users.ListInvitationsAsync(cancellationToken), email) is { } invitation)
        {
            await plan.ChangeAsync($"cancel the invitation of {invitation.Email}", () => _client.Users.CancelInvitationAsync(invitation.Id, cancellationToken));
        }
        else
        {
            plan.InPlace($"{email} has no pending invitation");
        }

        plan.Finish($"canceling the invitation of {email}");
        return plan.Result(email);
    }

    /// <summary>
    /// Makes the team match a roster: invites who is missing, updates who differs, and with
    /// <see cref="AscSyncUsersSettings.RemoveUnlisted"/> removes who is not listed. A pending invitation counts as
    /// present; the Account Holder is never changed or removed. Every app is resolved before the first change.
    /// </summary>
    /// <param name="roster">The people who should be on the team.</param>
    /// <param name="settings">Removal, dry run.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What changed (in a dry run: the plan).</returns>
    public async Task<AscChangeResult<IReadOnlyList<AscRosterEntry>>> SyncAsync(IReadOnlyList<AscRosterEntry> roster, AscSyncUsersSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(settings);
        var apps = new AppIds(_client);
        var wanted = new List<(AscRosterEntry Person, AscUserAccess Access)>();
        foreach (var person in roster)
        {
            wanted.Add((person, new AscUserAccess { Roles = person.Roles, VisibleAppIds = await apps.ResolveAsync(person.Apps, cancellationToken) }));
        }

        var plan = ChangePlan.For(_client.Connection, settings);
        var (users, invitations) = await ReadTeamAsync(cancellationToken);
        foreach (var (person, access) in wanted)
        {
            if (Find(users, person.Email) is { } user)
            {
                if (user.IsAccountHolder)
                {
                    plan.InPlace($"{user.Email} is the Account Holder, never changed");
                    continue;
                }

                await UpdateIfDifferentAsync(plan, user, access with { ProvisioningAllowed = user.ProvisioningAllowed }, cancellationToken);
            }
            else if (FindInvitation(invitations, person.Email) is { } pending)
            {
                plan.InPlace($"{pending.Email} is invited (pending)");
            }
            else
            {
                await plan.ChangeAsync($"invite {person.Email} as {string.Join(", ", access.Roles)}{AppsText(person.Apps)}", () => _client.Users.InviteAsync(person.Email, person.FirstName, person.LastName, access, cancellationToken));
            }
        }

        var listed = new HashSet<string>(roster.Select(p => p.Email), StringComparer.OrdinalIgnoreCase);
        foreach (var user in users.Where(u => !listed.Contains(u.Email) && !u.IsAccountHolder))
        {
            await RemoveUnlistedAsync(plan, settings, $"remove {user.Email} (not in the roster)", () => _client.Users.RemoveAsync(user.Id, cancellationToken));
        }

        foreach (var invitation in invitations.Where(i => !listed.Contains(i.Email)))
        {
            await RemoveUnlistedAsync(plan, settings, $"cancel the invitation of {invitation.Email} (not in the roster)", () => _client.Users.CancelInvitationAsync(invitation.Id, cancellationToken));
        }

        plan.Finish($"the team's {roster.Count} listed people");
        return plan.Result(roster);
    }

    private static async Task RemoveUnlistedAsync(ChangePlan plan, AscSyncUsersSettings settings, string what, Func<Task> remove)
    {
        if (settings.RemoveUnlisted)
        {
            await plan.ChangeAsync(what, remove);
        }
        else
        {
            plan.NotApplied(what, "RemoveUnlisted is off");
        }
    }

    private async Task<AscUser> UpdateIfDifferentAsync(ChangePlan plan, AscUser user, AscUserAccess access, CancellationToken cancellationToken)
    {
        var sameRoles = user.Roles.ToHashSet(StringComparer.Ordinal).SetEquals(access.Roles);
        var sameApps = access.VisibleAppIds.Count == 0 ? user.AllAppsVisible : !user.AllAppsVisible && user.VisibleAppIds.ToHashSet(StringComparer.Ordinal).SetEquals(access.VisibleAppIds);
        if (sameRoles && sameApps && user.ProvisioningAllowed == access.ProvisioningAllowed)
        {
            plan.InPlace($"{user.Email} has the roles and apps asked for");
            return user;
        }

        var updated = user;
        await plan.ChangeAsync(
            $"change {user.Email} from {string.Join(", ", user.Roles)}{(user.AllAppsVisible ? " (all apps)" : $" ({user.VisibleAppIds.Count} app(s))")} to {string.Join(", ", access.Roles)}{(access.VisibleAppIds.Count == 0 ? " (all apps)" : $" ({access.VisibleAppIds.Count} app(s))")}",
            async () => updated = await _client.Users.UpdateAsync(user.Id, access, cancellationToken));
        return updated;
    }

    private async Task<AscUserAccess> AccessAsync(IReadOnlyList<string> roles, IReadOnlyList<string> apps, bool individualKeys, bool provisioning, CancellationToken cancellationToken)
    {
        var checkedRoles = AscUserRoles.Check(individualKeys ? [.. roles, AscUserRoles.GenerateIndividualKeys] : roles, "roles");
        return new AscUserAccess { Roles = checkedRoles, VisibleAppIds = await new AppIds(_client).ResolveAsync(apps, cancellationToken), ProvisioningAllowed = provisioning };
    }

    private async Task<(IReadOnlyList<AscUser> Users, IReadOnlyList<AscUserInvitation> Invitations)> ReadTeamAsync(CancellationToken cancellationToken) =>
        (await _client.Users.ListAsync(cancellationToken), await _client.Users.ListInvitationsAsync(cancellationToken));

    private static AscUser? Find(IEnumerable<AscUser> users, string email) =>
        users.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));

    private static AscUserInvitation? FindInvitation(IEnumerable<AscUserInvitation> invitations, string email) =>
        invitations.FirstOrDefault(i => string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase));

    private static void RefuseAccountHolder(AscUser user)
    {
        if (user.IsAccountHolder)
        {
            throw new ArgumentException($"{user.Email} is the Account Holder, whom the add-in never changes or removes (only they can transfer the role, in App Store Connect).");
        }
    }

    private static string AppsText(IReadOnlyList<string> apps) => apps.Count == 0 ? " (all apps)" : $" seeing {string.Join(", ", apps)}";

    /// <summary>Bundle ids (or Apple ids) to Apple ids, each looked up once.</summary>
    private sealed class AppIds(AppStoreConnectClient client)
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        public async Task<IReadOnlyList<string>> ResolveAsync(IReadOnlyList<string> apps, CancellationToken cancellationToken)
        {
            var ids = new List<string>();
            foreach (var app in apps)
            {
                if (!_ids.TryGetValue(app, out var id))
                {
                    id = (await AppResolver.ResolveAsync(client, app, cancellationToken)).Id;
                    _ids[app] = id;
                }

                ids.Add(id);
            }

            return ids;
        }
    }
}
