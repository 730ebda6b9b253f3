using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>
/// What clients changed since the emulator started: every record created, updated or deleted, in any table.
/// It is found by comparing each table a write touched with the table as last recorded, so a resource type
/// added later is recorded with no code of its own. Start-up (state file, seed) is the starting point, not a change.
/// </summary>
internal sealed class ChangeLog
{
    /// <summary>What caused the changes of the current request ("POST /v1/apps"), set by the pipelines; time-driven changes say "time".</summary>
    public static readonly AsyncLocal<string?> Cause = new();

    private readonly Lock _gate = new();
    // Each record as last recorded, serialized: comparing bytes is cheaper than comparing documents, and only a
    // record that changed is parsed for the log.
    private readonly Dictionary<string, Dictionary<string, byte[]>> _recorded = new(StringComparer.Ordinal);
    private readonly List<RecordChange> _changes = [];
    private bool _recording;
    private long _sequence;

    /// <summary>Takes the current tables as the starting point; changes are recorded from now on.</summary>
    public void Start(IEnumerable<IResourceTable> tables)
    {
        lock (_gate)
        {
            foreach (var table in tables)
            {
                _recorded[table.Type] = ById(table);
            }

            _recording = true;
        }
    }

    /// <summary>Compares the tables with their last recorded content and records the differences.</summary>
    public void Compare(IEnumerable<IResourceTable> tables, DateTimeOffset now, string? cause)
    {
        lock (_gate)
        {
            if (!_recording)
            {
                return;
            }

            foreach (var table in tables)
            {
                var before = _recorded.GetValueOrDefault(table.Type) ?? new Dictionary<string, byte[]>(StringComparer.Ordinal);
                var after = ById(table);
                foreach (var (id, record) in after)
                {
                    if (!before.TryGetValue(id, out var old))
                    {
                        Add(new RecordChange(0, now, ChangeKind.Created, table.Type, id, null, Parse(record), cause));
                    }
                    else if (!old.AsSpan().SequenceEqual(record))
                    {
                        Add(new RecordChange(0, now, ChangeKind.Updated, table.Type, id, Parse(old), Parse(record), cause));
                    }
                }

                foreach (var (id, record) in before.Where(r => !after.ContainsKey(r.Key)))
                {
                    Add(new RecordChange(0, now, ChangeKind.Deleted, table.Type, id, Parse(record), null, cause));
                }

                _recorded[table.Type] = after;
            }
        }
    }

    public IReadOnlyList<RecordChange> Snapshot()
    {
        lock (_gate)
        {
            return [.. _changes];
        }
    }

    /// <summary>Forgets the changes so far (the tables as they are become the starting point).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _changes.Clear();
        }
    }

    private static Dictionary<string, byte[]> ById(IResourceTable table)
    {
        var byId = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, json) in table.SerializeEach())
        {
            byId[id] = json;
        }

        return byId;
    }

    private static JsonObject Parse(byte[] json) => JsonNode.Parse(json)!.AsObject();

    // Consecutive updates of one record by the same cause (the parts of one upload, say) are one change: the
    // first state before and the last after.
    private void Add(RecordChange change)
    {
        if (change.Kind == ChangeKind.Updated && _changes.Count > 0 && _changes[^1] is { Kind: ChangeKind.Updated } last
            && last.Type == change.Type && last.Id == change.Id && last.Cause == change.Cause)
        {
            _changes[^1] = last with { After = change.After, Times = last.Times + 1, At = change.At };
            return;
        }

        _changes.Add(change with { Sequence = ++_sequence });
    }
}

/// <summary>Whether a record was created, updated or deleted.</summary>
internal enum ChangeKind
{
    Created,
    Updated,
    Deleted,
}

/// <summary>One change of one record: the stored record before and after (null when it did not exist).</summary>
internal sealed record RecordChange(long Sequence, DateTimeOffset At, ChangeKind Kind, string Type, string Id, JsonObject? Before, JsonObject? After, string? Cause)
{
    /// <summary>Gets how many consecutive updates of the same cause this change stands for.</summary>
    public int Times { get; init; } = 1;
}
