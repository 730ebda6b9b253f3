using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>Untyped view of a table, used to save, load and show the whole state.</summary>
internal interface IResourceTable
{
    string Type { get; }

    JsonArray ToJson();

    void Load(JsonArray records);
}

/// <summary>
/// The records of one resource type in creation order (lists and paging are stable), indexed by id.
/// Not thread safe on its own: reached only through <see cref="StateStore"/>, which holds its lock.
/// </summary>
internal sealed class ResourceTable<T> : IResourceTable
    where T : class, IRecord
{
    private readonly List<T> _records = [];
    private readonly Dictionary<string, T> _byId = new(StringComparer.Ordinal);

    public ResourceTable(string type)
    {
        Type = type;
    }

    public string Type { get; }

    public IReadOnlyList<T> All => _records;

    public int Count => _records.Count;

    public T? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<T> Where(Func<T, bool> predicate) => _records.Where(predicate);

    public void Add(T record)
    {
        if (!_byId.TryAdd(record.Id, record))
        {
            throw new InvalidOperationException($"{Type} '{record.Id}' already exists.");
        }

        _records.Add(record);
    }

    public bool Remove(string id)
    {
        if (!_byId.Remove(id, out var record))
        {
            return false;
        }

        _records.Remove(record);
        return true;
    }

    public JsonArray ToJson() => JsonSerializer.SerializeToNode(_records, StateJson.Options)!.AsArray();

    public void Load(JsonArray records)
    {
        _records.Clear();
        _byId.Clear();
        foreach (var record in records.Deserialize<List<T>>(StateJson.Options) ?? [])
        {
            Add(record);
        }
    }
}
