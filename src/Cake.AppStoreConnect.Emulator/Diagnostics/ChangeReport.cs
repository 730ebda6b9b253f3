using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Diagnostics;

/// <summary>
/// The change log as people and programs read it (<c>/_emulator/changes</c>, <c>--changes-file</c>): an update shows
/// only the fields that changed; values that are not worth reading are summarised, and tokens are never shown.
/// </summary>
internal static class ChangeReport
{
    private const int LongText = 200;
    private const int LongList = 20;
    private const int CellText = 60;

    private static readonly string[] SecretSuffixes = ["Token", "Password", "Secret", "PrivateKey"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject ToJson(IReadOnlyList<RecordChange> changes)
    {
        var list = new JsonArray();
        foreach (var change in changes)
        {
            var (before, after) = Shown(change);
            var entry = new JsonObject
            {
                ["sequence"] = change.Sequence,
                ["at"] = ApiDates.Format(change.At),
                ["change"] = Word(change.Kind),
                ["type"] = change.Type,
                ["id"] = change.Id,
                ["cause"] = change.Cause?.Text,
                ["origin"] = Word(change.Origin),
                ["request"] = change.Cause is { Method: { } method, Path: { } path } ? new JsonObject { ["method"] = method, ["path"] = path } : null,
                ["before"] = before,
                ["after"] = after,
            };
            if (change.Times > 1)
            {
                entry["times"] = change.Times;
            }

            list.Add(entry);
        }

        var byOrigin = new JsonObject();
        foreach (var origin in Enum.GetValues<ChangeOrigin>())
        {
            byOrigin[Word(origin)] = Summary([.. changes.Where(c => c.Origin == origin)]);
        }

        return new JsonObject
        {
            ["summary"] = Summary(changes),
            ["summaryByOrigin"] = byOrigin,
            ["changes"] = list,
        };
    }

    /// <summary>
    /// The report a rehearsal's user reads, answering "what would my pipeline change at Apple": the changes its requests
    /// made, one row each; then, apart and only counted, what the emulator made by itself (Apple's processing: builds,
    /// diagnostics) and what control requests set up.
    /// </summary>
    public static string ToMarkdown(IReadOnlyList<RecordChange> changes)
    {
        var text = new StringBuilder();
        text.AppendLine("## What the pipeline changed (App Store Connect emulator)").AppendLine();
        if (changes.Count == 0)
        {
            return text.AppendLine("Nothing was changed.").ToString();
        }

        var requested = changes.Where(c => c.Origin == ChangeOrigin.Request).ToList();
        if (requested.Count == 0)
        {
            text.AppendLine("The pipeline's requests changed nothing.").AppendLine();
        }
        else
        {
            Counts(text, requested);
            text.AppendLine().AppendLine("| # | change | type | id | what | request |").AppendLine("|---|---|---|---|---|---|");
            foreach (var change in requested)
            {
                var what = Cell(Describe(change));
                var kind = change.Times > 1 ? $"{Word(change.Kind)} ×{change.Times}" : Word(change.Kind);
                text.AppendLine(CultureInfo.InvariantCulture, $"| {change.Sequence} | {kind} | {change.Type} | {Cell(change.Id)} | {what} | {Cell(change.Cause?.Text ?? string.Empty)} |");
            }

            text.AppendLine();
        }

        Apart(text, changes, ChangeOrigin.Processing, "Made by the emulator itself, not by the pipeline's requests",
            "Apple's own processing (a build processed, diagnostics gathered, a review moving on) and bookkeeping while answering reads; Apple makes these on its side too.");
        Apart(text, changes, ChangeOrigin.Control, "Made through the emulator's control endpoints",
            "Set-up by a test or a person (/_emulator/…), not the pipeline.");
        return text.ToString();
    }

    /// <summary>
    /// Writes <c>PATH.json</c> and <c>PATH.md</c>; a PATH that already ends in <c>.json</c> or <c>.md</c> names one of
    /// the two and the other goes beside it.
    /// </summary>
    public static (string Json, string Markdown) Write(string path, IReadOnlyList<RecordChange> changes)
    {
        var full = Path.GetFullPath(path);
        var extension = Path.GetExtension(full);
        var stem = extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            ? full[..^extension.Length]
            : full;
        var (json, markdown) = (stem + ".json", stem + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(json, ToJson(changes).ToJsonString(Indented));
        File.WriteAllText(markdown, ToMarkdown(changes));
        return (json, markdown);
    }

    private static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static void Counts(StringBuilder text, IReadOnlyList<RecordChange> changes)
    {
        text.AppendLine("| resource type | created | updated | deleted |").AppendLine("|---|---|---|---|");
        foreach (var (type, counts) in Summary(changes))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {type} | {counts!["created"]} | {counts["updated"]} | {counts["deleted"]} |");
        }
    }

    // Counted only: each is in the JSON (/_emulator/changes) with its cause, but none is the pipeline's doing.
    private static void Apart(StringBuilder text, IReadOnlyList<RecordChange> changes, ChangeOrigin origin, string title, string what)
    {
        var made = changes.Where(c => c.Origin == origin).ToList();
        if (made.Count == 0)
        {
            return;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"### {title} ({made.Count})").AppendLine().AppendLine(what).AppendLine();
        Counts(text, made);
        text.AppendLine();
    }

    private static JsonObject Summary(IReadOnlyList<RecordChange> changes)
    {
        var summary = new JsonObject();
        foreach (var group in changes.GroupBy(c => c.Type))
        {
            summary[group.Key] = new JsonObject
            {
                ["created"] = group.Count(c => c.Kind == ChangeKind.Created),
                ["updated"] = group.Count(c => c.Kind == ChangeKind.Updated),
                ["deleted"] = group.Count(c => c.Kind == ChangeKind.Deleted),
            };
        }

        return summary;
    }

    // Created and deleted records are shown whole; an update only by the fields it changed.
    private static (JsonObject? Before, JsonObject? After) Shown(RecordChange change)
    {
        if (change.Before is null || change.After is null)
        {
            return (Summarised(change.Before, null), Summarised(change.After, null));
        }

        var changed = change.Before.Select(p => p.Key).Union(change.After.Select(p => p.Key))
            .Where(name => !JsonNode.DeepEquals(change.Before[name], change.After[name]))
            .ToHashSet(StringComparer.Ordinal);
        return (Summarised(change.Before, changed), Summarised(change.After, changed));
    }

    private static JsonObject? Summarised(JsonObject? record, HashSet<string>? only)
    {
        if (record is null)
        {
            return null;
        }

        var shown = new JsonObject();
        foreach (var (name, value) in record)
        {
            if (only is null || only.Contains(name))
            {
                shown[name] = Summarise(name, value);
            }
        }

        return shown;
    }

    // Secrets (the token of pre-signed upload URLs, a demo account's password) are hidden; long text and long lists (uploaded data, received
    // parts) are counted rather than dumped: a change report is read by people, often in a CI summary.
    private static JsonNode? Summarise(string name, JsonNode? value) => value switch
    {
        _ when value is not null && SecretSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)) => "(hidden)",
        JsonValue text when text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().Length > LongText =>
            $"({text.GetValue<string>().Length} characters)",
        JsonArray list when list.Count > LongList => $"({list.Count} items)",
        _ => value?.DeepClone(),
    };

    private static string Describe(RecordChange change)
    {
        var (before, after) = Shown(change);
        return change.Kind switch
        {
            ChangeKind.Created => string.Join(", ", after!.Where(p => p.Key != "id" && p.Value is not null).Take(6).Select(p => $"{p.Key}: {Value(p.Value)}")),
            ChangeKind.Deleted => string.Join(", ", before!.Where(p => p.Key != "id" && p.Value is not null).Take(3).Select(p => $"{p.Key}: {Value(p.Value)}")),
            _ => string.Join(", ", after!.Select(p => $"{p.Key}: {Value(before![p.Key])} → {Value(p.Value)}")),
        };
    }

    private static string Value(JsonNode? value)
    {
        var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "null";
        return text.Length > CellText ? text[..CellText] + "…" : text;
    }

    private static string Cell(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
