using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Apps;
using Cake.AppStoreConnect.Emulator.Resources.AppStoreVersions;
using Cake.AppStoreConnect.Emulator.Resources.BetaAppReviewSubmissions;
using Cake.AppStoreConnect.Emulator.Resources.BetaBuildLocalizations;
using Cake.AppStoreConnect.Emulator.Resources.BetaTesters;
using Cake.AppStoreConnect.Emulator.Resources.BuildBetaDetails;
using Cake.AppStoreConnect.Emulator.Resources.BuildUploads;
using Cake.AppStoreConnect.Emulator.Resources.PreReleaseVersions;

namespace Cake.AppStoreConnect.Emulator.Resources.Builds;

/// <summary>A build on the wire (schema <c>Build</c>).</summary>
internal sealed class BuildDescriptor : ResourceDescriptor<BuildRecord>
{
    public const string TypeName = "builds";

    public BuildDescriptor()
        : base(TypeName)
    {
    }

    public override IReadOnlyList<string> AttributeNames { get; } =
        ["version", "uploadedDate", "expirationDate", "expired", "minOsVersion", "processingState", "buildAudienceType", "usesNonExemptEncryption"];

    public override IReadOnlyList<Relationship<BuildRecord>> Relationships { get; } =
    [
        Relationship<BuildRecord>.One("preReleaseVersion", PreReleaseVersionDescriptor.TypeName, (b, _) => b.PreReleaseVersionId),
        Relationship<BuildRecord>.One("app", AppDescriptor.TypeName, (b, _) => b.AppId),
        Relationship<BuildRecord>.One("buildUpload", BuildUploadDescriptor.TypeName, (b, _) => b.BuildUploadId).WithoutRoutes(),
        Relationship<BuildRecord>.One("appStoreVersion", AppStoreVersionDescriptor.TypeName, (b, c) => c.Table<AppStoreVersionRecord>().Where(v => v.BuildId == b.Id).Select(v => v.Id).FirstOrDefault()),
        Relationship<BuildRecord>.One("betaAppReviewSubmission", BetaAppReviewSubmissionDescriptor.TypeName, (b, c) => c.Table<BetaAppReviewSubmissionRecord>().Where(s => s.BuildId == b.Id).Select(s => s.Id).FirstOrDefault()),
        Relationship<BuildRecord>.Many("betaBuildLocalizations", BetaBuildLocalizationDescriptor.TypeName, (b, c) => c.Table<BetaBuildLocalizationRecord>().Where(l => l.BuildId == b.Id).Select(l => l.Id)),
        Relationship<BuildRecord>.One("buildBetaDetail", BuildBetaDetailDescriptor.TypeName, (b, c) => c.Table<BuildBetaDetailRecord>().Where(d => d.BuildId == b.Id).Select(d => d.Id).FirstOrDefault()),

        // Testers are invited through groups only; no tester is given a build individually.
        Relationship<BuildRecord>.Many("individualTesters", BetaTesterDescriptor.TypeName, (_, _) => []),
    ];

    protected override void WriteAttributes(BuildRecord record, JsonObject attributes, ResourceContext context)
    {
        attributes["version"] = record.Version;
        attributes["uploadedDate"] = ApiDates.Format(record.UploadedDate);
        attributes["expirationDate"] = ApiDates.Format(record.ExpirationDate);
        attributes["expired"] = record.IsExpired(context);
        attributes["minOsVersion"] = record.MinOsVersion;
        attributes["processingState"] = record.ProcessingState(context);
        attributes["buildAudienceType"] = record.BuildAudienceType;
        if (record.UsesNonExemptEncryption is { } answer)
        {
            attributes["usesNonExemptEncryption"] = answer;
        }
    }
}
