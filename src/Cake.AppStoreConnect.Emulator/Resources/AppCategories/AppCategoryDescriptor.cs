using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.Resources.AppCategories;

/// <summary>An App Store category on the wire (schema <c>AppCategory</c>).</summary>
internal sealed class AppCategoryDescriptor : ResourceDescriptor<AppCategoryRecord>
{
    public const string TypeName = "appCategories";

    public AppCategoryDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["platforms"];

    public override IReadOnlyList<Relationship<AppCategoryRecord>> Relationships { get; } =
    [
        Relationship<AppCategoryRecord>.Many("subcategories", TypeName, (category, c) => c.Table<AppCategoryRecord>().Where(s => s.ParentId == category.Id).Select(s => s.Id)),
        Relationship<AppCategoryRecord>.One("parent", TypeName, (category, _) => category.ParentId),
    ];

    protected override void WriteAttributes(AppCategoryRecord record, JsonObject attributes, ResourceContext context) =>
        attributes["platforms"] = new JsonArray([.. record.Platforms.Select(p => (JsonNode)p)]);
}
