using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>
/// The answers of the write steps the localization and signing modules share (JsonApi/Writes, TextAttributes,
/// Resources/Localizations): which fault a body with several is answered with, where the error points, and 404
/// for writes to a missing record. Written against the modules before they shared the steps, so a step that
/// drifts from what each module answered on its own fails here.
/// </summary>
public sealed class ResourceWriteStepsTests
{
    private const string ListingApp = "6449876540";
    private const string SampleBundleId = "B" + EmulatorFixture.SampleAppId;
    private const string SeededCertificate = "SEEDDIST01";

    private EmulatorFixture _emulator = null!;

    // With the contract check on, a malformed URL is refused by the spec's "format: uri" before a module reads it;
    // the modules' own URL check answers where the emulator runs without the spec, as it does by default.
    private EmulatorFixture _withoutSpec = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _emulator = await EmulatorFixture.StartAsync(o => o.WithContractCheck());
        _withoutSpec = await EmulatorFixture.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _emulator.DisposeAsync();
        await _withoutSpec.DisposeAsync();
    }

    [Test]
    public async Task Should_Answer_A_Too_Long_Text_Before_A_Bad_Url_On_A_Version_Localization()
    {
        // Given
        var localization = await VersionLocalizationAsync(_withoutSpec);

        // When
        var (status, body) = await _withoutSpec.SendAsync(HttpMethod.Patch, $"/v1/appStoreVersionLocalizations/{localization}", Entity("appStoreVersionLocalizations", new { marketingUrl = "not a url", whatsNew = new string('x', 4001) }, id: localization));

        // Then
        AssertError(status, body, HttpStatusCode.Conflict, "ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG", "/data/attributes/whatsNew", "'whatsNew' is 4001 characters; the maximum is 4000.");
    }

    [Test]
    public async Task Should_Answer_A_Too_Long_Name_Before_A_Bad_Url_On_An_App_Info_Localization()
    {
        // Given
        var info = await AppInfoAsync(_withoutSpec);

        // When
        var (status, body) = await _withoutSpec.SendAsync(HttpMethod.Post, "/v1/appInfoLocalizations", Entity("appInfoLocalizations", new { locale = "fr-FR", name = new string('n', 31), privacyPolicyUrl = "not a url" }, new { appInfo = To("appInfos", info) }));

        // Then
        AssertError(status, body, HttpStatusCode.Conflict, "ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG", "/data/attributes/name", "'name' is 31 characters; the maximum is 30.");
    }

    [Test]
    public async Task Should_Point_At_A_Url_That_Is_Not_One()
    {
        // Given
        var localization = await VersionLocalizationAsync(_withoutSpec);

        // When
        var (status, body) = await _withoutSpec.SendAsync(HttpMethod.Patch, $"/v1/appStoreVersionLocalizations/{localization}", Entity("appStoreVersionLocalizations", new { supportUrl = "support" }, id: localization));

        // Then
        AssertError(status, body, HttpStatusCode.UnprocessableEntity, "ENTITY_ERROR.ATTRIBUTE.INVALID", "/data/attributes/supportUrl", "'support' is not a valid URL.");
    }

    [Test]
    public async Task Should_Refuse_A_Second_Localization_For_A_Locale_Written_In_Another_Case()
    {
        // Given
        var info = await AppInfoAsync(_emulator);

        // When
        var (status, body) = await _emulator.SendAsync(HttpMethod.Post, "/v1/appInfoLocalizations", Entity("appInfoLocalizations", new { locale = "EN-us", name = "Another Name" }, new { appInfo = To("appInfos", info) }));

        // Then
        AssertError(status, body, HttpStatusCode.Conflict, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE", "/data/attributes/locale", "A localization for 'EN-us' already exists for this appInfo.");
    }

    [Test]
    public async Task Should_Point_At_The_Parent_A_Localization_Names_When_There_Is_None()
    {
        // When
        var (status, body) = await _emulator.SendAsync(HttpMethod.Post, "/v1/appStoreVersionLocalizations", Entity("appStoreVersionLocalizations", new { locale = "it" }, new { appStoreVersion = To("appStoreVersions", "missing") }));

        // Then
        AssertError(status, body, HttpStatusCode.UnprocessableEntity, "ENTITY_ERROR.RELATIONSHIP.INVALID", "/data/relationships/appStoreVersion/data/id", "There is no appStoreVersion with id 'missing'.");
    }

    [Test]
    public async Task Should_Point_At_The_Missing_Certificate_Of_A_Profile_By_Its_Place_In_The_List()
    {
        // Given
        var relationships = new
        {
            bundleId = To("bundleIds", SampleBundleId),
            certificates = new { data = new[] { new { type = "certificates", id = SeededCertificate }, new { type = "certificates", id = "MISSING1" } } },
        };

        // When
        var (status, body) = await _emulator.SendAsync(HttpMethod.Post, "/v1/profiles", Entity("profiles", new { name = "Steps test profile", profileType = "IOS_APP_STORE" }, relationships));

        // Then
        AssertError(status, body, HttpStatusCode.UnprocessableEntity, "ENTITY_ERROR.RELATIONSHIP.INVALID", "/data/relationships/certificates/data/1/id", "There is no certificate with id 'MISSING1'.");
    }

    [Test]
    public async Task Should_Call_The_Bundle_Id_A_Capability_Names_A_Bundle_Id_When_There_Is_None()
    {
        // When
        var (status, body) = await _emulator.SendAsync(HttpMethod.Post, "/v1/bundleIdCapabilities", Entity("bundleIdCapabilities", new { capabilityType = "GAME_CENTER" }, new { bundleId = To("bundleIds", "MISSING2") }));

        // Then
        AssertError(status, body, HttpStatusCode.UnprocessableEntity, "ENTITY_ERROR.RELATIONSHIP.INVALID", "/data/relationships/bundleId/data/id", "There is no bundle id with id 'MISSING2'.");
    }

    [TestCase("PATCH", "devices", "{\"name\":\"Renamed\"}")]
    [TestCase("PATCH", "bundleIds", "{\"name\":\"Renamed\"}")]
    [TestCase("PATCH", "certificates", "{\"activated\":false}")]
    [TestCase("PATCH", "bundleIdCapabilities", "{\"settings\":[]}")]
    [TestCase("PATCH", "appStoreVersionLocalizations", "{\"keywords\":\"cake\"}")]
    [TestCase("PATCH", "appInfoLocalizations", "{\"subtitle\":\"Cake\"}")]
    [TestCase("DELETE", "certificates", null)]
    [TestCase("DELETE", "profiles", null)]
    [TestCase("DELETE", "bundleIds", null)]
    [TestCase("DELETE", "bundleIdCapabilities", null)]
    [TestCase("DELETE", "appInfoLocalizations", null)]
    public async Task Should_Answer_404_For_A_Write_To_A_Record_That_Does_Not_Exist(string method, string type, string? attributes)
    {
        // When
        var (status, body) = await _emulator.SendAsync(new HttpMethod(method), $"/v1/{type}/NOSUCHID", attributes is null ? null : Entity(type, JsonNode.Parse(attributes), id: "NOSUCHID"));

        // Then
        AssertError(status, body, HttpStatusCode.NotFound, "NOT_FOUND", null, $"There is no resource of type '{type}' with id 'NOSUCHID'");
    }

    private static void AssertError(HttpStatusCode status, JsonNode? body, HttpStatusCode expected, string code, string? pointer, string detail)
    {
        Assert.That(status, Is.EqualTo(expected), () => body?.ToJsonString() ?? "no body");
        var error = body!["errors"]!.AsArray().Last()!;
        Assert.Multiple(() =>
        {
            Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo(code));
            Assert.That(error["detail"]!.GetValue<string>(), Is.EqualTo(detail));
            Assert.That(error["source"]?["pointer"]?.GetValue<string>(), Is.EqualTo(pointer));
        });
    }

    private static JsonObject Entity(string type, object? attributes = null, object? relationships = null, string? id = null)
    {
        var data = new JsonObject { ["type"] = type };
        if (id is not null)
        {
            data["id"] = id;
        }

        if (attributes is not null)
        {
            data["attributes"] = attributes as JsonNode ?? JsonSerializer.SerializeToNode(attributes);
        }

        if (relationships is not null)
        {
            data["relationships"] = JsonSerializer.SerializeToNode(relationships);
        }

        return new JsonObject { ["data"] = data };
    }

    private static object To(string type, string id) => new { data = new { type, id } };

    private static async Task<string> AppInfoAsync(EmulatorFixture emulator) =>
        (await emulator.GetOkAsync($"/v1/apps/{ListingApp}/appInfos"))["data"]![0]!["id"]!.GetValue<string>();

    private static async Task<string> VersionLocalizationAsync(EmulatorFixture emulator)
    {
        var version = (await emulator.GetOkAsync($"/v1/apps/{ListingApp}/appStoreVersions"))["data"]![0]!["id"]!.GetValue<string>();
        return (await emulator.GetOkAsync($"/v1/appStoreVersions/{version}/appStoreVersionLocalizations"))["data"]![0]!["id"]!.GetValue<string>();
    }
}
