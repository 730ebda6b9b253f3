namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// The free-text attributes a resource takes on create and update, declared once with their limits, so reading,
/// checking and storing them cannot drift apart. An absent attribute keeps the stored value.
/// </summary>
/// <typeparam name="T">The record the texts are stored on.</typeparam>
internal sealed class TextAttributes<T>
{
    private readonly List<Text> _texts = [];

    /// <summary>Gets the attribute names, in declaration order.</summary>
    public string[] Names => [.. _texts.Select(t => t.Name)];

    public TextAttributes<T> Add(string name, Action<T, string> store, int? maxLength = null)
    {
        _texts.Add(new Text(name, store, maxLength, IsUrl: false));
        return this;
    }

    /// <summary>Declares an attribute that must be an absolute URL.</summary>
    public TextAttributes<T> AddUrl(string name, Action<T, string> store)
    {
        _texts.Add(new Text(name, store, null, IsUrl: true));
        return this;
    }

    /// <summary>
    /// Reads the texts the body sets, then checks them: all types first, then lengths, then URLs, so a body with
    /// several faults is answered with the same one whichever resource declares the texts.
    /// </summary>
    public IReadOnlyDictionary<string, string> Read(EntityReader entity)
    {
        var texts = new Dictionary<string, string>();
        foreach (var text in _texts)
        {
            if (entity.OptionalString(text.Name) is { } value)
            {
                texts[text.Name] = value;
            }
        }

        foreach (var text in _texts)
        {
            if (text.MaxLength is { } max && texts.TryGetValue(text.Name, out var value) && value.Length > max)
            {
                throw Errors.TooLong(EntityReader.Pointer(text.Name), $"'{text.Name}' is {value.Length} characters; the maximum is {max}.");
            }
        }

        foreach (var text in _texts)
        {
            if (text.IsUrl && texts.TryGetValue(text.Name, out var url) && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                throw Errors.AttributeInvalid(EntityReader.Pointer(text.Name), $"'{url}' is not a valid URL.");
            }
        }

        return texts;
    }

    public void Apply(T record, IReadOnlyDictionary<string, string> texts)
    {
        foreach (var text in _texts)
        {
            if (texts.TryGetValue(text.Name, out var value))
            {
                text.Store(record, value);
            }
        }
    }

    private sealed record Text(string Name, Action<T, string> Store, int? MaxLength, bool IsUrl);
}
