using System.Globalization;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>
/// What the run changed in the rehearsal emulator, so what the pipeline would change at Apple: every record created,
/// updated or deleted since the emulator started (its <c>/_emulator/changes</c>), and the same as a Markdown table.
/// </summary>
public sealed class AscEmulatorChangeReport
{
    internal AscEmulatorChangeReport(IReadOnlyList<AscEmulatorChange> changes, IReadOnlyDictionary<string, AscEmulatorChangeCounts> countsByType, string markdown)
    {
        Changes = changes;
        CountsByType = countsByType;
        Markdown = markdown;
    }

    /// <summary>Gets the changes in the order they were made.</summary>
    public IReadOnlyList<AscEmulatorChange> Changes { get; }

    /// <summary>Gets how many records of each resource type (<c>betaGroups</c>, <c>buildUploads</c>, …) were created, updated and deleted.</summary>
    public IReadOnlyDictionary<string, AscEmulatorChangeCounts> CountsByType { get; }

    /// <summary>Gets the report as the emulator writes it for people: a count per resource type, then one row per change.</summary>
    public string Markdown { get; }

    /// <inheritdoc/>
    public override string ToString() => Changes.Count == 0
        ? "nothing changed"
        : string.Join("; ", CountsByType.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}: {c.Value}")));
}

/// <summary>How many records of one resource type were created, updated and deleted.</summary>
/// <param name="Created">Records created.</param>
/// <param name="Updated">Records updated.</param>
/// <param name="Deleted">Records deleted.</param>
public sealed record AscEmulatorChangeCounts(int Created, int Updated, int Deleted)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Created} created, {Updated} updated, {Deleted} deleted");
}

/// <summary>Whether a record was created, updated or deleted.</summary>
public enum AscEmulatorChangeKind
{
    /// <summary>The record is new.</summary>
    Created,

    /// <summary>Fields of the record changed.</summary>
    Updated,

    /// <summary>The record was removed.</summary>
    Deleted,
}

/// <summary>
/// One change of one record, as the emulator stores it: the record before and after (whole when created or deleted,
/// only the changed fields when updated; secrets hidden, long values counted).
/// </summary>
public sealed class AscEmulatorChange
{
    internal AscEmulatorChange(long sequence, DateTimeOffset at, AscEmulatorChangeKind kind, string type, string id, string? cause, int times, System.Text.Json.JsonElement? before, System.Text.Json.JsonElement? after)
    {
        Sequence = sequence;
        At = at;
        Kind = kind;
        Type = type;
        Id = id;
        Cause = cause;
        Times = times;
        Before = before;
        After = after;
    }

    /// <summary>Gets the change's number, from 1.</summary>
    public long Sequence { get; }

    /// <summary>Gets when the change was made (the emulator's clock).</summary>
    public DateTimeOffset At { get; }

    /// <summary>Gets whether the record was created, updated or deleted.</summary>
    public AscEmulatorChangeKind Kind { get; }

    /// <summary>Gets the resource type, such as <c>betaGroups</c>.</summary>
    public string Type { get; }

    /// <summary>Gets the record's id.</summary>
    public string Id { get; }

    /// <summary>Gets the request that made it (<c>POST /v1/betaGroups</c>), or <c>time</c> for what the clock did.</summary>
    public string? Cause { get; }

    /// <summary>Gets how many consecutive updates of the same cause this change stands for (the parts of an upload).</summary>
    public int Times { get; }

    /// <summary>Gets the record before the change; <see langword="null"/> when it was created.</summary>
    public System.Text.Json.JsonElement? Before { get; }

    /// <summary>Gets the record after the change; <see langword="null"/> when it was deleted.</summary>
    public System.Text.Json.JsonElement? After { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind.ToString().ToLowerInvariant()} {Type} {Id}{(Cause is null ? string.Empty : $" ({Cause})")}");
}
