using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cake.AppStoreConnect.Emulator.OpenApi;

/// <summary>
/// A small validator of the OpenAPI 3.0 schema subset Apple's document uses: <c>$ref</c>, <c>type</c>,
/// <c>nullable</c>, <c>properties</c>, <c>required</c>, <c>additionalProperties</c>, <c>enum</c>, <c>items</c>,
/// <c>oneOf</c> (with or without <c>discriminator</c>), <c>anyOf</c>, <c>allOf</c>, <c>minimum</c>/<c>maximum</c>,
/// <c>minItems</c>/<c>maxItems</c>, and the formats <c>date-time</c>, <c>uri</c>, <c>uri-reference</c> and <c>email</c>.
/// </summary>
internal sealed partial class SchemaValidator
{
    private const int MaximumDepth = 64;
    private readonly OpenApiSpec _spec;

    public SchemaValidator(OpenApiSpec spec)
    {
        _spec = spec;
    }

    public IReadOnlyList<SchemaViolation> Validate(JsonElement schema, JsonElement instance, string schemaPath)
    {
        var violations = new List<SchemaViolation>();
        Check(schema, instance, "", schemaPath, violations, 0);
        return violations;
    }

    private void Check(JsonElement schema, JsonElement value, string at, string schemaPath, List<SchemaViolation> violations, int depth)
    {
        if (depth > MaximumDepth)
        {
            violations.Add(new(at, schemaPath, "schema nesting too deep"));
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        // nullable sits beside $ref in Apple's document (e.g. sourceFileChecksums), so it is read first.
        if (value.ValueKind == JsonValueKind.Null && Bool(schema, "nullable"))
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            Check(_spec.Resolve(target), value, at, target, violations, depth + 1);
            return;
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            CheckOneOf(schema, oneOf, value, at, schemaPath, violations, depth);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf)
            && !anyOf.EnumerateArray().Any(s => Matches(s, value, at, schemaPath, depth)))
        {
            violations.Add(new(at, schemaPath + "/anyOf", "matches none of the anyOf schemas"));
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            var i = 0;
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, value, at, $"{schemaPath}/allOf/{i++}", violations, depth + 1);
            }
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (schema.TryGetProperty("type", out _))
            {
                violations.Add(new(at, schemaPath, "null is not allowed (the schema is not nullable)"));
            }

            return;
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!))
        {
            violations.Add(new(at, schemaPath + "/type", $"expected {type.GetString()}, found {Describe(value)}"));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            violations.Add(new(at, schemaPath + "/enum", $"{value.GetRawText()} is not one of {allowed.GetRawText()}"));
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, at, schemaPath, violations, depth);
                break;
            case JsonValueKind.Array:
                CheckArray(schema, value, at, schemaPath, violations, depth);
                break;
            case JsonValueKind.String:
                CheckFormat(schema, value.GetString()!, at, schemaPath, violations);
                break;
            case JsonValueKind.Number:
                CheckRange(schema, value.GetDecimal(), at, schemaPath, violations);
                break;
        }
    }

    private bool Matches(JsonElement schema, JsonElement value, string at, string schemaPath, int depth)
    {
        var scratch = new List<SchemaViolation>();
        Check(schema, value, at, schemaPath, scratch, depth + 1);
        return scratch.Count == 0;
    }

    private void CheckOneOf(JsonElement schema, JsonElement oneOf, JsonElement value, string at, string schemaPath, List<SchemaViolation> violations, int depth)
    {
        if (schema.TryGetProperty("discriminator", out var discriminator) && value.ValueKind == JsonValueKind.Object)
        {
            var property = discriminator.GetProperty("propertyName").GetString()!;
            if (!value.TryGetProperty(property, out var tag) || tag.ValueKind != JsonValueKind.String)
            {
                violations.Add(new(at, schemaPath + "/discriminator", $"the discriminator '{property}' is missing"));
                return;
            }

            var target = DiscriminatedSchema(discriminator, oneOf, tag.GetString()!);
            if (target is null)
            {
                violations.Add(new(at + "/" + property, schemaPath + "/discriminator", $"'{tag.GetString()}' is not a value the discriminator maps"));
                return;
            }

            Check(_spec.Resolve(target), value, at, target, violations, depth + 1);
            return;
        }

        var matches = oneOf.EnumerateArray().Count(s => Matches(s, value, at, schemaPath, depth));
        if (matches != 1)
        {
            violations.Add(new(at, schemaPath + "/oneOf", matches == 0 ? "matches none of the oneOf schemas" : $"matches {matches} of the oneOf schemas, not exactly one"));
        }
    }

    private static string? DiscriminatedSchema(JsonElement discriminator, JsonElement oneOf, string tag)
    {
        if (discriminator.TryGetProperty("mapping", out var mapping))
        {
            return mapping.TryGetProperty(tag, out var mapped) ? mapped.GetString() : null;
        }

        // Without a mapping, OpenAPI matches the tag against the referenced schema names.
        return oneOf.EnumerateArray()
            .Select(s => s.TryGetProperty("$ref", out var r) ? r.GetString() : null)
            .FirstOrDefault(r => r is not null && r[(r.LastIndexOf('/') + 1)..] == tag);
    }

    private void CheckObject(JsonElement schema, JsonElement value, string at, string schemaPath, List<SchemaViolation> violations, int depth)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                violations.Add(new($"{at}/{name}", schemaPath + "/required", $"required property '{name}' is missing"));
            }
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, $"{at}/{property.Name}", $"{schemaPath}/properties/{property.Name}", violations, depth + 1);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                violations.Add(new($"{at}/{property.Name}", schemaPath + "/additionalProperties", $"property '{property.Name}' is not allowed"));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, $"{at}/{property.Name}", schemaPath + "/additionalProperties", violations, depth + 1);
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string at, string schemaPath, List<SchemaViolation> violations, int depth)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
        {
            violations.Add(new(at, schemaPath + "/minItems", $"has {count} items, fewer than {min.GetInt32()}"));
        }

        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
        {
            violations.Add(new(at, schemaPath + "/maxItems", $"has {count} items, more than {max.GetInt32()}"));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{at}/{i++}", schemaPath + "/items", violations, depth + 1);
            }
        }
    }

    private static void CheckFormat(JsonElement schema, string value, string at, string schemaPath, List<SchemaViolation> violations)
    {
        if (!schema.TryGetProperty("format", out var format))
        {
            return;
        }

        var valid = format.GetString() switch
        {
            "date-time" => DateTimePattern().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "uri" => Uri.TryCreate(value, UriKind.Absolute, out _),
            "uri-reference" => Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _),
            "email" => EmailPattern().IsMatch(value),
            _ => true,
        };
        if (!valid)
        {
            violations.Add(new(at, schemaPath + "/format", $"'{value}' is not a valid {format.GetString()}"));
        }
    }

    private static void CheckRange(JsonElement schema, decimal value, string at, string schemaPath, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("minimum", out var min) && (value < min.GetDecimal() || (Bool(schema, "exclusiveMinimum") && value == min.GetDecimal())))
        {
            violations.Add(new(at, schemaPath + "/minimum", $"{value} is below the minimum {min.GetRawText()}"));
        }

        if (schema.TryGetProperty("maximum", out var max) && (value > max.GetDecimal() || (Bool(schema, "exclusiveMaximum") && value == max.GetDecimal())))
        {
            violations.Add(new(at, schemaPath + "/maximum", $"{value} is above the maximum {max.GetRawText()}"));
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        _ => true,
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => "number",
        JsonValueKind.String => "string",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        _ => "null",
    };

    private static bool Bool(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var flag) && flag.ValueKind == JsonValueKind.True;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
