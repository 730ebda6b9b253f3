using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Emulator.State;

/// <summary>Untyped view of a table, used to save, load and show the whole state.</summary>
internal interface IResourceTable
{
    string Type { get; }

    JsonArray ToJson();

    /// <summary>Serializes each record on its own, for the change log to compare.</summary>
    IEnumerable<(string Id, byte[] Json)> SerializeEach();

    /// <summary>Replaces the records; throws <see cref="InvalidDataException"/> naming the table and the record at fault.</summary>
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

    public IEnumerable<(string Id, byte[] Json)> SerializeEach() => _records.Select(r => (r.Id, JsonSerializer.SerializeToUtf8Bytes(r, StateJson.Options)));

    public void Load(JsonArray records)
    {
        var loaded = new List<T>(records.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            T? record;
            try
            {
                record = records[i]?.Deserialize<T>(StateJson.Options);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
            {
                throw new InvalidDataException($"{Type}[{i}] is not a valid record of '{Type}': {e.Message}", e);
            }

            if (record?.Id is not { Length: > 0 } id)
            {
                throw new InvalidDataException($"{Type}[{i}] is not a record of '{Type}' with an id.");
            }

            if (!ids.Add(id))
            {
                throw new InvalidDataException($"{Type}[{i}] repeats the id '{id}'; each {Type} id must appear once.");
            }

            loaded.Add(record);
        }

        _records.Clear();
        _byId.Clear();
        loaded.ForEach(Add);
    }
}
