namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>A query string after validation against the endpoint's <see cref="QueryRules{T}"/>.</summary>
internal sealed class ParsedQuery
{
    public const int DefaultLimit = 50;
    public const int MaximumLimit = 200;

    public Dictionary<string, HashSet<string>> Filters { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, bool> Exists { get; } = new(StringComparer.Ordinal);

    public List<(string Name, bool Descending)> Sorts { get; } = [];

    public List<string> Includes { get; } = [];

    public Dictionary<string, HashSet<string>> Fields { get; } = new(StringComparer.Ordinal);

    public int Limit { get; set; } = DefaultLimit;

    public int Offset { get; set; }

    public IReadOnlySet<string>? FieldsOf(string type) => Fields.GetValueOrDefault(type);
}
