using System.Text.Json;
using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Emulator.Access;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Users;

/// <summary>
/// <c>/v1/users</c> and <c>/v1/userInvitations</c>: people are invited, never created ("you cannot add them
/// directly", Apple's <c>users</c> page); an invitation becomes a user when accepted
/// (<c>POST /_emulator/userInvitations/{id}/accept</c>). An email already a user or invited is 409; names and roles
/// are required; nobody is given or loses <c>ACCOUNT_HOLDER</c>, and the Account Holder is never changed or removed.
/// </summary>
internal sealed partial class UsersModule : IResourceModule
{
    /// <summary>How long an invitation stays open (a guess: Apple does not document it).</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(30);

    private static readonly UserDescriptor Users = new();
    private static readonly UserInvitationDescriptor Invitations = new();

    private static readonly QueryRules<UserRecord> UserList = new QueryRules<UserRecord>(Users).Paged()
        .Filter("username", (u, _) => u.Username)
        .FilterAny("roles", (u, _) => u.Roles, UserRoles.All)
        .FilterAny("visibleApps", (u, _) => u.VisibleAppIds)
        .Sort("username", (u, _) => u.Username)
        .Sort("lastName", (u, _) => u.LastName)
        .Include("visibleApps");

    private static readonly QueryRules<UserRecord> UserInstance = new QueryRules<UserRecord>(Users).Include("visibleApps");

    private static readonly QueryRules<UserInvitationRecord> InvitationList = new QueryRules<UserInvitationRecord>(Invitations).Paged()
        .Filter("email", (i, _) => i.Email)
        .FilterAny("roles", (i, _) => i.Roles, UserRoles.All)
        .FilterAny("visibleApps", (i, _) => i.VisibleAppIds)
        .Sort("email", (i, _) => i.Email)
        .Sort("lastName", (i, _) => i.LastName)
        .Include("visibleApps");

    private static readonly QueryRules<UserInvitationRecord> InvitationInstance = new QueryRules<UserInvitationRecord>(Invitations).Include("visibleApps");

    public void Register(EmulatorContext context)
    {
        context.AddResource(Users);
        context.AddResource(Invitations);
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapGet("/v1/users", (HttpContext http) => Api.List(http, context, UserList, c => c.Table<UserRecord>().All));
        routes.MapGet("/v1/users/{id}", (HttpContext http, string id) => Api.Get(http, context, UserInstance, id));
        routes.MapPatch("/v1/users/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
        routes.MapDelete("/v1/users/{id}", (HttpContext http, string id) => Api.Write(http, context, c =>
        {
            var user = Changeable(c, id, bad: Errors.StateBadRequest);
            c.Table<UserRecord>().Remove(user.Id);
            return JsonApiResults.NoContent();
        }));
        routes.MapPost("/v1/users/{id}/relationships/visibleApps", (HttpContext http, string id) => ChangeVisibleAppsAsync(http, context, id, (user, apps) => user.VisibleAppIds = [.. user.VisibleAppIds.Union(apps)]));
        routes.MapPatch("/v1/users/{id}/relationships/visibleApps", (HttpContext http, string id) => ChangeVisibleAppsAsync(http, context, id, (user, apps) => user.VisibleAppIds = [.. apps]));
        routes.MapDelete("/v1/users/{id}/relationships/visibleApps", (HttpContext http, string id) => ChangeVisibleAppsAsync(http, context, id, (user, apps) => user.VisibleAppIds.RemoveAll(apps.Contains)));

        routes.MapGet("/v1/userInvitations", (HttpContext http) => Api.List(http, context, InvitationList, c => c.Table<UserInvitationRecord>().All));
        routes.MapPost("/v1/userInvitations", (Delegate)((HttpContext http) => InviteAsync(http, context)));
        routes.MapGet("/v1/userInvitations/{id}", (HttpContext http, string id) => Api.Get(http, context, InvitationInstance, id));
        routes.MapDelete("/v1/userInvitations/{id}", (HttpContext http, string id) => Api.Write(http, context, c =>
            c.Table<UserInvitationRecord>().Remove(id) ? JsonApiResults.NoContent() : throw Errors.NotFound(UserInvitationDescriptor.TypeName, id)));

        // Control: the invited person accepts (what Apple's email link does).
        routes.MapPost("/_emulator/userInvitations/{id}/accept", (HttpContext http, string id) => Api.Write(http, context, c => Accept(c, id)));
    }

    private static IResult Accept(ResourceContext context, string id)
    {
        var invitation = context.Table<UserInvitationRecord>().Find(id);
        if (invitation is null)
        {
            return Results.NotFound(new { error = $"No pending invitation '{id}'." });
        }

        var user = new UserRecord
        {
            Id = Ids.NewUuid(),
            Username = invitation.Email,
            FirstName = invitation.FirstName,
            LastName = invitation.LastName,
            Roles = [.. invitation.Roles],
            AllAppsVisible = invitation.AllAppsVisible,
            ProvisioningAllowed = invitation.ProvisioningAllowed,
            VisibleAppIds = [.. invitation.VisibleAppIds],
        };
        context.Table<UserInvitationRecord>().Remove(id);
        context.Table<UserRecord>().Add(user);
        return Results.Json(new { id = user.Id, username = user.Username }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> InviteAsync(HttpContext http, EmulatorContext context)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, InvitationInstance, null, ["email", "firstName", "lastName", "roles", "allAppsVisible", "provisioningAllowed"], ["visibleApps"]);
        var email = entity.RequiredString("email").Trim();
        if (!EmailPattern().IsMatch(email))
        {
            throw Errors.AttributeInvalid(EntityReader.Pointer("email"), $"'{email}' is not a valid email address.");
        }

        var firstName = entity.RequiredString("firstName");
        var lastName = entity.RequiredString("lastName");
        var roles = Roles(entity, required: true)!;
        var appIds = entity.OptionalRelationships("visibleApps", AppDescriptor.TypeName);
        var allApps = entity.OptionalBoolean("allAppsVisible") ?? appIds.Count == 0;
        var provisioning = entity.OptionalBoolean("provisioningAllowed") ?? false;
        return Api.Write(http, context, c =>
        {
            CheckApps(c, appIds, "/data/relationships/visibleApps");
            if (c.Table<UserRecord>().Where(u => SameEmail(u.Username, email)).Any() || c.Table<UserInvitationRecord>().Where(i => SameEmail(i.Email, email)).Any())
            {
                throw Errors.Duplicate(EntityReader.Pointer("email"), $"'{email}' is already a user of this team or has a pending invitation.");
            }

            var invitation = new UserInvitationRecord
            {
                Id = Ids.NewUuid(),
                Email = email,
                FirstName = firstName,
                LastName = lastName,
                ExpirationDate = c.Now + InvitationLifetime,
                Roles = [.. roles],
                AllAppsVisible = allApps,
                ProvisioningAllowed = provisioning,
                VisibleAppIds = [.. appIds],
            };
            c.Table<UserInvitationRecord>().Add(invitation);
            return JsonApiResults.Json(Documents.Single(Invitations, invitation, query, c, http.Request), StatusCodes.Status201Created);
        });
    }

    /// <summary><c>PATCH /v1/users/{id}</c>: roles, app access and visible apps change together or not at all.</summary>
    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, UserInstance, id, ["roles", "allAppsVisible", "provisioningAllowed"], ["visibleApps"]);
        var roles = Roles(entity, required: false);
        var allApps = entity.OptionalBoolean("allAppsVisible");
        var provisioning = entity.OptionalBoolean("provisioningAllowed");
        var appIds = entity.HasRelationship("visibleApps") ? entity.OptionalRelationships("visibleApps", AppDescriptor.TypeName) : null;
        return Api.Write(http, context, c =>
        {
            var user = Changeable(c, id, bad: detail => Errors.State(detail));
            if (appIds is not null)
            {
                CheckApps(c, appIds, "/data/relationships/visibleApps");
                user.VisibleAppIds = [.. appIds];
            }

            user.Roles = roles is null ? user.Roles : [.. roles];
            user.AllAppsVisible = allApps ?? user.AllAppsVisible;
            user.ProvisioningAllowed = provisioning ?? user.ProvisioningAllowed;
            return JsonApiResults.Json(Documents.Single(Users, user, query, c, http.Request));
        });
    }

    private static async Task<IResult> ChangeVisibleAppsAsync(HttpContext http, EmulatorContext context, string id, Action<UserRecord, IReadOnlyList<string>> change)
    {
        var appIds = await LinkagesReader.ReadAsync(http.Request, AppDescriptor.TypeName);
        return Api.Write(http, context, c =>
        {
            var user = Changeable(c, id, bad: detail => Errors.State(detail));
            CheckApps(c, appIds, "/data");
            change(user, appIds);
            return JsonApiResults.NoContent();
        });
    }

    /// <summary>Finds a user that may be changed: not the Account Holder (Apple's rule: only they can hand the role over, in the web UI).</summary>
    private static UserRecord Changeable(ResourceContext context, string id, Func<string, ApiException> bad)
    {
        var user = context.Table<UserRecord>().Find(id) ?? throw Errors.NotFound(UserDescriptor.TypeName, id);
        return user.IsAccountHolder
            ? throw bad($"User '{user.Username}' is the Account Holder, whose roles, access and membership cannot be changed through the API.")
            : user;
    }

    /// <summary>Reads <c>roles</c>: UserRole values, at least one, never ACCOUNT_HOLDER (no one is made Account Holder by API).</summary>
    private static List<string>? Roles(EntityReader entity, bool required)
    {
        var pointer = EntityReader.Pointer("roles");
        if (entity.OptionalArray("roles") is not { } array)
        {
            return required ? throw Errors.AttributeRequired(pointer) : null;
        }

        var roles = new List<string>();
        foreach (var node in array)
        {
            if (node?.GetValueKind() != JsonValueKind.String || !UserRoles.All.Contains(node.GetValue<string>()))
            {
                throw Errors.AttributeInvalid(pointer, $"'{node?.ToJsonString()}' is not a UserRole. Allowed values: {string.Join(", ", UserRoles.All)}.");
            }

            roles.Add(node.GetValue<string>());
        }

        if (roles.Count == 0)
        {
            throw Errors.AttributeInvalid(pointer, "A user needs at least one role.");
        }

        return roles.Contains(UserRoles.AccountHolder)
            ? throw Errors.Conflict(pointer, "The Account Holder role cannot be given through the API; the Account Holder transfers it in App Store Connect.")
            : roles.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void CheckApps(ResourceContext context, IReadOnlyList<string> appIds, string pointer)
    {
        for (var i = 0; i < appIds.Count; i++)
        {
            if (context.Table<AppRecord>().Find(appIds[i]) is null)
            {
                throw Errors.RelationshipInvalid($"{pointer}/data/{i}/id", $"There is no app with id '{appIds[i]}'.");
            }
        }
    }

    private static bool SameEmail(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
