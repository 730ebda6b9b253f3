using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace Cake.AppStoreConnect.Emulator.OpenApi;

/// <summary>A query parameter the spec refuses: undeclared (illegal) or with a value its schema rejects.</summary>
internal sealed record ParameterViolation(string Parameter, bool Illegal, string Message);

/// <summary>
/// Checks a query string against an operation's declared parameters: names, required ones, and values
/// (comma-separated arrays as Apple's <c>style: form, explode: false</c>, integers with their bounds,
/// booleans, enums). <c>cursor</c> is allowed though undeclared, because Apple's own next links carry it.
/// </summary>
internal static class ParameterValidator
{
    public const string Cursor = "cursor";

    public static IReadOnlyList<ParameterViolation> Validate(OpenApiOperation operation, IEnumerable<KeyValuePair<string, StringValues>> query, SchemaValidator schemas)
    {
        var violations = new List<ParameterViolation>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            present.Add(name);
            if (!operation.QueryParameters.TryGetValue(name, out var parameter))
            {
                if (name != Cursor)
                {
                    violations.Add(new(name, true, $"'{name}' is not a parameter of {operation.OperationId}"));
                }

                continue;
            }

            if (CheckValue(parameter, values.ToString(), schemas) is { } problem)
            {
                violations.Add(new(name, false, problem));
            }
        }

        violations.AddRange(operation.QueryParameters.Values
            .Where(p => p.Required && !present.Contains(p.Name))
            .Select(p => new ParameterViolation(p.Name, false, $"the required parameter '{p.Name}' is missing")));
        return violations;
    }

    private static string? CheckValue(OpenApiParameter parameter, string raw, SchemaValidator schemas)
    {
        var schema = parameter.Schema;
        var type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "array")
        {
            var items = schema.TryGetProperty("items", out var i) ? i : default;
            foreach (var item in raw.Split(','))
            {
                if (item.Length == 0)
                {
                    return "has an empty item";
                }

                if (CheckScalar(items, item, schemas) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        return CheckScalar(schema, raw, schemas);
    }

    private static string? CheckScalar(JsonElement schema, string raw, SchemaValidator schemas)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : "string";
        string json;
        switch (type)
        {
            case "integer":
            case "number":
                if (!decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    return $"'{raw}' is not a {type}";
                }

                json = number.ToString(CultureInfo.InvariantCulture);
                break;
            case "boolean":
                if (raw is not ("true" or "false"))
                {
                    return $"'{raw}' is not a boolean";
                }

                json = raw;
                break;
            default:
                json = JsonSerializer.Serialize(raw);
                break;
        }

        using var value = JsonDocument.Parse(json);
        var violations = schemas.Validate(schema, value.RootElement, "parameter");
        return violations.Count == 0 ? null : $"'{raw}': {violations[0].Message}";
    }
}
