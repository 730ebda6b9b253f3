using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

public sealed class BuildUploadFlowTests
{
    private EmulatorFixture _emulator = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    private static string Attribute(JsonNode resource, string name) => resource["attributes"]![name]!.GetValue<string>();

    [TestCase("MD5", "1.0.0", "1")]
    [TestCase("SHA_256", "1.0.0", "2")]
    public async Task Should_Turn_A_Committed_Upload_Into_A_Valid_Build(string algorithm, string version, string build)
    {
        // Given
        var ipa = Archives.Ipa();
        var uploadId = await UploadSteps.CreateUploadAsync(_emulator, version, build);
        var file = await UploadSteps.ReserveAsync(_emulator, uploadId, ipa.Length);
        var operations = UploadSteps.Operations(file).ToList();
        Assert.That(operations, Has.Count.EqualTo((ipa.Length + 1023) / 1024));
        Assert.That(operations.Select(o => o["partNumber"]!.GetValue<int>()), Is.EqualTo(Enumerable.Range(1, operations.Count)));
        Assert.That(operations.Sum(o => o["length"]!.GetValue<long>()), Is.EqualTo(ipa.Length));
        Assert.That(operations[0]["requestHeaders"]!.ToJsonString(), Is.EqualTo("""[{"name":"Content-Type","value":"application/octet-stream"}]"""));

        // When the parts go in parallel and out of order, and the file is committed
        await UploadSteps.PutAllPartsAsync(_emulator.Control, file, ipa);
        var (status, committed) = await UploadSteps.CommitAsync(_emulator, file["id"]!.GetValue<string>(), ipa, algorithm);

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), () => committed!.ToJsonString());
        var upload = await UploadSteps.ProcessedUploadAsync(_emulator, uploadId, "COMPLETE", "FAILED");
        Assert.That(upload["data"]!["attributes"]!["state"]!["state"]!.GetValue<string>(), Is.EqualTo("COMPLETE"));
        var buildId = upload["data"]!["relationships"]!["build"]!["data"]!["id"]!.GetValue<string>();
        var built = await _emulator.GetOkAsync($"/v1/builds/{buildId}?include=preReleaseVersion");
        Assert.That(Attribute(built["data"]!, "version"), Is.EqualTo(build));
        Assert.That(Attribute(built["data"]!, "processingState"), Is.EqualTo("VALID"));
        Assert.That(built["data"]!["attributes"]!["usesNonExemptEncryption"], Is.Null);
        Assert.That(Attribute(built["included"]![0]!, "version"), Is.EqualTo(version));
        var listed = await _emulator.GetOkAsync($"/v1/builds?filter[app]={UploadSteps.SampleAppId}&filter[version]={build}&filter[preReleaseVersion.version]={version}");
        Assert.That(listed["data"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_Show_Processing_Until_The_Processing_Time_Has_Passed()
    {
        // Given an emulator whose processing takes an hour
        await using var slow = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.ProcessingTime = TimeSpan.FromHours(1)));
        var ipa = Archives.Ipa();

        // When
        var uploadId = await UploadSteps.UploadAsync(slow, "1.0", "1", ipa);

        // Then
        var upload = await slow.GetOkAsync($"/v1/buildUploads/{uploadId}?include=assetFile");
        Assert.That(upload["data"]!["attributes"]!["state"]!["state"]!.GetValue<string>(), Is.EqualTo("PROCESSING"));
        Assert.That(upload["included"]![0]!["attributes"]!["assetDeliveryState"]!["state"]!.GetValue<string>(), Is.EqualTo("UPLOAD_COMPLETE"));
        Assert.That((await slow.GetOkAsync("/v1/builds"))["data"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Should_Refuse_A_Checksum_That_Does_Not_Match()
    {
        // Given
        var ipa = Archives.Ipa();
        var uploadId = await UploadSteps.CreateUploadAsync(_emulator, "1.1", "1");
        var file = await UploadSteps.ReserveAsync(_emulator, uploadId, ipa.Length);
        await UploadSteps.PutAllPartsAsync(_emulator.Control, file, ipa);
        var fileId = file["id"]!.GetValue<string>();

        // When
        var (status, body) = await _emulator.SendAsync(HttpMethod.Patch, $"/v1/buildUploadFiles/{fileId}", UploadSteps.CommitBody(fileId, new string('0', 32), "MD5"));

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(body!["errors"]![0]!["source"]!["pointer"]!.GetValue<string>(), Is.EqualTo("/data/attributes/sourceFileChecksums/file/hash"));
        var upload = await _emulator.GetOkAsync($"/v1/buildUploads/{uploadId}");
        Assert.That(upload["data"]!["attributes"]!["state"]!["state"]!.GetValue<string>(), Is.EqualTo("AWAITING_UPLOAD"));
    }

    [Test]
    public async Task Should_Refuse_A_Commit_With_A_Missing_Part()
    {
        // Given every part but the second
        var ipa = Archives.Ipa();
        var uploadId = await UploadSteps.CreateUploadAsync(_emulator, "1.2", "1");
        var file = await UploadSteps.ReserveAsync(_emulator, uploadId, ipa.Length);
        foreach (var operation in UploadSteps.Operations(file).Where(o => o["partNumber"]!.GetValue<int>() != 2))
        {
            Assert.That(await UploadSteps.PutPartAsync(_emulator.Control, operation, ipa), Is.EqualTo(HttpStatusCode.OK));
        }

        // When
        var (status, body) = await UploadSteps.CommitAsync(_emulator, file["id"]!.GetValue<string>(), ipa);

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("STATE_ERROR"));
        Assert.That(body["errors"]![0]!["detail"]!.GetValue<string>(), Does.StartWith("Part(s) 2 of"));
    }

    [Test]
    public async Task Should_Refuse_A_Second_Upload_Of_The_Same_Build_Number()
    {
        // Given
        await UploadSteps.CreateUploadAsync(_emulator, "1.3", "7");

        // When
        var (status, body) = await _emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", UploadSteps.CreateUploadBody(UploadSteps.SampleAppId, "1.3", "7"));

        // Then the telling code is in a later entry, as Apple's duplicate answers have it
        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
        var codes = body!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>());
        Assert.That(codes, Does.Contain("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"));
        var state = await _emulator.StateAsync();
        Assert.That(state["buildUploads"]!.AsArray().Count(u => u!["cfBundleShortVersionString"]!.GetValue<string>() == "1.3"), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_Allow_The_Same_Build_Number_On_Another_Platform() =>
        await UploadSteps.CreateUploadAsync(_emulator, "1.9", "8", platform: "MAC_OS").ContinueWith(t => UploadSteps.CreateUploadAsync(_emulator, "1.9", "8", platform: "IOS")).Unwrap();

    [Test]
    public async Task Should_Refuse_An_Unknown_App()
    {
        var (status, body) = await _emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", UploadSteps.CreateUploadBody("1", "1.0", "1"));

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("ENTITY_ERROR.RELATIONSHIP.INVALID"));
    }

    [Test]
    public async Task Should_Refuse_A_Missing_Attribute()
    {
        var body = JsonNode.Parse("""{"data":{"type":"buildUploads","attributes":{"cfBundleVersion":"1","platform":"IOS"},"relationships":{"app":{"data":{"type":"apps","id":"1530123457"}}}}}""")!;

        var (status, errors) = await _emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", body);

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(errors!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("ENTITY_ERROR.ATTRIBUTE.REQUIRED"));
        Assert.That(errors["errors"]![0]!["source"]!["pointer"]!.GetValue<string>(), Is.EqualTo("/data/attributes/cfBundleShortVersionString"));
    }

    [TestCase("no-app-bundle", "90171")]
    [TestCase("not-a-zip", "90167")]
    public async Task Should_Fail_Processing_Of_An_Archive_That_Is_Not_An_App(string kind, string code)
    {
        // Given
        var content = kind == "no-app-bundle" ? Archives.IpaWithoutAppBundle() : Archives.NotAZip();

        // When
        var uploadId = await UploadSteps.UploadAsync(_emulator, "1.4", kind == "no-app-bundle" ? "1" : "2", content);

        // Then
        var upload = await UploadSteps.ProcessedUploadAsync(_emulator, uploadId, "COMPLETE", "FAILED");
        var state = upload["data"]!["attributes"]!["state"]!;
        Assert.That(state["state"]!.GetValue<string>(), Is.EqualTo("FAILED"));
        Assert.That(state["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo(code));
        Assert.That(upload["data"]!["relationships"]?["build"], Is.Null);
    }

    [Test]
    public async Task Should_Accept_A_Package_For_Mac_OS()
    {
        var uploadId = await UploadSteps.UploadAsync(_emulator, "1.5", "1", Archives.Package(), platform: "MAC_OS", uti: "com.apple.pkg");

        var upload = await UploadSteps.ProcessedUploadAsync(_emulator, uploadId, "COMPLETE", "FAILED");

        Assert.That(upload["data"]!["attributes"]!["state"]!["state"]!.GetValue<string>(), Is.EqualTo("COMPLETE"));
    }

    [Test]
    public async Task Should_Refuse_Parts_That_Carry_The_Token_Or_The_Wrong_Length()
    {
        // Given
        var ipa = Archives.Ipa();
        var uploadId = await UploadSteps.CreateUploadAsync(_emulator, "1.6", "1");
        var operation = UploadSteps.Operations(await UploadSteps.ReserveAsync(_emulator, uploadId, ipa.Length)).First();

        // When
        var withToken = await UploadSteps.PutPartAsync(_emulator.Http, operation, ipa);
        var tooShort = await UploadSteps.PutPartAsync(_emulator.Control, operation, ipa, r => r.Content = new ByteArrayContent(ipa, 0, 10) { Headers = { { "Content-Type", "application/octet-stream" } } });

        // Then
        Assert.That(withToken, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(tooShort, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Should_Refuse_Parts_After_The_Urls_Expired()
    {
        // Given an emulator whose upload URLs are valid for no time at all
        await using var strict = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.UploadUrlLifetime = TimeSpan.FromMilliseconds(-1)));
        var ipa = Archives.Ipa();
        var uploadId = await UploadSteps.CreateUploadAsync(strict, "1.0", "1");
        var operation = UploadSteps.Operations(await UploadSteps.ReserveAsync(strict, uploadId, ipa.Length)).First();

        // Then
        Assert.That(await UploadSteps.PutPartAsync(strict.Control, operation, ipa), Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Should_Answer_A_Repeated_Commit_With_The_Committed_File()
    {
        // Given a committed upload
        var ipa = Archives.Ipa();
        var uploadId = await UploadSteps.CreateUploadAsync(_emulator, "1.7", "1");
        var file = await UploadSteps.ReserveAsync(_emulator, uploadId, ipa.Length);
        await UploadSteps.PutAllPartsAsync(_emulator.Control, file, ipa);
        var fileId = file["id"]!.GetValue<string>();
        Assert.That((await UploadSteps.CommitAsync(_emulator, fileId, ipa)).Status, Is.EqualTo(HttpStatusCode.OK));

        // When the client retries the commit
        var (status, _) = await UploadSteps.CommitAsync(_emulator, fileId, ipa);

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        await UploadSteps.ProcessedUploadAsync(_emulator, uploadId, "COMPLETE");
        var state = await _emulator.StateAsync();
        Assert.That(state["builds"]!.AsArray().Count(b => b!["buildUploadId"]?.GetValue<string>() == uploadId), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_List_Uploads_Of_An_App_Newest_First_And_Delete_One()
    {
        // Given
        await UploadSteps.CreateUploadAsync(_emulator, "3.0", "1", appId: "1481192346");
        var newest = await UploadSteps.CreateUploadAsync(_emulator, "3.0", "2", appId: "1481192346");

        // When
        var listed = await _emulator.GetOkAsync("/v1/apps/1481192346/buildUploads?sort=-uploadedDate&limit=1&filter[state]=AWAITING_UPLOAD");
        var (deleted, _) = await _emulator.SendAsync(HttpMethod.Delete, $"/v1/buildUploads/{newest}");

        // Then
        Assert.That(listed["data"]![0]!["id"]!.GetValue<string>(), Is.EqualTo(newest));
        Assert.That(listed["meta"]!["paging"]!["total"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(deleted, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await _emulator.GetAsync($"/v1/buildUploads/{newest}")).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Should_Record_Export_Compliance_And_Expiry_On_A_Build()
    {
        // Given
        var uploadId = await UploadSteps.UploadAsync(_emulator, "1.8", "1", Archives.Ipa());
        var upload = await UploadSteps.ProcessedUploadAsync(_emulator, uploadId, "COMPLETE");
        var buildId = upload["data"]!["relationships"]!["build"]!["data"]!["id"]!.GetValue<string>();
        var body = new { data = new { type = "builds", id = buildId, attributes = new { usesNonExemptEncryption = false, expired = true } } };

        // When
        var (status, build) = await _emulator.SendAsync(HttpMethod.Patch, $"/v1/builds/{buildId}", body);

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), () => build!.ToJsonString());
        Assert.That(build!["data"]!["attributes"]!["usesNonExemptEncryption"]!.GetValue<bool>(), Is.False);
        Assert.That(build["data"]!["attributes"]!["expired"]!.GetValue<bool>(), Is.True);
        var expired = await _emulator.GetOkAsync($"/v1/builds?filter[expired]=true&filter[app]={UploadSteps.SampleAppId}");
        Assert.That(expired["data"]!.AsArray().Select(b => b!["id"]!.GetValue<string>()), Does.Contain(buildId));
    }
}
