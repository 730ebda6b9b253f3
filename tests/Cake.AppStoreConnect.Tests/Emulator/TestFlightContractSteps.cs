using System.Net;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>Exercises every TestFlight operation the emulator implements, for <see cref="ContractTests"/>.</summary>
internal static class TestFlightContractSteps
{
    public static async Task ExerciseAsync(Func<HttpMethod, string, HttpStatusCode, object?, Task<JsonNode>> expect, string app, string buildId)
    {
        static object Linkages(string type, params string[] ids) => new { data = ids.Select(id => new { type, id }).ToArray() };
        static string Id(JsonNode node) => node["data"]!["id"]!.GetValue<string>();

        // betaGroups
        var group = Id(await expect(HttpMethod.Post, "/v1/betaGroups", HttpStatusCode.Created, new
        {
            data = new
            {
                type = "betaGroups",
                attributes = new { name = "Contract", publicLinkEnabled = true, publicLinkLimit = 10, feedbackEnabled = true },
                relationships = new { app = new { data = new { type = "apps", id = app } } },
            },
        }));
        await expect(HttpMethod.Post, "/v1/betaGroups", HttpStatusCode.Conflict, new { data = new { type = "betaGroups", attributes = new { name = "Contract" }, relationships = new { app = new { data = new { type = "apps", id = app } } } } });
        await expect(HttpMethod.Get, $"/v1/betaGroups?filter[app]={app}&filter[isInternalGroup]=false&filter[name]=Contract&sort=-createdDate&include=app,builds,betaTesters&limit=5", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaGroups/{group}?include=app", HttpStatusCode.OK, null);
        await expect(HttpMethod.Patch, $"/v1/betaGroups/{group}", HttpStatusCode.OK, new { data = new { type = "betaGroups", id = group, attributes = new { publicLinkLimit = 20 } } });
        await expect(HttpMethod.Get, $"/v1/apps/{app}/betaGroups", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaGroups/{group}/app", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaGroups/{group}/relationships/app", HttpStatusCode.OK, null);

        // betaTesters and membership
        var tester = Id(await expect(HttpMethod.Post, "/v1/betaTesters", HttpStatusCode.Created, new
        {
            data = new
            {
                type = "betaTesters",
                attributes = new { email = "contract@example.com", firstName = "Con", lastName = "Tract" },
                relationships = new { betaGroups = Linkages("betaGroups", group) },
            },
        }));
        await expect(HttpMethod.Post, "/v1/betaTesters", HttpStatusCode.Conflict, new { data = new { type = "betaTesters", attributes = new { email = "contract@example.com" }, relationships = new { betaGroups = Linkages("betaGroups", group) } } });
        await expect(HttpMethod.Get, $"/v1/betaTesters?filter[apps]={app}&filter[betaGroups]={group}&filter[email]=contract@example.com&sort=email&include=betaGroups,apps", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaTesters/{tester}?include=betaGroups", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaTesters/{tester}/betaGroups", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaTesters/{tester}/relationships/betaGroups", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaTesters/{tester}/relationships/apps", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaGroups/{group}/betaTesters", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaGroups/{group}/relationships/betaTesters?limit=200", HttpStatusCode.OK, null);
        await expect(HttpMethod.Delete, $"/v1/betaGroups/{group}/relationships/betaTesters", HttpStatusCode.NoContent, Linkages("betaTesters", tester));
        await expect(HttpMethod.Post, $"/v1/betaGroups/{group}/relationships/betaTesters", HttpStatusCode.NoContent, Linkages("betaTesters", tester));
        await expect(HttpMethod.Delete, $"/v1/betaTesters/{tester}/relationships/betaGroups", HttpStatusCode.NoContent, Linkages("betaGroups", group));
        await expect(HttpMethod.Post, $"/v1/betaTesters/{tester}/relationships/betaGroups", HttpStatusCode.NoContent, Linkages("betaGroups", group));
        await expect(HttpMethod.Delete, $"/v1/apps/{app}/relationships/betaTesters", HttpStatusCode.NoContent, Linkages("betaTesters", tester));
        await expect(HttpMethod.Delete, $"/v1/betaTesters/{tester}", HttpStatusCode.NoContent, null);

        // builds in groups
        await expect(HttpMethod.Post, $"/v1/betaGroups/{group}/relationships/builds", HttpStatusCode.NoContent, Linkages("builds", buildId));
        await expect(HttpMethod.Get, $"/v1/betaGroups/{group}/builds", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaGroups/{group}/relationships/builds", HttpStatusCode.OK, null);
        await expect(HttpMethod.Delete, $"/v1/betaGroups/{group}/relationships/builds", HttpStatusCode.NoContent, Linkages("builds", buildId));
        await expect(HttpMethod.Post, $"/v1/builds/{buildId}/relationships/betaGroups", HttpStatusCode.NoContent, Linkages("betaGroups", group));

        // What to Test
        var localization = Id(await expect(HttpMethod.Post, "/v1/betaBuildLocalizations", HttpStatusCode.Created, new
        {
            data = new { type = "betaBuildLocalizations", attributes = new { locale = "en-US", whatsNew = "Contract" }, relationships = new { build = new { data = new { type = "builds", id = buildId } } } },
        }));
        await expect(HttpMethod.Post, "/v1/betaBuildLocalizations", HttpStatusCode.Conflict, new { data = new { type = "betaBuildLocalizations", attributes = new { locale = "en-US" }, relationships = new { build = new { data = new { type = "builds", id = buildId } } } } });
        await expect(HttpMethod.Patch, $"/v1/betaBuildLocalizations/{localization}", HttpStatusCode.UnprocessableEntity, new { data = new { type = "betaBuildLocalizations", id = localization, attributes = new { whatsNew = new string('x', 4001) } } });
        await expect(HttpMethod.Patch, $"/v1/betaBuildLocalizations/{localization}", HttpStatusCode.OK, new { data = new { type = "betaBuildLocalizations", id = localization, attributes = new { whatsNew = "Changed" } } });
        await expect(HttpMethod.Get, $"/v1/betaBuildLocalizations?filter[build]={buildId}&filter[locale]=en-US&include=build", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaBuildLocalizations/{localization}?include=build", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaBuildLocalizations/{localization}/relationships/build", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaBuildLocalizations/{localization}/build", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/builds/{buildId}/betaBuildLocalizations", HttpStatusCode.OK, null);

        // beta details, review details, review, notification
        await expect(HttpMethod.Get, $"/v1/builds/{buildId}/buildBetaDetail", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/buildBetaDetails?filter[build]={buildId}&include=build", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/buildBetaDetails/{buildId}", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/buildBetaDetails/{buildId}/relationships/build", HttpStatusCode.OK, null);
        await expect(HttpMethod.Patch, $"/v1/buildBetaDetails/{buildId}", HttpStatusCode.OK, new { data = new { type = "buildBetaDetails", id = buildId, attributes = new { autoNotifyEnabled = false } } });
        await expect(HttpMethod.Get, $"/v1/apps/{app}/betaAppReviewDetail", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaAppReviewDetails?filter[app]={app}&include=app", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaAppReviewDetails/{app}", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaAppReviewDetails/{app}/relationships/app", HttpStatusCode.OK, null);
        await expect(HttpMethod.Patch, $"/v1/betaAppReviewDetails/{app}", HttpStatusCode.OK, new { data = new { type = "betaAppReviewDetails", id = app, attributes = new { contactEmail = "beta@example.com", demoAccountRequired = false } } });
        var review = Id(await expect(HttpMethod.Post, "/v1/betaAppReviewSubmissions", HttpStatusCode.Created, new { data = new { type = "betaAppReviewSubmissions", relationships = new { build = new { data = new { type = "builds", id = buildId } } } } }));
        await expect(HttpMethod.Post, "/v1/betaAppReviewSubmissions", HttpStatusCode.Conflict, new { data = new { type = "betaAppReviewSubmissions", relationships = new { build = new { data = new { type = "builds", id = buildId } } } } });
        await expect(HttpMethod.Get, $"/v1/betaAppReviewSubmissions?filter[build]={buildId}&include=build", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaAppReviewSubmissions/{review}", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/betaAppReviewSubmissions/{review}/relationships/build", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/builds/{buildId}/betaAppReviewSubmission", HttpStatusCode.OK, null);
        await expect(HttpMethod.Post, "/v1/buildBetaNotifications", HttpStatusCode.Created, new { data = new { type = "buildBetaNotifications", relationships = new { build = new { data = new { type = "builds", id = buildId } } } } });
        await expect(HttpMethod.Post, "/v1/buildBetaNotifications", HttpStatusCode.Conflict, new { data = new { type = "buildBetaNotifications", relationships = new { build = new { data = new { type = "builds", id = buildId } } } } });

        // clean-up operations
        await expect(HttpMethod.Delete, $"/v1/builds/{buildId}/relationships/betaGroups", HttpStatusCode.NoContent, Linkages("betaGroups", group));
        await expect(HttpMethod.Delete, $"/v1/betaBuildLocalizations/{localization}", HttpStatusCode.NoContent, null);
        await expect(HttpMethod.Delete, $"/v1/betaGroups/{group}", HttpStatusCode.NoContent, null);
    }
}
