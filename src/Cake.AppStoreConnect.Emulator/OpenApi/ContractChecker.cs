using System.Globalization;
using System.Text.Json;
using Cake.AppStoreConnect.Emulator.JsonApi;

namespace Cake.AppStoreConnect.Emulator.OpenApi;

/// <summary>
/// Holds Apple's spec against the traffic: requests that break it are refused Apple-style (400/422),
/// responses that break it are replaced by a 500 <c>EMULATOR_CONTRACT_VIOLATION</c>; both are recorded.
/// </summary>
internal sealed class ContractChecker : IDisposable
{
    public const string ViolationCode = "EMULATOR_CONTRACT_VIOLATION";

    /// <summary>
    /// Statuses Apple sends although its spec does not declare them: the reports' 404 NOT_FOUND "There were
    /// no sales for the date specified.". They are checked as Apple's error document (the 400's schema).
    /// </summary>
    private static readonly HashSet<(string OperationId, string Status)> KnownUndeclared =
    [
        ("salesReports_getCollection", "404"),
        ("financeReports_getCollection", "404"),
    ];

    private readonly bool _ownsSpec;

    public ContractChecker(OpenApiSpec spec, bool ownsSpec = true)
    {
        Spec = spec;
        _ownsSpec = ownsSpec;
        Schemas = new SchemaValidator(spec);
    }

    public OpenApiSpec Spec { get; }

    public SchemaValidator Schemas { get; }

    public ContractRecorder Recorder { get; } = new();

    public static ContractChecker Load(string path) => new(OpenApiSpec.Load(path));

    public OpenApiOperation? Match(string method, string path) => Spec.Match(method, path);

    /// <summary>Checks the query and body of a request; returns the error to answer with, or null.</summary>
    public async Task<ApiException?> CheckRequestAsync(HttpContext http, OpenApiOperation operation, DateTimeOffset now)
    {
        var request = http.Request;
        var parameters = ParameterValidator.Validate(operation, request.Query, Schemas);
        foreach (var p in parameters)
        {
            Record("request", operation, request, 400, "?" + p.Parameter, $"{operation.OperationId}/parameters/{p.Parameter}", p.Message, now);
        }

        if (parameters.Count > 0)
        {
            var first = parameters[0];
            return first.Illegal ? Errors.ParameterIllegal(first.Parameter) : Errors.ParameterInvalid(first.Parameter, $"The parameter '{first.Parameter}' is invalid: {first.Message}.");
        }

        if (operation.RequestSchema is not { } schema)
        {
            return null;
        }

        request.EnableBuffering();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, http.RequestAborted);
        request.Body.Position = 0;
        if (body.Length == 0)
        {
            return operation.RequestBodyRequired ? Errors.BodyInvalid("A request body is required.") : null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException e)
        {
            return Errors.BodyInvalid($"The request body is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var violations = Schemas.Validate(schema, document.RootElement, $"#/paths/{operation.PathTemplate}/{operation.Method}/requestBody");
            foreach (var v in violations)
            {
                Record("request", operation, request, 422, v.InstancePath, v.SchemaPath, v.Message, now);
            }

            return violations.Count == 0 ? null : ToEntityError(violations[0]);
        }
    }

    /// <summary>Checks a response the emulator is about to send; returns the violations (none when it keeps the contract).</summary>
    public IReadOnlyList<SchemaViolation> CheckResponse(OpenApiOperation operation, int status, string? contentType, byte[] body)
    {
        var code = status.ToString(CultureInfo.InvariantCulture);
        var at = $"#/paths/{operation.PathTemplate}/{operation.Method}/responses/{code}";
        if (!operation.Responses.TryGetValue(code, out var response) && !operation.Responses.TryGetValue("default", out response)
            && !(KnownUndeclared.Contains((operation.OperationId, code)) && operation.Responses.TryGetValue("400", out response)))
        {
            return [new("", at, $"status {code} is not declared for {operation.OperationId}")];
        }

        if (response.JsonSchema is not { } schema)
        {
            return !response.HasContent && body.Length > 0 ? [new("", at, "a body was sent where the spec declares no content")] : [];
        }

        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return [new("", at, $"the content type is '{contentType}', not application/json")];
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return IsEmptyToOne(operation, status, document.RootElement)
                ? Schemas.Validate(LinksSchema(schema), document.RootElement.GetProperty("links"), at + "/links")
                : Schemas.Validate(schema, document.RootElement, at);
        }
        catch (JsonException e)
        {
            return [new("", at, $"the body is not valid JSON: {e.Message}")];
        }
    }

    /// <summary>
    /// An empty to-one read: Apple answers 200 <c>{"data": null, "links": {…}}</c> (for example a version's
    /// phased release before one exists) although its spec declares <c>data</c> an object. Only the links
    /// are checked then.
    /// </summary>
    private static bool IsEmptyToOne(OpenApiOperation operation, int status, JsonElement root) =>
        status == 200
        && (operation.OperationId.EndsWith("_getToOneRelated", StringComparison.Ordinal) || operation.OperationId.EndsWith("_getToOneRelationship", StringComparison.Ordinal))
        && root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Null
        && root.TryGetProperty("links", out _);

    private JsonElement LinksSchema(JsonElement responseSchema)
    {
        var resolved = responseSchema.TryGetProperty("$ref", out var reference) ? Spec.Resolve(reference.GetString()!) : responseSchema;
        return resolved.GetProperty("properties").GetProperty("links");
    }

    public void RecordResponseViolations(OpenApiOperation operation, HttpRequest request, int status, IReadOnlyList<SchemaViolation> violations, DateTimeOffset now)
    {
        foreach (var v in violations)
        {
            Record("response", operation, request, status, v.InstancePath, v.SchemaPath, v.Message, now);
        }
    }

    public void Dispose()
    {
        if (_ownsSpec)
        {
            Spec.Dispose();
        }
    }

    private void Record(string direction, OpenApiOperation operation, HttpRequest request, int status, string instancePath, string schemaPath, string message, DateTimeOffset now) =>
        Recorder.Violation(new ContractViolation(direction, operation.OperationId, request.Method, request.Path + request.QueryString, status, instancePath, schemaPath, message, now));

    private static ApiException ToEntityError(SchemaViolation violation)
    {
        var pointer = violation.InstancePath;
        var detail = $"'{(pointer.Length == 0 ? "/" : pointer)}' {violation.Message}.";
        return violation.SchemaPath switch
        {
            var s when s.EndsWith("/required", StringComparison.Ordinal) => new ApiException(new ApiError(
                422, "ENTITY_ERROR.ATTRIBUTE.REQUIRED", "You must provide a value for the attribute with this request", detail, Pointer: pointer)),
            var s when s.EndsWith("/type", StringComparison.Ordinal) => new ApiException(new ApiError(
                422, "ENTITY_ERROR.ATTRIBUTE.TYPE", "An attribute in the provided entity has the wrong type", detail, Pointer: pointer)),
            _ when pointer.StartsWith("/data/relationships", StringComparison.Ordinal) => Errors.RelationshipInvalid(pointer, detail),
            _ => Errors.AttributeInvalid(pointer, detail),
        };
    }
}
