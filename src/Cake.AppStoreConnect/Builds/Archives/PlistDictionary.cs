using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Cake.AppStoreConnect.Builds.Archives;

/// <summary>
/// A property list dictionary. Values are <see cref="string"/>, <see cref="long"/> (or <see cref="ulong"/>
/// above <see cref="long.MaxValue"/>), <see cref="double"/>, <see cref="bool"/>, <see cref="DateTimeOffset"/>,
/// <see cref="byte"/>[], <see cref="IReadOnlyList{T}"/> of values, <see cref="PlistDictionary"/> and <see cref="PlistUid"/>.
/// </summary>
internal sealed class PlistDictionary : IReadOnlyDictionary<string, object>
{
    private readonly Dictionary<string, object> _items;

    public PlistDictionary()
        : this(new Dictionary<string, object>(StringComparer.Ordinal))
    {
    }

    private PlistDictionary(Dictionary<string, object> items)
    {
        _items = items;
    }

    public int Count => _items.Count;

    public IEnumerable<string> Keys => _items.Keys;

    public IEnumerable<object> Values => _items.Values;

    public object this[string key] => _items[key];

    /// <summary>Adds an entry; a repeated key is an error because which of two bundle ids wins would be a guess.</summary>
    public void Add(string key, object value)
    {
        if (!_items.TryAdd(key, value))
        {
            throw new FormatException($"The property list repeats the dictionary key '{key}'.");
        }
    }

    public bool ContainsKey(string key) => _items.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value) => _items.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
