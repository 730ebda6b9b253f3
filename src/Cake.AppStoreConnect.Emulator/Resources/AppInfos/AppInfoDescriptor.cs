using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AgeRatingDeclarations;
using Cake.AppStoreConnect.Emulator.Resources.AppCategories;
using Cake.AppStoreConnect.Emulator.Resources.AppInfoLocalizations;
using Cake.AppStoreConnect.Emulator.Resources.Apps;

namespace Cake.AppStoreConnect.Emulator.Resources.AppInfos;

/// <summary>An app info on the wire (schema <c>AppInfo</c>).</summary>
internal sealed class AppInfoDescriptor : ResourceDescriptor<AppInfoRecord>
{
    public const string TypeName = "appInfos";

    /// <summary>The category relationships, each a to-one <c>appCategories</c> linkage settable by <c>PATCH /v1/appInfos/{id}</c>.</summary>
    public static readonly IReadOnlyList<(string Name, Func<AppInfoRecord, string?> Get, Action<AppInfoRecord, string?> Set)> Categories =
    [
        ("primaryCategory", i => i.PrimaryCategoryId, (i, v) => i.PrimaryCategoryId = v),
        ("primarySubcategoryOne", i => i.PrimarySubcategoryOneId, (i, v) => i.PrimarySubcategoryOneId = v),
        ("primarySubcategoryTwo", i => i.PrimarySubcategoryTwoId, (i, v) => i.PrimarySubcategoryTwoId = v),
        ("secondaryCategory", i => i.SecondaryCategoryId, (i, v) => i.SecondaryCategoryId = v),
        ("secondarySubcategoryOne", i => i.SecondarySubcategoryOneId, (i, v) => i.SecondarySubcategoryOneId = v),
        ("secondarySubcategoryTwo", i => i.SecondarySubcategoryTwoId, (i, v) => i.SecondarySubcategoryTwoId = v),
    ];

    public AppInfoDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["appStoreState", "state"];

    public override IReadOnlyList<Relationship<AppInfoRecord>> Relationships { get; } =
    [
        Relationship<AppInfoRecord>.One("app", AppDescriptor.TypeName, (i, _) => i.AppId).WithoutRoutes(),
        Relationship<AppInfoRecord>.One("ageRatingDeclaration", AgeRatingDeclarationDescriptor.TypeName, (i, c) => c.Table<AgeRatingDeclarationRecord>().Where(d => d.AppInfoId == i.Id).Select(d => d.Id).FirstOrDefault()),
        Relationship<AppInfoRecord>.Many("appInfoLocalizations", AppInfoLocalizationDescriptor.TypeName, (i, c) => c.Table<AppInfoLocalizationRecord>().Where(l => l.AppInfoId == i.Id).Select(l => l.Id)),
        .. Categories.Select(category => Relationship<AppInfoRecord>.One(category.Name, AppCategoryDescriptor.TypeName, (i, _) => category.Get(i))),
    ];

    protected override void WriteAttributes(AppInfoRecord record, JsonObject attributes, ResourceContext context)
    {
        var state = AppInfoStates.Of(record, context);

        // The deprecated appStoreState uses the version vocabulary: live is READY_FOR_SALE, pending is PENDING_DEVELOPER_RELEASE.
        attributes["appStoreState"] = state switch
        {
            AppInfoStates.ReadyForDistribution => "READY_FOR_SALE",
            "PENDING_RELEASE" => "PENDING_DEVELOPER_RELEASE",
            _ => state,
        };
        attributes["state"] = state;
    }
}
