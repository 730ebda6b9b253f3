using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.Builds;

namespace Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;

/// <summary>A pre-release version on the wire (schema <c>PrereleaseVersion</c>).</summary>
internal sealed class PreReleaseVersionDescriptor : ResourceDescriptor<PreReleaseVersionRecord>
{
    public const string TypeName = "preReleaseVersions";

    public PreReleaseVersionDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["version", "platform"];

    public override IReadOnlyList<Relationship<PreReleaseVersionRecord>> Relationships { get; } =
    [
        Relationship<PreReleaseVersionRecord>.Many("builds", BuildDescriptor.TypeName, (v, c) => c.Table<BuildRecord>().Where(b => b.PreReleaseVersionId == v.Id).Select(b => b.Id)),
        Relationship<PreReleaseVersionRecord>.One("app", AppDescriptor.TypeName, (v, _) => v.AppId),
    ];

    protected override void WriteAttributes(PreReleaseVersionRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["version"] = record.Version;
        attributes["platform"] = record.Platform;
    }
}
