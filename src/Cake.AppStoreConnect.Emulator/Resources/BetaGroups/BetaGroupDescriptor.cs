using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.Builds;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaGroups;

/// <summary>A beta group on the wire (schema <c>BetaGroup</c>).</summary>
internal sealed class BetaGroupDescriptor : ResourceDescriptor<BetaGroupRecord>
{
    public const string TypeName = "betaGroups";

    public BetaGroupDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } =
        ["name", "createdDate", "isInternalGroup", "hasAccessToAllBuilds", "publicLinkEnabled", "publicLinkId", "publicLinkLimitEnabled", "publicLinkLimit", "publicLink", "feedbackEnabled"];

    public override IReadOnlyList<Relationship<BetaGroupRecord>> Relationships { get; } =
    [
        Relationship<BetaGroupRecord>.One("app", AppDescriptor.TypeName, (g, _) => g.AppId),
        Relationship<BetaGroupRecord>.Many("builds", BuildDescriptor.TypeName, (g, _) => g.BuildIds),
        Relationship<BetaGroupRecord>.Many("betaTesters", "betaTesters", (g, _) => g.TesterIds),
    ];

    protected override void WriteAttributes(BetaGroupRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["name"] = record.Name;
        attributes["createdDate"] = ApiDates.Format(record.CreatedDate);
        attributes["isInternalGroup"] = record.IsInternal;
        if (record.HasAccessToAllBuilds is { } all)
        {
            attributes["hasAccessToAllBuilds"] = all;
        }

        attributes["publicLinkEnabled"] = record.PublicLinkEnabled;
        if (record.PublicLinkId is not null && record.PublicLinkEnabled)
        {
            attributes["publicLinkId"] = record.PublicLinkId;
            attributes["publicLink"] = record.PublicLink;
        }

        attributes["publicLinkLimitEnabled"] = record.PublicLinkLimitEnabled;
        if (record.PublicLinkLimit is { } limit)
        {
            attributes["publicLinkLimit"] = limit;
        }

        attributes["feedbackEnabled"] = record.FeedbackEnabled;
    }
}
