using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.DiagnosticSignatures;

/// <summary>A diagnostic signature on the wire (schema <c>DiagnosticSignature</c>).</summary>
internal sealed class DiagnosticSignatureDescriptor : ResourceDescriptor<DiagnosticSignatureRecord>
{
    public const string TypeName = "diagnosticSignatures";

    public DiagnosticSignatureDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["diagnosticType", "signature", "weight", "insight"];

    public override IReadOnlyList<Relationship<DiagnosticSignatureRecord>> Relationships { get; } = [];

    protected override void WriteAttributes(DiagnosticSignatureRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["diagnosticType"] = record.DiagnosticType;
        attributes["signature"] = record.Signature;
        attributes["weight"] = record.Weight;
        var regressed = PerformanceData.Regression(context.Emulator, record.BuildId, PerformanceData.MetricTypeOf(record.DiagnosticType)) > 0;
        attributes["insight"] = new JsonObject
        {
            ["insightType"] = "TREND",
            ["direction"] = regressed ? "UP" : "UNDEFINED",
            ["referenceVersions"] = new JsonArray(),
        };
    }
}
