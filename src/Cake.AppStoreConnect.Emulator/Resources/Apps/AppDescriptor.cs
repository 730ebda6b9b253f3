using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewDetails;
using Cake.AppStoreConnect.Emulator.Resources.BetaGroups;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;
using Cake.AppStoreConnect.Emulator.Resources.CustomerReviews;
using Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;
using Cake.AppStoreConnect.Emulator.Resources.ReviewSubmissions;

namespace Cake.AppStoreConnect.Emulator.Resources.Apps;

/// <summary>An app on the wire (schema <c>App</c>).</summary>
internal sealed class AppDescriptor : ResourceDescriptor<AppRecord>
{
    public const string TypeName = "apps";

    public AppDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } = ["name", "bundleId", "sku", "primaryLocale", "contentRightsDeclaration"];

    public override IReadOnlyList<Relationship<AppRecord>> Relationships { get; } =
    [
        Relationship<AppRecord>.Many("builds", BuildDescriptor.TypeName, (app, c) => c.Table<BuildRecord>().Where(b => b.AppId == app.Id).Select(b => b.Id)),
        Relationship<AppRecord>.Many("preReleaseVersions", PreReleaseVersionDescriptor.TypeName, (app, c) => c.Table<PreReleaseVersionRecord>().Where(v => v.AppId == app.Id).Select(v => v.Id)),
        Relationship<AppRecord>.Many("buildUploads", BuildUploadDescriptor.TypeName, (app, c) => c.Table<BuildUploadRecord>().Where(u => u.AppId == app.Id).Select(u => u.Id)),
        Relationship<AppRecord>.Many("appStoreVersions", AppStoreVersionDescriptor.TypeName, (app, c) => c.Table<AppStoreVersionRecord>().Where(v => v.AppId == app.Id).Select(v => v.Id)),
        Relationship<AppRecord>.Many("betaGroups", BetaGroupDescriptor.TypeName, (app, c) => c.Table<BetaGroupRecord>().Where(g => g.AppId == app.Id).Select(g => g.Id)),
        Relationship<AppRecord>.Many("customerReviews", CustomerReviewDescriptor.TypeName, (app, c) => c.Table<CustomerReviewRecord>().Where(r => r.AppId == app.Id).Select(r => r.Id)),
        Relationship<AppRecord>.Many("reviewSubmissions", ReviewSubmissionDescriptor.TypeName, (app, c) => c.Table<ReviewSubmissionRecord>().Where(s => s.AppId == app.Id).Select(s => s.Id)),
        Relationship<AppRecord>.One("betaAppReviewDetail", BetaAppReviewDetailDescriptor.TypeName, (app, c) => c.Table<BetaAppReviewDetailRecord>().Where(d => d.AppId == app.Id).Select(d => d.Id).FirstOrDefault()),
        Relationship<AppRecord>.Many("appInfos", AppInfos.AppInfoDescriptor.TypeName, (app, c) => c.Table<AppInfos.AppInfoRecord>().Where(i => i.AppId == app.Id).Select(i => i.Id)),
    ];

    protected override void WriteAttributes(AppRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["name"] = record.Name;
        attributes["bundleId"] = record.BundleId;
        attributes["sku"] = record.Sku;
        attributes["primaryLocale"] = record.PrimaryLocale;
        if (record.ContentRightsDeclaration is { } declaration)
        {
            attributes["contentRightsDeclaration"] = declaration;
        }
    }
}
