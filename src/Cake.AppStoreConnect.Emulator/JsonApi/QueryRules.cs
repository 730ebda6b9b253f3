using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.JsonApi;

/// <summary>
/// What one endpoint accepts in its query string — filters, sorts, includes, paging — and how each applies
/// to the records. Anything not declared here is refused with 400, as Apple refuses undeclared parameters.
/// </summary>
internal sealed class QueryRules<T>
    where T : class, IRecord
{
    private readonly Dictionary<string, FilterRule> _filters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<T, ResourceContext, bool>> _exists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<T, ResourceContext, IComparable?>> _sorts = new(StringComparer.Ordinal);
    private readonly List<string> _includes = [];

    public QueryRules(ResourceDescriptor<T> descriptor)
    {
        Descriptor = descriptor;
    }

    public ResourceDescriptor<T> Descriptor { get; }

    public bool IsCollection { get; private set; }

    /// <summary>Gets a value indicating whether <c>fields[…]</c> is accepted (not on relationship endpoints).</summary>
    public bool AllowsFields { get; private set; } = true;

    public bool AllowsIncludes => _includes.Count > 0;

    public IReadOnlyList<string> Includes => _includes;

    public IReadOnlyCollection<string> Sorts => _sorts.Keys;

    public bool HasFilter(string name) => _filters.ContainsKey(name);

    public bool HasExists(string name) => _exists.ContainsKey(name);

    /// <summary>Makes the endpoint a paged collection: <c>limit</c> and <c>cursor</c> are accepted.</summary>
    public QueryRules<T> Paged()
    {
        IsCollection = true;
        return this;
    }

    /// <summary>Rules of a <c>/relationships/…</c> endpoint: linkages only, so no sparse fieldsets.</summary>
    public QueryRules<T> Linkages()
    {
        AllowsFields = false;
        return this;
    }

    /// <summary>Adds <c>filter[name]</c>, matching records whose value is one of the comma-separated values.</summary>
    public QueryRules<T> Filter(string name, Func<T, ResourceContext, string?> value, IReadOnlyCollection<string>? allowed = null)
    {
        _filters.Add(name, new FilterRule((record, context) => value(record, context) is { } v ? [v] : [], allowed));
        return this;
    }

    /// <summary>Adds <c>filter[name]</c> on a multi-valued property (for example the ids of related resources).</summary>
    public QueryRules<T> FilterAny(string name, Func<T, ResourceContext, IEnumerable<string>> values, IReadOnlyCollection<string>? allowed = null)
    {
        _filters.Add(name, new FilterRule(values, allowed));
        return this;
    }

    /// <summary>Adds <c>filter[name]</c> on a boolean, accepting <c>true</c> and <c>false</c>.</summary>
    public QueryRules<T> FilterBoolean(string name, Func<T, ResourceContext, bool?> value) =>
        Filter(name, (record, context) => value(record, context) is { } v ? (v ? "true" : "false") : null, ["true", "false"]);

    /// <summary>Adds <c>exists[name]=true|false</c>: whether the record has a value (for example an answered question).</summary>
    public QueryRules<T> Exists(string name, Func<T, ResourceContext, bool> exists)
    {
        _exists.Add(name, exists);
        return this;
    }

    /// <summary>Adds <c>sort=name</c> and <c>sort=-name</c>.</summary>
    public QueryRules<T> Sort(string name, Func<T, ResourceContext, IComparable?> key)
    {
        _sorts.Add(name, key);
        return this;
    }

    /// <summary>Allows <c>include=</c> of these relationships of the descriptor.</summary>
    public QueryRules<T> Include(params string[] relationships)
    {
        foreach (var name in relationships)
        {
            if (Descriptor.FindRelationship(name) is null)
            {
                throw new InvalidOperationException($"{Descriptor.Type} has no relationship '{name}' to include.");
            }
        }

        _includes.AddRange(relationships);
        return this;
    }

    public IReadOnlyCollection<string>? AllowedFilterValues(string name) => _filters[name].Allowed;

    /// <summary>Applies the parsed filters and sorts; the original (creation) order breaks ties.</summary>
    public List<T> Apply(IEnumerable<T> records, ParsedQuery query, ResourceContext context)
    {
        var result = records.Where(r =>
            query.Filters.All(f => _filters[f.Key].Values(r, context).Any(f.Value.Contains))
            && query.Exists.All(e => _exists[e.Key](r, context) == e.Value));
        IOrderedEnumerable<T>? ordered = null;
        foreach (var (name, descending) in query.Sorts)
        {
            var key = _sorts[name];
            Func<T, IComparable?> selector = r => key(r, context);
            ordered = ordered is null
                ? (descending ? result.OrderByDescending(selector, NullsFirstComparer.Instance) : result.OrderBy(selector, NullsFirstComparer.Instance))
                : (descending ? ordered.ThenByDescending(selector, NullsFirstComparer.Instance) : ordered.ThenBy(selector, NullsFirstComparer.Instance));
        }

        return [.. ordered ?? result];
    }

    private sealed record FilterRule(Func<T, ResourceContext, IEnumerable<string>> Values, IReadOnlyCollection<string>? Allowed);

    private sealed class NullsFirstComparer : IComparer<IComparable?>
    {
        public static NullsFirstComparer Instance { get; } = new();

        public int Compare(IComparable? x, IComparable? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => x.CompareTo(y),
        };
    }
}
