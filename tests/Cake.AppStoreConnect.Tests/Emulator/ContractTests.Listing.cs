using System.Net;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <content>The App Store listing: app infos, their localizations, categories, age rating, App Review details and attachments.</content>
public sealed partial class ContractTests
{
    private const string ListingApp = "6449876540";

    private async Task ExerciseListingAsync()
    {
        await ExpectAsync(HttpMethod.Get, "/v1/appCategories?filter[platforms]=IOS&exists[parent]=false&include=subcategories,parent&limit=50", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, "/v1/appCategories/GAMES_ACTION?include=parent", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Get, "/v1/appCategories/GAMES/subcategories?limit=20", HttpStatusCode.OK);
        var infos = await ExpectAsync(HttpMethod.Get, $"/v1/apps/{ListingApp}/appInfos?include=appInfoLocalizations,ageRatingDeclaration,primaryCategory", HttpStatusCode.OK);
        var info = infos["data"]![0]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Get, $"/v1/appInfos/{info}?include=appInfoLocalizations,primaryCategory,primarySubcategoryOne,secondaryCategory", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Patch, $"/v1/appInfos/{info}", HttpStatusCode.OK, Entity("appInfos", relationships: new { primaryCategory = To("appCategories", "GAMES"), primarySubcategoryOne = To("appCategories", "GAMES_PUZZLE"), secondaryCategory = To("appCategories", "UTILITIES") }, id: info));
        await ExpectAsync(HttpMethod.Patch, $"/v1/appInfos/{info}", HttpStatusCode.UnprocessableEntity, Entity("appInfos", relationships: new { primarySubcategoryTwo = To("appCategories", "STICKERS_ART") }, id: info));

        var english = (await ExpectAsync(HttpMethod.Get, $"/v1/appInfos/{info}/appInfoLocalizations?filter[locale]=en-US", HttpStatusCode.OK))["data"]![0]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Get, $"/v1/appInfoLocalizations/{english}?include=appInfo", HttpStatusCode.OK);
        await ExpectAsync(HttpMethod.Patch, $"/v1/appInfoLocalizations/{english}", HttpStatusCode.OK, Entity("appInfoLocalizations", new { subtitle = "Rehearse a release", privacyPolicyUrl = "https://example.com/privacy" }, id: english));
        await ExpectAsync(HttpMethod.Patch, $"/v1/appInfoLocalizations/{english}", HttpStatusCode.Conflict, Entity("appInfoLocalizations", new { name = "Sample" }, id: english));
        var german = (await ExpectAsync(HttpMethod.Post, "/v1/appInfoLocalizations", HttpStatusCode.Created, Entity("appInfoLocalizations", new { locale = "de-DE", name = "Kuchenprobe" }, new { appInfo = To("appInfos", info) })))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Post, "/v1/appInfoLocalizations", HttpStatusCode.Conflict, Entity("appInfoLocalizations", new { locale = "de-DE", name = "Kuchenprobe" }, new { appInfo = To("appInfos", info) }));
        await ExpectAsync(HttpMethod.Delete, $"/v1/appInfoLocalizations/{german}", HttpStatusCode.NoContent);
        await ExpectAsync(HttpMethod.Delete, $"/v1/appInfoLocalizations/{english}", HttpStatusCode.BadRequest);

        var rating = (await ExpectAsync(HttpMethod.Get, $"/v1/appInfos/{info}/ageRatingDeclaration", HttpStatusCode.OK))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Patch, $"/v1/ageRatingDeclarations/{rating}", HttpStatusCode.OK, Entity("ageRatingDeclarations", new { gambling = false, violenceCartoonOrFantasy = "INFREQUENT_OR_MILD", ageRatingOverrideV2 = "NONE" }, id: rating));

        var version = (await ExpectAsync(HttpMethod.Get, $"/v1/apps/{ListingApp}/appStoreVersions", HttpStatusCode.OK))["data"]![0]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreVersions/{version}/appStoreReviewDetail", HttpStatusCode.OK);
        var detail = (await ExpectAsync(HttpMethod.Post, "/v1/appStoreReviewDetails", HttpStatusCode.Created, Entity("appStoreReviewDetails", new { contactFirstName = "Ada", contactEmail = "ada@example.com", demoAccountRequired = false }, new { appStoreVersion = To("appStoreVersions", version) })))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Post, "/v1/appStoreReviewDetails", HttpStatusCode.Conflict, Entity("appStoreReviewDetails", new { notes = "Again." }, new { appStoreVersion = To("appStoreVersions", version) }));
        await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreReviewDetails/{detail}", HttpStatusCode.OK, Entity("appStoreReviewDetails", new { notes = "Sign in with the demo account." }, id: detail));
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreReviewDetails/{detail}?include=appStoreReviewAttachments,appStoreVersion", HttpStatusCode.OK);

        var content = new byte[2500];
        new Random(13).NextBytes(content);
        var attachment = (await ExpectAsync(HttpMethod.Post, "/v1/appStoreReviewAttachments", HttpStatusCode.Created, Entity("appStoreReviewAttachments", new { fileName = "walkthrough.pdf", fileSize = content.Length }, new { appStoreReviewDetail = To("appStoreReviewDetails", detail) })))["data"]!.AsObject();
        var attachmentId = attachment["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreReviewAttachments/{attachmentId}", HttpStatusCode.Conflict, Entity("appStoreReviewAttachments", new { uploaded = true, sourceFileChecksum = Md5(content) }, id: attachmentId));
        await UploadSteps.PutAllPartsAsync(_emulator.Control, attachment, content);
        await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreReviewAttachments/{attachmentId}", HttpStatusCode.UnprocessableEntity, Entity("appStoreReviewAttachments", new { uploaded = true, sourceFileChecksum = Md5([1, 2, 3]) }, id: attachmentId));
        await ExpectAsync(HttpMethod.Patch, $"/v1/appStoreReviewAttachments/{attachmentId}", HttpStatusCode.OK, Entity("appStoreReviewAttachments", new { uploaded = true, sourceFileChecksum = Md5(content) }, id: attachmentId));
        await ExpectAsync(HttpMethod.Get, $"/v1/appStoreReviewAttachments/{attachmentId}?include=appStoreReviewDetail", HttpStatusCode.OK);
        var extra = (await ExpectAsync(HttpMethod.Post, "/v1/appStoreReviewAttachments", HttpStatusCode.Created, Entity("appStoreReviewAttachments", new { fileName = "old.pdf", fileSize = 10 }, new { appStoreReviewDetail = To("appStoreReviewDetails", detail) })))["data"]!["id"]!.GetValue<string>();
        await ExpectAsync(HttpMethod.Delete, $"/v1/appStoreReviewAttachments/{extra}", HttpStatusCode.NoContent);
    }
}
