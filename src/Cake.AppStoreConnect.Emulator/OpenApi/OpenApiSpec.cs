using System.Text.Json;

namespace Cake.AppStoreConnect.Emulator.OpenApi;

/// <summary>
/// An OpenAPI 3.0 document parsed once and indexed by operation. Apple's is 3.4 MB; it is kept as one
/// <see cref="JsonDocument"/> and schemas are resolved lazily by <c>$ref</c>.
/// </summary>
internal sealed class OpenApiSpec : IDisposable
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private readonly JsonDocument _document;
    private readonly Dictionary<int, List<OpenApiOperation>> _bySegmentCount = [];

    private OpenApiSpec(JsonDocument document)
    {
        _document = document;
        var operations = new List<OpenApiOperation>();
        foreach (var path in Root.GetProperty("paths").EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var p) ? p : default;
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                operations.Add(ReadOperation(path.Name, method.Name, method.Value, shared));
            }
        }

        Operations = operations;
        foreach (var operation in operations)
        {
            var count = operation.Segments.Length;
            if (!_bySegmentCount.TryGetValue(count, out var list))
            {
                list = [];
                _bySegmentCount[count] = list;
            }

            list.Add(operation);
        }
    }

    public JsonElement Root => _document.RootElement;

    public string Version => Root.TryGetProperty("info", out var info) && info.TryGetProperty("version", out var v) ? v.GetString() ?? "" : "";

    public IReadOnlyList<OpenApiOperation> Operations { get; }

    public static OpenApiSpec Load(string path)
    {
        using var stream = File.OpenRead(path);
        return new OpenApiSpec(JsonDocument.Parse(stream));
    }

    public static OpenApiSpec Parse(string json) => new(JsonDocument.Parse(json));

    /// <summary>Finds the operation for a request; literal segments win over templated ones (<c>/v1/apps/{id}</c>).</summary>
    public OpenApiOperation? Match(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        if (!_bySegmentCount.TryGetValue(segments.Length, out var candidates))
        {
            return null;
        }

        OpenApiOperation? best = null;
        var bestScore = -1;
        foreach (var operation in candidates.Where(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase)))
        {
            var score = Score(operation.Segments, segments);
            if (score > bestScore)
            {
                best = operation;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Follows a local reference such as <c>#/components/schemas/App</c>.</summary>
    public JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported, not '{reference}'.");
        }

        var element = Root;
        foreach (var segment in reference[2..].Split('/'))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (!element.TryGetProperty(name, out element))
            {
                throw new KeyNotFoundException($"Reference '{reference}' does not resolve.");
            }
        }

        return element;
    }

    public void Dispose() => _document.Dispose();

    private static int Score(string[] template, string[] segments)
    {
        var score = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i].StartsWith('{'))
            {
                if (segments[i].Length == 0)
                {
                    return -1;
                }
            }
            else if (template[i] == segments[i])
            {
                score++;
            }
            else
            {
                return -1;
            }
        }

        return score;
    }

    private OpenApiOperation ReadOperation(string path, string method, JsonElement operation, JsonElement shared)
    {
        var parameters = new Dictionary<string, OpenApiParameter>(StringComparer.Ordinal);
        foreach (var list in new[] { shared, operation.TryGetProperty("parameters", out var own) ? own : default })
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var raw in list.EnumerateArray())
            {
                var parameter = raw.TryGetProperty("$ref", out var reference) ? Resolve(reference.GetString()!) : raw;
                if (parameter.GetProperty("in").GetString() == "query")
                {
                    var name = parameter.GetProperty("name").GetString()!;
                    var required = parameter.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
                    parameters[name] = new OpenApiParameter(name, required, parameter.TryGetProperty("schema", out var s) ? s : default);
                }
            }
        }

        JsonElement? requestSchema = null;
        var bodyRequired = false;
        if (operation.TryGetProperty("requestBody", out var body))
        {
            requestSchema = JsonSchemaOf(body);
            bodyRequired = body.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
        }

        var responses = new Dictionary<string, OpenApiResponse>(StringComparer.Ordinal);
        foreach (var response in operation.GetProperty("responses").EnumerateObject())
        {
            var hasContent = response.Value.TryGetProperty("content", out _);
            responses[response.Name] = new OpenApiResponse(response.Name, JsonSchemaOf(response.Value), hasContent);
        }

        var operationId = operation.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{method} {path}";
        return new OpenApiOperation(method.ToUpperInvariant(), path, operationId, parameters, requestSchema, bodyRequired, responses);
    }

    private static JsonElement? JsonSchemaOf(JsonElement holder) =>
        holder.TryGetProperty("content", out var content)
        && content.TryGetProperty("application/json", out var json)
        && json.TryGetProperty("schema", out var schema)
            ? schema
            : null;
}
