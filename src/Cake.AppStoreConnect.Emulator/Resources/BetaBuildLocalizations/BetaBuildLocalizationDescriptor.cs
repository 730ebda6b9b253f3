using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Builds;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaBuildLocalizations;

/// <summary>A build localization on the wire (schema <c>BetaBuildLocalization</c>).</summary>
internal sealed class BetaBuildLocalizationDescriptor : ResourceDescriptor<BetaBuildLocalizationRecord>
{
    public const string TypeName = "betaBuildLocalizations";

    public BetaBuildLocalizationDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["whatsNew", "locale"];

    public override IReadOnlyList<Relationship<BetaBuildLocalizationRecord>> Relationships { get; } =
    [
        Relationship<BetaBuildLocalizationRecord>.One("build", BuildDescriptor.TypeName, (l, _) => l.BuildId),
    ];

    protected override void WriteAttributes(BetaBuildLocalizationRecord record, JsonObject attributes, ResourceContext context)
    {
        if (record.WhatsNew is not null)
        {
            attributes["whatsNew"] = record.WhatsNew;
        }

        attributes["locale"] = record.Locale;
    }
}
