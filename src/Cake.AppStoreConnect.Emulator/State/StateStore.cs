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

    public StateStore(string? stateFile)
    {
        _stateFile = stateFile is null ? null : Path.GetFullPath(stateFile);
    }

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

        return (ResourceTable<T>)_tables[typeof(T)];
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
            try
            {
                return write(this);
            }
            finally
            {
                // Saved even when the write threw half-way: what is in memory is what clients may have seen.
                Save();
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
            foreach (var transition in _transitions)
            {
                changed |= transition(this, now);
            }

            if (changed)
            {
                Save();
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

    /// <summary>Loads the state file when it exists; returns false when there was none to load.</summary>
    public bool TryLoad()
    {
        if (_stateFile is null || !File.Exists(_stateFile))
        {
            return false;
        }

        var root = JsonNode.Parse(File.ReadAllText(_stateFile))?.AsObject()
            ?? throw new InvalidDataException($"State file '{_stateFile}' is empty.");
        lock (_gate)
        {
            foreach (var table in _ordered)
            {
                if (root[table.Type] is JsonArray records)
                {
                    table.Load(records);
                }
            }
        }

        return true;
    }

    private void Save()
    {
        if (_stateFile is null)
        {
            return;
        }

        // Write beside, then rename over: a crash mid-write never leaves a truncated state file.
        var json = Snapshot().ToJsonString(StateJson.Options);
        var temp = _stateFile + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(_stateFile)!);
        File.WriteAllText(temp, json);
        File.Move(temp, _stateFile, overwrite: true);
    }
}
