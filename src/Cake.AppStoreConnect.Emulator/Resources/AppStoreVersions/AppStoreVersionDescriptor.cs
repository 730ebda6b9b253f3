using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionLocalizations;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersionPhasedReleases;
using Cake.AppStoreConnect.Emulator.Resources.Builds;
using Cake.AppStoreConnect.Emulator.Resources.CustomerReviews;

namespace Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;

/// <summary>An App Store version on the wire (schema <c>AppStoreVersion</c>).</summary>
internal sealed class AppStoreVersionDescriptor : ResourceDescriptor<AppStoreVersionRecord>
{
    public const string TypeName = "appStoreVersions";

    public AppStoreVersionDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } =
        ["platform", "versionString", "appStoreState", "appVersionState", "copyright", "reviewType", "releaseType", "earliestReleaseDate", "downloadable", "createdDate"];

    public override IReadOnlyList<Relationship<AppStoreVersionRecord>> Relationships { get; } =
    [
        Relationship<AppStoreVersionRecord>.One("app", AppDescriptor.TypeName, (v, _) => v.AppId).WithoutRoutes(),
        Relationship<AppStoreVersionRecord>.Many("appStoreVersionLocalizations", AppStoreVersionLocalizationDescriptor.TypeName, (v, c) => c.Table<AppStoreVersionLocalizationRecord>().Where(l => l.AppStoreVersionId == v.Id).Select(l => l.Id)),
        Relationship<AppStoreVersionRecord>.One("build", BuildDescriptor.TypeName, (v, _) => v.BuildId),
        Relationship<AppStoreVersionRecord>.One("appStoreVersionPhasedRelease", PhasedReleaseDescriptor.TypeName, (v, c) => c.Table<PhasedReleaseRecord>().Where(p => p.AppStoreVersionId == v.Id).Select(p => p.Id).FirstOrDefault()),

        Relationship<AppStoreVersionRecord>.One("appStoreReviewDetail", AppStoreReviewDetails.AppStoreReviewDetailDescriptor.TypeName, (v, c) => c.Table<AppStoreReviewDetails.AppStoreReviewDetailRecord>().Where(d => d.AppStoreVersionId == v.Id).Select(d => d.Id).FirstOrDefault()),

        // Reviews are not tied to a version in the emulator (a guess kept simple): the list is empty.
        Relationship<AppStoreVersionRecord>.Many("customerReviews", CustomerReviewDescriptor.TypeName, (_, _) => []),
    ];

    protected override void WriteAttributes(AppStoreVersionRecord record, JsonObject attributes, ResourceContext context)
    {
        var state = AppStoreReview.StateOf(record, context);
        attributes["platform"] = record.Platform;
        attributes["versionString"] = record.VersionString;
        attributes["appStoreState"] = AppVersionStates.AppStoreState(state);
        attributes["appVersionState"] = state;
        if (record.Copyright is not null)
        {
            attributes["copyright"] = record.Copyright;
        }

        attributes["reviewType"] = "APP_STORE";
        attributes["releaseType"] = record.ReleaseType;
        if (record.EarliestReleaseDate is { } date)
        {
            attributes["earliestReleaseDate"] = ApiDates.Format(date);
        }

        attributes["downloadable"] = true;
        attributes["createdDate"] = ApiDates.Format(record.CreatedDate);
    }
}
