using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.Profiles;

namespace Cake.AppStoreConnect.Emulator.Resources.BundleIds;

/// <summary>A bundle id on the wire (schema <c>BundleId</c>).</summary>
internal sealed class BundleIdDescriptor : ResourceDescriptor<BundleIdRecord>
{
    public const string TypeName = "bundleIds";

    public BundleIdDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["name", "platform", "identifier", "seedId"];

    public override IReadOnlyList<Relationship<BundleIdRecord>> Relationships { get; } =
    [
        Relationship<BundleIdRecord>.Many("profiles", ProfileDescriptor.TypeName, (b, c) => c.Table<ProfileRecord>().Where(p => p.BundleIdId == b.Id).Select(p => p.Id)),
        Relationship<BundleIdRecord>.Many("bundleIdCapabilities", BundleIdCapabilityDescriptor.TypeName, (b, c) => c.Table<BundleIdCapabilityRecord>().Where(p => p.BundleIdId == b.Id).Select(p => p.Id)),
        Relationship<BundleIdRecord>.One("app", AppDescriptor.TypeName, (b, c) => c.Table<AppRecord>().Where(a => a.BundleId == b.Identifier).Select(a => a.Id).FirstOrDefault()),
    ];

    protected override void WriteAttributes(BundleIdRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["name"] = record.Name;
        attributes["platform"] = record.Platform;
        attributes["identifier"] = record.Identifier;
        attributes["seedId"] = record.SeedId;
    }
}

/// <summary>A capability on the wire (schema <c>BundleIdCapability</c>).</summary>
internal sealed class BundleIdCapabilityDescriptor : ResourceDescriptor<BundleIdCapabilityRecord>
{
    public const string TypeName = "bundleIdCapabilities";

    public BundleIdCapabilityDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["capabilityType", "settings"];

    public override IReadOnlyList<Relationship<BundleIdCapabilityRecord>> Relationships { get; } = [];

    protected override void WriteAttributes(BundleIdCapabilityRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["capabilityType"] = record.CapabilityType;
        attributes["settings"] = record.SettingsJson is null ? new JsonArray() : JsonNode.Parse(record.SettingsJson);
    }
}
