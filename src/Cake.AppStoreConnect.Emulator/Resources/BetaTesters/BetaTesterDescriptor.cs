using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.BetaGroups;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaTesters;

/// <summary>A tester on the wire (schema <c>BetaTester</c>).</summary>
internal sealed class BetaTesterDescriptor : ResourceDescriptor<BetaTesterRecord>
{
    public const string TypeName = "betaTesters";

    public BetaTesterDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["firstName", "lastName", "email", "inviteType", "state", "appDevices"];

    public override IReadOnlyList<Relationship<BetaTesterRecord>> Relationships { get; } =
    [
        Relationship<BetaTesterRecord>.Many("apps", AppDescriptor.TypeName, (t, _) => t.AppIds),
        Relationship<BetaTesterRecord>.Many("betaGroups", BetaGroupDescriptor.TypeName, GroupIds),
        Relationship<BetaTesterRecord>.Many("builds", "builds", (_, _) => []),
    ];

    public static IEnumerable<string> GroupIds(BetaTesterRecord tester, ResourceContext context) =>
        context.Table<BetaGroupRecord>().Where(g => g.TesterIds.Contains(tester.Id)).Select(g => g.Id);

    protected override void WriteAttributes(BetaTesterRecord record, JsonObject attributes, ResourceContext context)
    {
        if (record.FirstName is not null)
        {
            attributes["firstName"] = record.FirstName;
        }

        if (record.LastName is not null)
        {
            attributes["lastName"] = record.LastName;
        }

        attributes["email"] = record.Email;
        attributes["inviteType"] = record.InviteType;
        attributes["state"] = record.State;
        attributes["appDevices"] = new JsonArray();
    }
}
