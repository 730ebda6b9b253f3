using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Builds;

namespace Cake.AppStoreConnect.Emulator.Resources.BuildBetaDetails;

/// <summary>A build beta detail on the wire (schema <c>BuildBetaDetail</c>).</summary>
internal sealed class BuildBetaDetailDescriptor : ResourceDescriptor<BuildBetaDetailRecord>
{
    public const string TypeName = "buildBetaDetails";

    public BuildBetaDetailDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["autoNotifyEnabled", "internalBuildState", "externalBuildState"];

    public override IReadOnlyList<Relationship<BuildBetaDetailRecord>> Relationships { get; } =
    [
        Relationship<BuildBetaDetailRecord>.One("build", BuildDescriptor.TypeName, (d, _) => d.BuildId),
    ];

    protected override void WriteAttributes(BuildBetaDetailRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["autoNotifyEnabled"] = record.AutoNotifyEnabled;
        attributes["internalBuildState"] = record.InternalState(context);
        attributes["externalBuildState"] = record.ExternalState(context);
    }
}
