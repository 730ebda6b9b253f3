using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <content>The App Store release operations: versions, localizations, review submissions, phased and manual release.</content>
public sealed partial class ContractTests
{
    private static readonly TimeSpan ReviewTime = TimeSpan.FromMinutes(1);

    private static JsonObject Entity(string type, object? attributes = null, object? relationships = null, string? id = null)
    {
        var data = new JsonObject { ["type"] = type };
        if (id is not null)
        {
            data["id"] = id;
        }

        if (attributes is not null)
        {
            data["attributes"] = JsonSerializer.SerializeToNode(attributes);
        }

        if (relationships is not null)
        {
            data["relationships"] = JsonSerializer.SerializeToNode(relationships);
        }

        return new JsonObject { ["data"] = data };
    }

    private static object To(string type, string id) => new { data = new { type, id } };

    private async Task ExerciseAppStoreAsync(string app, string buildId)
    {
        const string OtherApp = "1481192346";
        var list = await ExpectAsync(HttpMethod.Get, $"/v1/apps/{app}/appStoreVersions?filter[platform]=IOS&filter[appVersionState]=PREPARE_FOR_SUBMISSION&include=build,appStoreVersionLocalizations,appStoreVersionPhasedRelease,app&fields[builds]=version&limit=5", HttpStatusCode.OK);
        var version = list["data"]![0]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Get, $"/v1/apps/{app}/appStoreVersions?filter[versionString]=1.0&filter[appStoreState]=PREPARE_FOR_SUBMISSION&filter[id]={version}", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Post, "/v1/appStoreVersions", HttpStatusCode.Conflict, Entity("appStoreVersions", new { platform = "IOS", versionString = "6.0" }, new { app = To("apps", app) }));
        await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreVersions/{version}", HttpStatusCode.OK, Entity("appStoreVersions", new { versionString = "5.0", copyright = "2026 Example", releaseType = "MANUAL" }, id: version));
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersions/{version}?include=build,appStoreVersionLocalizations", HttpStatusCode.OK);
        var noBuild = await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersions/{version}/relationships/build", HttpStatusCode.OK);
        Assert.That(noBuild["data"], Is.Null, "Apple answers an empty to-one relationship with data: null");
        await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreVersions/{version}/relationships/build", HttpStatusCode.NoContent, To("builds", buildId));
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersions/{version}/relationships/build", HttpStatusCode.OK);

        var locales = await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersions/{version}/appStoreVersionLocalizations?filter[locale]=en-US&include=appStoreVersion", HttpStatusCode.OK);
        var english = locales["data"]![0]!["id"]!.GetValue<string>();
        // The app's first version: What's New is refused (409 STATE_ERROR), the other texts are not.
        var firstVersion = await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreVersionLocalizations/{english}", HttpStatusCode.Conflict, Entity("appStoreVersionLocalizations", new { whatsNew = "Faster." }, id: english));
        Assert.That(firstVersion["errors"]![0]!["detail"]!.GetValue<string>(), Does.StartWith("Attribute 'whatsNew' cannot be edited at this time"));
        await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreVersionLocalizations/{english}", HttpStatusCode.OK, Entity("appStoreVersionLocalizations", new { description = "Faster." }, id: english));
        await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreVersionLocalizations/{english}", HttpStatusCode.Conflict, Entity("appStoreVersionLocalizations", new { whatsNew = new string('x', 4001) }, id: english));
        await ExpectAsync(HttpMethod.Post, "/v1/appStoreVersionLocalizations", HttpStatusCode.Conflict, Entity("appStoreVersionLocalizations", new { locale = "de-DE", whatsNew = "Schneller." }, new { appStoreVersion = To("appStoreVersions", version) }));
        await ExpectAsync(HttpMethod.Post, "/v1/appStoreVersionLocalizations", HttpStatusCode.Created, Entity("appStoreVersionLocalizations", new { locale = "de-DE", description = "Schneller." }, new { appStoreVersion = To("appStoreVersions", version) }));
        await ExpectAsync(HttpMethod.Post, "/v1/appStoreVersionLocalizations", HttpStatusCode.Conflict, Entity("appStoreVersionLocalizations", new { locale = "de-DE" }, new { appStoreVersion = To("appStoreVersions", version) }));
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersionLocalizations/{english}?include=appStoreVersion", HttpStatusCode.OK);

        var noPhasedRelease = await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersions/{version}/appStoreVersionPhasedRelease", HttpStatusCode.OK);
        Assert.That(noPhasedRelease["data"], Is.Null, "Apple answers an empty to-one related resource with data: null");
        var phased = (await ExpectAsync(HttpMethod.Post, "/v1/appStoreVersionPhasedReleases", HttpStatusCode.Created, Entity("appStoreVersionPhasedReleases", new { phasedReleaseState = "INACTIVE" }, new { appStoreVersion = To("appStoreVersions", version) })))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersions/{version}/appStoreVersionPhasedRelease", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreVersionPhasedReleases/{phased}", HttpStatusCode.Conflict, Entity("appStoreVersionPhasedReleases", new { phasedReleaseState = "PAUSED" }, id: phased));

        var submission = (await ExpectAsync(HttpMethod.Post, "/v1/reviewSubmissions", HttpStatusCode.Created, Entity("reviewSubmissions", new { platform = "IOS" }, new { app = To("apps", app) })))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Post, "/v1/reviewSubmissions", HttpStatusCode.Conflict, Entity("reviewSubmissions", new { platform = "IOS" }, new { app = To("apps", app) }));
        await ExpectAsync(HttpMethod.Post, "/v1/reviewSubmissionItems", HttpStatusCode.Created, Entity("reviewSubmissionItems", relationships: new { reviewSubmission = To("reviewSubmissions", submission), appStoreVersion = To("appStoreVersions", version) }));
        await ExpectAsync(HttpMethod.Post, "/v1/reviewSubmissionItems", HttpStatusCode.Conflict, Entity("reviewSubmissionItems", relationships: new { reviewSubmission = To("reviewSubmissions", submission), appStoreVersion = To("appStoreVersions", version) }));
        await ExpectAsync(HttpMethod.Get, $"/v1/reviewSubmissions?filter[app]={app}&filter[platform]=IOS&filter[state]=READY_FOR_REVIEW&include=appStoreVersionForReview,items,app&fields[appStoreVersions]=versionString", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/reviewSubmissions/{submission}?include=appStoreVersionForReview,items", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, $"/v1/reviewSubmissions/{submission}/items?include=appStoreVersion", HttpStatusCode.OK);
        var notReady = await ExpectAsync(HttpMethod.Patch, $"/v1/reviewSubmissions/{submission}", HttpStatusCode.Conflict, Entity("reviewSubmissions", new { submitted = true }, id: submission));
        Assert.That(notReady["errors"]![1]!["detail"]!.GetValue<string>(), Does.Contain("contentRightsDeclaration"));
        await ExpectAsync(HttpMethod.Patch, $"/v1/apps/{app}", HttpStatusCode.OK, Entity("apps", new { contentRightsDeclaration = "DOES_NOT_USE_THIRD_PARTY_CONTENT" }, id: app));
        await ExpectAsync(HttpMethod.Patch, $"/v1/reviewSubmissions/{submission}", HttpStatusCode.OK, Entity("reviewSubmissions", new { submitted = true }, id: submission));
        await ExpectAsync(HttpMethod.Post, "/v1/appStoreVersionReleaseRequests", HttpStatusCode.Conflict, Entity("appStoreVersionReleaseRequests", relationships: new { appStoreVersion = To("appStoreVersions", version) }));

        // Approved on the emulator's review clock, then released by hand; the phased release starts.
        await PassReviewAsync(version, "PENDING_DEVELOPER_RELEASE");
        await ExpectAsync(HttpMethod.Post, "/v1/appStoreVersionReleaseRequests", HttpStatusCode.Created, Entity("appStoreVersionReleaseRequests", relationships: new { appStoreVersion = To("appStoreVersions", version) }));
        await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreVersionPhasedReleases/{phased}", HttpStatusCode.OK, Entity("appStoreVersionPhasedReleases", new { phasedReleaseState = "PAUSED" }, id: phased));
        await ExpectAsync(HttpMethod.Delete, $"/v1/appStoreVersionPhasedReleases/{phased}", HttpStatusCode.BadRequest);
        await ExpectAsync(HttpMethod.Post, "/v1/appStoreVersions", HttpStatusCode.Created, Entity("appStoreVersions", new { platform = "IOS", versionString = "5.1", releaseType = "AFTER_APPROVAL" }, new { app = To("apps", app) }));

        // A second app: a phased release removed before release, and a submission canceled.
        var other = (await ExpectAsync(HttpMethod.Get, $"/v1/apps/{OtherApp}/appStoreVersions", HttpStatusCode.OK))["data"]![0]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Post, "/v1/appStoreVersionPhasedReleases", HttpStatusCode.Conflict, Entity("appStoreVersionPhasedReleases", new { phasedReleaseState = "PAUSED" }, new { appStoreVersion = To("appStoreVersions", other) }));
        var removable = (await ExpectAsync(HttpMethod.Post, "/v1/appStoreVersionPhasedReleases", HttpStatusCode.Created, Entity("appStoreVersionPhasedReleases", new { phasedReleaseState = "ACTIVE" }, new { appStoreVersion = To("appStoreVersions", other) })))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Delete, $"/v1/appStoreVersionPhasedReleases/{removable}", HttpStatusCode.NoContent);
        var canceled = (await ExpectAsync(HttpMethod.Post, "/v1/reviewSubmissions", HttpStatusCode.Created, Entity("reviewSubmissions", new { platform = "IOS" }, new { app = To("apps", OtherApp) })))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Patch, $"/v1/reviewSubmissions/{canceled}", HttpStatusCode.OK, Entity("reviewSubmissions", new { canceled = true }, id: canceled));
        await ExpectAsync(HttpMethod.Patch, $"/v1/reviewSubmissions/{canceled}", HttpStatusCode.Conflict, Entity("reviewSubmissions", new { canceled = true }, id: canceled));
    }

    /// <summary>Moves the emulator's clock through App Review (waiting, then in review) and expects the version's state.</summary>
    private async Task PassReviewAsync(string version, string state)
    {
        _emulator.Clock!.Advance((ReviewTime * 2) + TimeSpan.FromSeconds(1));
        var current = (await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersions/{version}", HttpStatusCode.OK))["data"]!["attributes"]!["appVersionState"]!.GetValue<string>();
        Assert.That(current, Is.EqualTo(state));
    }
}
