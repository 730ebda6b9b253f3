using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>
/// Reads the emulator's change log over HTTP (<c>GET /_emulator/changes</c>, JSON and <c>?format=markdown</c>): the
/// add-in shares no code with the emulator, so the report is read as any client would.
/// </summary>
internal static class EmulatorChangeReader
{
    // The emulator's header for control requests when it accepts remote clients (--allow-remote), and the env file's name for its value.
    private const string TokenHeader = "X-Emulator-Token";
    private const string TokenVariable = "ASC_EMULATOR_CONTROL_TOKEN";

    public static AscEmulatorChangeReport Read(Uri apiUrl, IReadOnlyDictionary<string, string> variables)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var json = Get(http, new Uri(apiUrl, "/_emulator/changes"), variables);
        var markdown = Get(http, new Uri(apiUrl, "/_emulator/changes?format=markdown"), variables);
        try
        {
            return Parse(json, markdown);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new AscEmulatorException($"The emulator at {apiUrl} answered /_emulator/changes with a document this add-in cannot read ({e.Message}); use the emulator tool of the add-in's own version.", e);
        }
    }

    private static string Get(HttpClient http, Uri uri, IReadOnlyDictionary<string, string> variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (variables.TryGetValue(TokenVariable, out var token) && token.Length > 0)
        {
            request.Headers.Add(TokenHeader, token);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = http.Send(request);
            var body = new StreamReader(response.Content.ReadAsStream()).ReadToEnd();
            return response.IsSuccessStatusCode
                ? body
                : throw new AscEmulatorException($"The emulator at {uri.GetLeftPart(UriPartial.Authority)} answered GET {uri.PathAndQuery} with {(int)response.StatusCode}: {body}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new AscEmulatorException($"The emulator at {uri.GetLeftPart(UriPartial.Authority)} did not answer GET {uri.AbsolutePath} ({AscFailureText.Cause(e)}); it may have stopped, its output says why (run with --verbosity=diagnostic).", e);
        }
    }

    private static AscEmulatorChangeReport Parse(string json, string markdown)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var counts = new Dictionary<string, AscEmulatorChangeCounts>(StringComparer.Ordinal);
        foreach (var type in root.GetProperty("summary").EnumerateObject())
        {
            counts[type.Name] = new AscEmulatorChangeCounts(type.Value.GetProperty("created").GetInt32(), type.Value.GetProperty("updated").GetInt32(), type.Value.GetProperty("deleted").GetInt32());
        }

        var changes = new List<AscEmulatorChange>();
        foreach (var change in root.GetProperty("changes").EnumerateArray())
        {
            changes.Add(new AscEmulatorChange(
                change.GetProperty("sequence").GetInt64(),
                DateTimeOffset.Parse(change.GetProperty("at").GetString()!, CultureInfo.InvariantCulture),
                Enum.Parse<AscEmulatorChangeKind>(change.GetProperty("change").GetString()!, ignoreCase: true),
                change.GetProperty("type").GetString()!,
                change.GetProperty("id").GetString()!,
                change.TryGetProperty("cause", out var cause) && cause.ValueKind == JsonValueKind.String ? cause.GetString() : null,
                Enum.Parse<AscEmulatorChangeOrigin>(change.GetProperty("origin").GetString()!, ignoreCase: true),
                change.TryGetProperty("times", out var times) ? times.GetInt32() : 1,
                Record(change, "before"),
                Record(change, "after")));
        }

        return new AscEmulatorChangeReport(changes, counts, markdown);
    }

    // Cloned, so the record outlives the parsed document.
    private static JsonElement? Record(JsonElement change, string name) =>
        change.TryGetProperty(name, out var record) && record.ValueKind == JsonValueKind.Object ? record.Clone() : null;
}
