using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>
/// What clients changed since the emulator started: every record created, updated or deleted, in any table.
/// It is found by comparing each table a write touched with the table as last recorded, so a resource type
/// added later is recorded with no code of its own. Start-up (state file, seed) is the starting point, not a change.
/// </summary>
internal sealed class ChangeLog
{
    /// <summary>What caused the changes of the current request (<c>POST /v1/apps</c>), set by the pipelines; time-driven changes are <see cref="ChangeCause.Clock"/>.</summary>
    public static readonly AsyncLocal<ChangeCause?> Cause = new();

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
    public void Compare(IEnumerable<IResourceTable> tables, DateTimeOffset now, ChangeCause? cause)
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
internal sealed record RecordChange(long Sequence, DateTimeOffset At, ChangeKind Kind, string Type, string Id, JsonObject? Before, JsonObject? After, ChangeCause? Cause)
{
    /// <summary>Gets who made the change; a change with no cause was made by the emulator itself.</summary>
    public ChangeOrigin Origin => Cause?.Origin ?? ChangeOrigin.Processing;

    /// <summary>Gets how many consecutive updates of the same cause this change stands for.</summary>
    public int Times { get; init; } = 1;
}

/// <summary>Who made a change: what a rehearsal's report tells apart.</summary>
internal enum ChangeOrigin
{
    /// <summary>A client's request that writes (POST, PATCH, DELETE, an upload part): what the pipeline would change at Apple.</summary>
    Request,

    /// <summary>The emulator itself, standing for Apple's own processing: the clock (a build processed, a review moving on), or bookkeeping while answering a read.</summary>
    Processing,

    /// <summary>A control request (<c>/_emulator/…</c>): set-up by a test or a person, not the pipeline.</summary>
    Control,
}

/// <summary>What caused a change: a request (method and path) or the emulator's clock.</summary>
/// <param name="Origin">Who made it.</param>
/// <param name="Text">How the report names it: <c>POST /v1/betaGroups</c>, <c>time</c>.</param>
/// <param name="Method">The request's method; null for the clock.</param>
/// <param name="Path">The request's path; null for the clock.</param>
internal sealed record ChangeCause(ChangeOrigin Origin, string Text, string? Method, string? Path)
{
    /// <summary>The time-driven transitions (processing, review, analytics): nobody asked for them.</summary>
    public static readonly ChangeCause Clock = new(ChangeOrigin.Processing, "time", null, null);

    /// <summary>
    /// An API request. A read (GET, HEAD) asks for no change, so what changes while answering it (fresh upload URLs,
    /// a report request's last activity) is the emulator's own bookkeeping, not the pipeline's.
    /// </summary>
    public static ChangeCause Request(string method, string path, string? text = null) =>
        new(IsRead(method) ? ChangeOrigin.Processing : ChangeOrigin.Request, text ?? $"{method} {path}", method, path);

    /// <summary>A control request (<c>/_emulator/…</c>).</summary>
    public static ChangeCause Control(string method, string path) => new(ChangeOrigin.Control, $"{method} {path}", method, path);

    private static bool IsRead(string method) =>
        string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase) || string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase);
}
