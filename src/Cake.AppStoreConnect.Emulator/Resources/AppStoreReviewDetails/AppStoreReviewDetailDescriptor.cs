using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewAttachments;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreReviewDetails;

/// <summary>An App Review detail on the wire (schema <c>AppStoreReviewDetail</c>).</summary>
internal sealed class AppStoreReviewDetailDescriptor : ResourceDescriptor<AppStoreReviewDetailRecord>
{
    public const string TypeName = "appStoreReviewDetails";

    public static readonly string[] Texts = ["contactFirstName", "contactLastName", "contactPhone", "contactEmail", "demoAccountName", "demoAccountPassword", "notes"];

    public AppStoreReviewDetailDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = [.. Texts, "demoAccountRequired"];

    public override IReadOnlyList<Relationship<AppStoreReviewDetailRecord>> Relationships { get; } =
    [
        Relationship<AppStoreReviewDetailRecord>.One("appStoreVersion", AppStoreVersionDescriptor.TypeName, (d, _) => d.AppStoreVersionId).WithoutRoutes(),
        Relationship<AppStoreReviewDetailRecord>.Many("appStoreReviewAttachments", AppStoreReviewAttachmentDescriptor.TypeName, (d, c) => c.Table<AppStoreReviewAttachmentRecord>().Where(a => a.AppStoreReviewDetailId == d.Id).Select(a => a.Id)),
    ];

    protected override void WriteAttributes(AppStoreReviewDetailRecord record, JsonObject attributes, ResourceContext context)
    {
        foreach (var name in Texts)
        {
            if (record.Texts.TryGetValue(name, out var value))
            {
                attributes[name] = value;
            }
        }

        if (record.DemoAccountRequired is { } required)
        {
            attributes["demoAccountRequired"] = required;
        }
    }
}
