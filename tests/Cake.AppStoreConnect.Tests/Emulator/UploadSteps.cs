using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>The Build Upload API's steps over plain HTTP, each returning what the next needs.</summary>
internal static class UploadSteps
{
    public const string SampleAppId = "1530123457";

    public static object CreateUploadBody(string appId, string version, string build, string platform = "IOS") => new
    {
        data = new
        {
            type = "buildUploads",
            attributes = new { cfBundleShortVersionString = version, cfBundleVersion = build, platform },
            relationships = new { app = new { data = new { type = "apps", id = appId } } },
        },
    };

    public static object ReserveBody(string uploadId, long size, string uti = "com.apple.ipa", string fileName = "Sample.ipa") => new
    {
        data = new
        {
            type = "buildUploadFiles",
            attributes = new { assetType = "ASSET", fileName, fileSize = size, uti },
            relationships = new { buildUpload = new { data = new { type = "buildUploads", id = uploadId } } },
        },
    };

    public static object CommitBody(string fileId, string hash, string algorithm) => new
    {
        data = new
        {
            type = "buildUploadFiles",
            id = fileId,
            attributes = new { uploaded = true, sourceFileChecksums = new { file = new { hash, algorithm } } },
        },
    };

    public static async Task<string> CreateUploadAsync(EmulatorFixture emulator, string version, string build, string appId = SampleAppId, string platform = "IOS")
    {
        var (status, body) = await emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", CreateUploadBody(appId, version, build, platform));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), () => body!.ToJsonString());
        return body!["data"]!["id"]!.GetValue<string>();
    }

    public static async Task<JsonObject> ReserveAsync(EmulatorFixture emulator, string uploadId, long size, string uti = "com.apple.ipa")
    {
        var (status, body) = await emulator.SendAsync(HttpMethod.Post, "/v1/buildUploadFiles", ReserveBody(uploadId, size, uti));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), () => body!.ToJsonString());
        return body!["data"]!.AsObject();
    }

    public static IEnumerable<JsonObject> Operations(JsonObject file) =>
        file["attributes"]!["uploadOperations"]!.AsArray().Select(o => o!.AsObject());

    public static async Task<HttpStatusCode> PutPartAsync(HttpClient client, JsonObject operation, byte[] content, Action<HttpRequestMessage>? tweak = null)
    {
        var offset = operation["offset"]!.GetValue<long>();
        var length = operation["length"]!.GetValue<long>();
        using var request = new HttpRequestMessage(new HttpMethod(operation["method"]!.GetValue<string>()), operation["url"]!.GetValue<string>());
        request.Content = new ByteArrayContent(content, (int)offset, (int)length);
        foreach (var header in operation["requestHeaders"]!.AsArray())
        {
            request.Content.Headers.TryAddWithoutValidation(header!["name"]!.GetValue<string>(), header["value"]!.GetValue<string>());
        }

        tweak?.Invoke(request);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Sends every part in parallel, in reverse order, as a client with several connections would.</summary>
    public static async Task PutAllPartsAsync(HttpClient client, JsonObject file, byte[] content)
    {
        var statuses = await Task.WhenAll(Operations(file).Reverse().Select(o => PutPartAsync(client, o, content)));
        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> CommitAsync(EmulatorFixture emulator, string fileId, byte[] content, string algorithm = "MD5")
    {
#pragma warning disable CA5351 // Apple's commit takes an MD5 checksum; it is an integrity check, not security.
        var hash = algorithm == "MD5" ? Convert.ToHexStringLower(MD5.HashData(content)) : Convert.ToHexStringLower(SHA256.HashData(content));
#pragma warning restore CA5351
        return await emulator.SendAsync(HttpMethod.Patch, $"/v1/buildUploadFiles/{fileId}", CommitBody(fileId, hash, algorithm));
    }

    /// <summary>Create, reserve, send and commit; returns the upload id.</summary>
    public static async Task<string> UploadAsync(EmulatorFixture emulator, string version, string build, byte[] content, string algorithm = "MD5", string platform = "IOS", string uti = "com.apple.ipa")
    {
        var uploadId = await CreateUploadAsync(emulator, version, build, platform: platform);
        var file = await ReserveAsync(emulator, uploadId, content.Length, uti);
        await PutAllPartsAsync(emulator.Control, file, content);
        var (status, body) = await CommitAsync(emulator, file["id"]!.GetValue<string>(), content, algorithm);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), () => body!.ToJsonString());
        return uploadId;
    }

    /// <summary>
    /// Reads an upload once its processing time has passed (moving the emulator's clock, when it has one). States are
    /// derived from timestamps, not from background work, so one read is final: nothing is polled.
    /// </summary>
    public static async Task<JsonNode> ProcessedUploadAsync(EmulatorFixture emulator, string uploadId, params string[] states)
    {
        emulator.Clock?.Advance(emulator.Host.Options.ProcessingTime);
        var upload = await emulator.GetOkAsync($"/v1/buildUploads/{uploadId}?include=build");
        Assert.That(upload["data"]!["attributes"]!["state"]!["state"]!.GetValue<string>(), Is.AnyOf(states), () => $"upload {uploadId}: {upload.ToJsonString()}");
        return upload;
    }

    public static void UseToken(HttpClient client, string token) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
}
