using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>
/// Every resource the emulator holds, behind one lock: requests are few and short, part uploads only
/// touch the store to mark a part received, so one lock is simple and never the bottleneck.
/// Each change is saved to the state file (when there is one) before the lock is released.
/// </summary>
internal sealed class StateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, IResourceTable> _tables = [];
    private readonly List<IResourceTable> _ordered = [];
    private readonly List<Func<StateStore, DateTimeOffset, bool>> _transitions = [];
    private readonly string? _stateFile;
    private readonly HashSet<IResourceTable> _touched = [];
    private readonly TimeProvider _clock;
    private int _writeDepth;

    // The state as last written to (or read from) the state file: what a failed save rolls back to, so
    // memory never holds a change the file does not. Tables this emulator does not know are kept here and
    // written back, not dropped.
    private JsonObject _saved = new();

    public StateStore(string? stateFile, TimeProvider? clock = null)
    {
        _stateFile = stateFile is null ? null : Path.GetFullPath(stateFile);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Gets every change clients made once <see cref="StartRecording"/> was called.</summary>
    public ChangeLog Changes { get; } = new();

    /// <summary>Declares the table of a resource type; done once per type by its module at start-up.</summary>
    public void Register<T>(string type)
        where T : class, IRecord
    {
        var table = new ResourceTable<T>(type);
        _tables.Add(typeof(T), table);
        _ordered.Add(table);
    }

    /// <summary>
    /// Declares a time-driven change (for example an upload finishing its processing). Transitions run
    /// under the lock before each request reads the state, so time-based states need no timers.
    /// The function returns whether it changed anything.
    /// </summary>
    public void RegisterTransition(Func<StateStore, DateTimeOffset, bool> transition) => _transitions.Add(transition);

    /// <summary>Gets a table; only valid inside <see cref="Read{T}"/> or <see cref="Write{T}"/>.</summary>
    public ResourceTable<T> Table<T>()
        where T : class, IRecord
    {
        if (!_gate.IsHeldByCurrentThread)
        {
            throw new InvalidOperationException("Tables are only reachable inside Read or Write.");
        }

        var table = (ResourceTable<T>)_tables[typeof(T)];
        if (_writeDepth > 0)
        {
            // Only a table reached inside a write can have changed: the change log compares just those.
            _touched.Add(table);
        }

        return table;
    }

    /// <summary>Takes the tables as they are (loaded, seeded) as the starting point of <see cref="Changes"/>.</summary>
    public void StartRecording()
    {
        lock (_gate)
        {
            Changes.Start(_ordered);
        }
    }

    public TResult Read<TResult>(Func<StateStore, TResult> read)
    {
        lock (_gate)
        {
            return read(this);
        }
    }

    public TResult Write<TResult>(Func<StateStore, TResult> write)
    {
        lock (_gate)
        {
            _writeDepth++;
            try
            {
                return write(this);
            }
            finally
            {
                // Saved even when the write threw half-way: what is in memory is what clients may have seen.
                // A save that fails rolls memory back and throws, so the client's 500 means "nothing changed".
                try
                {
                    Save();
                }
                finally
                {
                    EndWrite(ChangeLog.Cause.Value);
                }
            }
        }
    }

    public void Write(Action<StateStore> write) => Write(store =>
    {
        write(store);
        return true;
    });

    /// <summary>Runs the time-driven transitions; saves only when one of them changed something.</summary>
    public void Advance(DateTimeOffset now)
    {
        lock (_gate)
        {
            var changed = false;
            _writeDepth++;
            try
            {
                foreach (var transition in _transitions)
                {
                    changed |= transition(this, now);
                }

                if (changed)
                {
                    Save();
                }
            }
            finally
            {
                EndWrite(changed ? ChangeCause.Clock : null, record: changed);
            }
        }
    }

    /// <summary>Returns every table as JSON grouped by type: the shape of the state file and of <c>/_emulator/state</c>.</summary>
    public JsonObject Snapshot()
    {
        lock (_gate)
        {
            var snapshot = new JsonObject();
            foreach (var table in _ordered)
            {
                snapshot[table.Type] = table.ToJson();
            }

            return snapshot;
        }
    }

    /// <summary>
    /// Loads the state file when it exists; returns false when there was none to load. A file that is not
    /// the emulator's state throws <see cref="InvalidDataException"/> naming the file and what is wrong.
    /// </summary>
    public bool TryLoad()
    {
        if (_stateFile is null || !File.Exists(_stateFile))
        {
            return false;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(_stateFile));
        }
        catch (JsonException e)
        {
            throw Invalid($"not JSON ({e.Message}).", e);
        }

        if (root is not JsonObject tables)
        {
            throw Invalid($"the state is a JSON object of tables, {{\"apps\":[…],…}}, not {Describe(root)}.");
        }

        lock (_gate)
        {
            foreach (var table in _ordered)
            {
                try
                {
                    table.Load(tables[table.Type] switch
                    {
                        null => [],
                        JsonArray records => records,
                        var other => throw new InvalidDataException($"table '{table.Type}' must be an array of records, not {Describe(other)}."),
                    });
                }
                catch (InvalidDataException e)
                {
                    throw Invalid(e.Message, e);
                }
            }

            _saved = tables;
        }

        return true;
    }

    // After a failed save the tables are back as saved, so comparing them records nothing that did not stick.
    // Only the outermost write records, once, everything the writes inside it touched.
    private void EndWrite(ChangeCause? cause, bool record = true)
    {
        if (--_writeDepth > 0)
        {
            return;
        }

        if (record)
        {
            Changes.Compare(_touched, _clock.GetUtcNow(), cause);
        }

        _touched.Clear();
    }

    private InvalidDataException Invalid(string problem, Exception? inner = null) =>
        new($"State file '{_stateFile}': {problem} Fix or move the file; without it the emulator starts empty (or seeded).", inner);

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "an array",
        JsonObject => "an object",
        JsonValue value => $"the value {value.ToJsonString()}",
        _ => node.GetValueKind().ToString(),
    };

    private void Save()
    {
        if (_stateFile is null)
        {
            return;
        }

        var snapshot = Snapshot();
        foreach (var (name, table) in _saved.Where(t => snapshot[t.Key] is null).ToList())
        {
            snapshot[name] = table?.DeepClone();
        }

        try
        {
            // Write beside, then rename over: a crash mid-write never leaves a truncated state file.
            var json = snapshot.ToJsonString(StateJson.Options);
            var temp = _stateFile + ".tmp";
            Directory.CreateDirectory(Path.GetDirectoryName(_stateFile)!);
            File.WriteAllText(temp, json);
            File.Move(temp, _stateFile, overwrite: true);
            _saved = snapshot;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var table in _ordered)
            {
                table.Load(_saved[table.Type] as JsonArray ?? []);
            }

            throw new StateSaveException($"The state file '{_stateFile}' could not be written ({e.Message}); the change was undone.", e);
        }
    }
}

/// <summary>
/// The state file could not be written and memory was put back as it was saved. Its message names the user's
/// own state file (given with --state-file), so, unlike other failures, it is shown to the client.
/// </summary>
internal sealed class StateSaveException(string message, Exception innerException) : IOException(message, innerException);
