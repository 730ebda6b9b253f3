using System.Globalization;
using Cake.AppStoreConnect.Emulator.State;
using Microsoft.Extensions.Primitives;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>Validates a query string against an endpoint's rules and parses it; the emulator's own rules, spec or not.</summary>
internal static class QueryParser
{
    public static ParsedQuery Parse<T>(IQueryCollection query, QueryRules<T> rules, ResourceRegistry registry)
        where T : class, IRecord
    {
        var parsed = new ParsedQuery();
        foreach (var (name, raw) in query)
        {
            var values = Split(name, raw);
            if (name.StartsWith("filter[", StringComparison.Ordinal) && name.EndsWith(']'))
            {
                ParseFilter(parsed, rules, name, name[7..^1], values);
            }
            else if (name.StartsWith("exists[", StringComparison.Ordinal) && name.EndsWith(']') && rules.HasExists(name[7..^1]))
            {
                parsed.Exists[name[7..^1]] = raw.ToString() switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw Errors.ParameterInvalid(name, $"'{raw}' is not a valid value for the parameter '{name}'. Allowed values: true, false."),
                };
            }
            else if (name.StartsWith("fields[", StringComparison.Ordinal) && name.EndsWith(']') && rules.AllowsFields)
            {
                ParseFields(parsed, rules, registry, name, name[7..^1], values);
            }
            else if (name == "include" && rules.AllowsIncludes)
            {
                ParseIncludes(parsed, rules, values);
            }
            else if (name == "sort" && rules.Sorts.Count > 0)
            {
                ParseSorts(parsed, rules, values);
            }
            else if (name == "limit" && rules.IsCollection)
            {
                parsed.Limit = ParseLimit(raw.ToString());
            }
            else if (name == "cursor" && rules.IsCollection)
            {
                parsed.Offset = Cursor.TryDecode(raw.ToString(), out var offset)
                    ? offset
                    : throw Errors.ParameterInvalid(name, $"'{raw}' is not a valid cursor for this request; follow links.next as given.");
            }
            else
            {
                throw Errors.ParameterIllegal(name);
            }
        }

        return parsed;
    }

    private static string[] Split(string name, StringValues raw)
    {
        var values = string.Join(',', raw.ToArray()).Split(',', StringSplitOptions.TrimEntries);
        return values.Any(string.IsNullOrEmpty)
            ? throw Errors.ParameterInvalid(name, $"The parameter '{name}' has an empty value.")
            : values;
    }

    private static void ParseFilter<T>(ParsedQuery parsed, QueryRules<T> rules, string parameter, string name, string[] values)
        where T : class, IRecord
    {
        if (!rules.HasFilter(name))
        {
            throw Errors.ParameterIllegal(parameter);
        }

        if (rules.AllowedFilterValues(name) is { } allowed && values.FirstOrDefault(v => !allowed.Contains(v)) is { } bad)
        {
            throw Errors.ParameterInvalid(parameter, $"'{bad}' is not a valid value for the parameter '{parameter}'. Allowed values: {string.Join(", ", allowed)}.");
        }

        parsed.Filters[name] = [.. values];
    }

    private static void ParseFields<T>(ParsedQuery parsed, QueryRules<T> rules, ResourceRegistry registry, string parameter, string type, string[] values)
        where T : class, IRecord
    {
        // fields[] may name the primary type or a type that can be included here, nothing else.
        var reachable = type == rules.Descriptor.Type
            || rules.Includes.Any(i => rules.Descriptor.FindRelationship(i)!.TargetType == type);
        if (!reachable || registry.Find(type) is not { } descriptor)
        {
            throw Errors.ParameterIllegal(parameter);
        }

        if (values.FirstOrDefault(v => !descriptor.FieldNames.Contains(v)) is { } bad)
        {
            throw Errors.ParameterInvalid(parameter, $"'{bad}' is not a valid field name for the parameter '{parameter}'.");
        }

        parsed.Fields[type] = [.. values];
    }

    private static void ParseIncludes<T>(ParsedQuery parsed, QueryRules<T> rules, string[] values)
        where T : class, IRecord
    {
        if (values.FirstOrDefault(v => !rules.Includes.Contains(v)) is { } bad)
        {
            throw Errors.ParameterInvalid("include", $"'{bad}' is not a valid relationship name for the parameter 'include'. Allowed values: {string.Join(", ", rules.Includes)}.");
        }

        parsed.Includes.AddRange(values.Distinct());
    }

    private static void ParseSorts<T>(ParsedQuery parsed, QueryRules<T> rules, string[] values)
        where T : class, IRecord
    {
        foreach (var value in values)
        {
            var descending = value.StartsWith('-');
            var name = descending ? value[1..] : value;
            if (!rules.Sorts.Contains(name))
            {
                throw Errors.ParameterInvalid("sort", $"'{value}' is not a valid sort expression. Allowed values: {string.Join(", ", rules.Sorts.SelectMany(s => new[] { s, "-" + s }))}.");
            }

            parsed.Sorts.Add((name, descending));
        }
    }

    private static int ParseLimit(string raw)
    {
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
        {
            throw Errors.ParameterInvalid("limit", $"'{raw}' is not a valid value for the parameter 'limit'. It must be an integer from 1 to {ParsedQuery.MaximumLimit}.");
        }

        return limit <= ParsedQuery.MaximumLimit
            ? limit
            : throw Errors.ParameterInvalid("limit", $"'{raw}' is not a valid value for the parameter 'limit'. The maximum allowed value is '{ParsedQuery.MaximumLimit}'.");
    }
}
