using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>Plain HTTP to the emulator, as another tool (the web UI, a colleague's script, curl) would send it.</summary>
public static class EmulatorHttp
{
    /// <summary>Sends a request (by default with the team key's token) and returns the status and the JSON body, if any.</summary>
    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(this EmulatorFixture emulator, HttpMethod method, string path, object? body = null, HttpClient? client = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            var json = body is JsonNode node ? node.ToJsonString() : System.Text.Json.JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await (client ?? emulator.Http).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Sends a request and asserts that it succeeded; returns the JSON body, if any.</summary>
    public static async Task<JsonNode?> SendOkAsync(this EmulatorFixture emulator, HttpMethod method, string path, object? body = null)
    {
        var (status, answer) = await emulator.SendAsync(method, path, body);
        Assert.That((int)status, Is.InRange(200, 299), () => $"{method} {path}: {(int)status} {answer?.ToJsonString()}");
        return answer;
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(this EmulatorFixture emulator, string path) => emulator.SendAsync(HttpMethod.Get, path);

    /// <summary>Gets a path and asserts 200 OK.</summary>
    public static async Task<JsonNode> GetOkAsync(this EmulatorFixture emulator, string path)
    {
        var (status, body) = await emulator.GetAsync(path);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), () => $"GET {path}: {body}");
        return body!;
    }
}
