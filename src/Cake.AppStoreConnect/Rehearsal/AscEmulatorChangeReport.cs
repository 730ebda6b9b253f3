using System.Globalization;

namespace Cake.AppStoreConnect.Rehearsal;

/// <summary>
/// What the run changed in the rehearsal emulator: every record created, updated or deleted since the emulator started
/// (its <c>/_emulator/changes</c>), and the same as Markdown. What the pipeline would change at Apple is
/// <see cref="PipelineChanges"/>, the changes its requests made; the others are the emulator's own (Apple's processing).
/// </summary>
public sealed class AscEmulatorChangeReport
{
    internal AscEmulatorChangeReport(IReadOnlyList<AscEmulatorChange> changes, IReadOnlyDictionary<string, AscEmulatorChangeCounts> countsByType, string markdown)
    {
        Changes = changes;
        PipelineChanges = [.. changes.Where(c => c.Origin == AscEmulatorChangeOrigin.Request)];
        CountsByType = countsByType;
        Markdown = markdown;
    }

    /// <summary>Gets every change in the order it was made, the emulator's own included (see <see cref="AscEmulatorChange.Origin"/>).</summary>
    public IReadOnlyList<AscEmulatorChange> Changes { get; }

    /// <summary>Gets the changes the pipeline's requests made, in order: what it would change at Apple.</summary>
    public IReadOnlyList<AscEmulatorChange> PipelineChanges { get; }

    /// <summary>Gets how many records of each resource type (<c>betaGroups</c>, <c>buildUploads</c>, …) were created, updated and deleted, by anyone.</summary>
    public IReadOnlyDictionary<string, AscEmulatorChangeCounts> CountsByType { get; }

    /// <summary>Gets the report as the emulator writes it for people: the pipeline's changes (a count per resource type, then one row each), then the emulator's own, counted apart.</summary>
    public string Markdown { get; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var pipeline = PipelineChanges.Count == 0
            ? "the pipeline changed nothing"
            : string.Join("; ", PipelineChanges.GroupBy(c => c.Type).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {Count(g)}")));
        var own = Changes.Count - PipelineChanges.Count;
        return own == 0 ? pipeline : string.Create(CultureInfo.InvariantCulture, $"{pipeline} (and {own} change(s) the emulator made itself)");
    }

    private static AscEmulatorChangeCounts Count(IEnumerable<AscEmulatorChange> changes) => new(
        changes.Count(c => c.Kind == AscEmulatorChangeKind.Created), changes.Count(c => c.Kind == AscEmulatorChangeKind.Updated), changes.Count(c => c.Kind == AscEmulatorChangeKind.Deleted));
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

/// <summary>Who made a change.</summary>
public enum AscEmulatorChangeOrigin
{
    /// <summary>A request of the pipeline that writes (POST, PATCH, DELETE, an upload part): a change it would make at Apple.</summary>
    Request,

    /// <summary>The emulator itself, standing for Apple's own processing (a build processed, diagnostics gathered, a review moving on).</summary>
    Processing,

    /// <summary>A control request to the emulator (<c>/_emulator/…</c>): set-up by a test or a person.</summary>
    Control,
}

/// <summary>
/// One change of one record, as the emulator stores it: the record before and after (whole when created or deleted,
/// only the changed fields when updated; secrets hidden, long values counted).
/// </summary>
public sealed class AscEmulatorChange
{
    internal AscEmulatorChange(long sequence, DateTimeOffset at, AscEmulatorChangeKind kind, string type, string id, string? cause, AscEmulatorChangeOrigin origin, int times, System.Text.Json.JsonElement? before, System.Text.Json.JsonElement? after)
    {
        Origin = origin;
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

    /// <summary>Gets who made it: the pipeline's request, the emulator's own processing, or a control request.</summary>
    public AscEmulatorChangeOrigin Origin { get; }

    /// <summary>Gets how many consecutive updates of the same cause this change stands for (the parts of an upload).</summary>
    public int Times { get; }

    /// <summary>Gets the record before the change; <see langword="null"/> when it was created.</summary>
    public System.Text.Json.JsonElement? Before { get; }

    /// <summary>Gets the record after the change; <see langword="null"/> when it was deleted.</summary>
    public System.Text.Json.JsonElement? After { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind.ToString().ToLowerInvariant()} {Type} {Id}{(Cause is null ? string.Empty : $" ({Cause})")}");
}
