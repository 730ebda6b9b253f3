using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;

namespace Cake.AppStoreConnect.Emulator.Resources.Users;

/// <summary>A user on the wire (schema <c>User</c>).</summary>
internal sealed class UserDescriptor : ResourceDescriptor<UserRecord>
{
    public const string TypeName = "users";

    public UserDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["username", "firstName", "lastName", "roles", "allAppsVisible", "provisioningAllowed"];

    public override IReadOnlyList<Relationship<UserRecord>> Relationships { get; } =
    [
        Relationship<UserRecord>.Many("visibleApps", AppDescriptor.TypeName, (u, _) => u.VisibleAppIds),
    ];

    protected override void WriteAttributes(UserRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["username"] = record.Username;
        attributes["firstName"] = record.FirstName;
        attributes["lastName"] = record.LastName;
        attributes["roles"] = new JsonArray([.. record.Roles.Select(r => (JsonNode)r)]);
        attributes["allAppsVisible"] = record.AllAppsVisible;
        attributes["provisioningAllowed"] = record.ProvisioningAllowed;
    }
}

/// <summary>An invitation on the wire (schema <c>UserInvitation</c>).</summary>
internal sealed class UserInvitationDescriptor : ResourceDescriptor<UserInvitationRecord>
{
    public const string TypeName = "userInvitations";

    public UserInvitationDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["email", "firstName", "lastName", "expirationDate", "roles", "allAppsVisible", "provisioningAllowed"];

    public override IReadOnlyList<Relationship<UserInvitationRecord>> Relationships { get; } =
    [
        Relationship<UserInvitationRecord>.Many("visibleApps", AppDescriptor.TypeName, (i, _) => i.VisibleAppIds),
    ];

    protected override void WriteAttributes(UserInvitationRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["email"] = record.Email;
        attributes["firstName"] = record.FirstName;
        attributes["lastName"] = record.LastName;
        attributes["expirationDate"] = ApiDates.Format(record.ExpirationDate);
        attributes["roles"] = new JsonArray([.. record.Roles.Select(r => (JsonNode)r)]);
        attributes["allAppsVisible"] = record.AllAppsVisible;
        attributes["provisioningAllowed"] = record.ProvisioningAllowed;
    }
}
