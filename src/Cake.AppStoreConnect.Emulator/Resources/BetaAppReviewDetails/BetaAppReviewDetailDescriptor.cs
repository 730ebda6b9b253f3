using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;

namespace Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewDetails;

/// <summary>Beta review details on the wire (schema <c>BetaAppReviewDetail</c>).</summary>
internal sealed class BetaAppReviewDetailDescriptor : ResourceDescriptor<BetaAppReviewDetailRecord>
{
    public const string TypeName = "betaAppReviewDetails";

    public BetaAppReviewDetailDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } =
        ["contactFirstName", "contactLastName", "contactPhone", "contactEmail", "demoAccountName", "demoAccountPassword", "demoAccountRequired", "notes"];

    public override IReadOnlyList<Relationship<BetaAppReviewDetailRecord>> Relationships { get; } =
    [
        Relationship<BetaAppReviewDetailRecord>.One("app", AppDescriptor.TypeName, (d, _) => d.AppId),
    ];

    protected override void WriteAttributes(BetaAppReviewDetailRecord record, JsonObject attributes, ResourceContext context)
    {
        void Write(string name, string? value)
        {
            if (value is not null)
            {
                attributes[name] = value;
            }
        }

        Write("contactFirstName", record.ContactFirstName);
        Write("contactLastName", record.ContactLastName);
        Write("contactPhone", record.ContactPhone);
        Write("contactEmail", record.ContactEmail);
        Write("demoAccountName", record.DemoAccountName);
        Write("demoAccountPassword", record.DemoAccountPassword);
        attributes["demoAccountRequired"] = record.DemoAccountRequired;
        Write("notes", record.Notes);
    }
}
