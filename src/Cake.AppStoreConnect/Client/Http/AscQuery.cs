using System.Globalization;
using System.Text;

namespace Cake.AppStoreConnect.Client.Http;

/// <summary>
/// Builds App Store Connect query strings: <c>filter[x]</c>, <c>include</c>, <c>fields[type]</c>,
/// <c>sort</c>, <c>limit</c>. Arrays are comma-separated as Apple's spec declares.
/// </summary>
public sealed class AscQuery
{
    /// <summary>The page size used for collections unless told otherwise: Apple's maximum.</summary>
    public const int DefaultCollectionLimit = 200;

    private readonly List<KeyValuePair<string, string>> _parameters = [];

    /// <summary>Adds <c>filter[name]=v1,v2</c>; nothing when no value is given.</summary>
    /// <param name="name">The filter name, such as <c>bundleId</c> or <c>preReleaseVersion.version</c>.</param>
    /// <param name="values">The values; combined with OR by Apple.</param>
    /// <returns>This query.</returns>
    public AscQuery Filter(string name, params IEnumerable<string?> values) => Add($"filter[{name}]", values);

    /// <summary>Adds <c>exists[name]=true|false</c>.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="exists">Whether the attribute must exist.</param>
    /// <returns>This query.</returns>
    public AscQuery Exists(string name, bool exists) => Add($"exists[{name}]", [exists ? "true" : "false"]);

    /// <summary>Adds <c>include=a,b</c>.</summary>
    /// <param name="relationships">The relationships to include.</param>
    /// <returns>This query.</returns>
    public AscQuery Include(params IEnumerable<string> relationships) => Add("include", relationships);

    /// <summary>Adds <c>fields[type]=a,b</c>.</summary>
    /// <param name="type">The resource type.</param>
    /// <param name="fields">The fields to return.</param>
    /// <returns>This query.</returns>
    public AscQuery Fields(string type, params IEnumerable<string> fields) => Add($"fields[{type}]", fields);

    /// <summary>Adds <c>sort=key</c>; a leading <c>-</c> sorts descending.</summary>
    /// <param name="key">The sort key, such as <c>-uploadedDate</c>.</param>
    /// <returns>This query.</returns>
    public AscQuery Sort(string key) => Add("sort", [key]);

    /// <summary>Adds <c>limit=n</c>.</summary>
    /// <param name="limit">The page size.</param>
    /// <returns>This query.</returns>
    public AscQuery Limit(int limit) => Add("limit", [limit.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>Adds <c>limit[relationship]=n</c> for included to-many relationships.</summary>
    /// <param name="relationship">The included relationship.</param>
    /// <param name="limit">The most related resources to include.</param>
    /// <returns>This query.</returns>
    public AscQuery LimitIncluded(string relationship, int limit) => Add($"limit[{relationship}]", [limit.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>Gets a value indicating whether a parameter with that name was added.</summary>
    /// <param name="name">The full parameter name, such as <c>limit</c>.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Has(string name) => _parameters.Exists(p => p.Key == name);

    /// <summary>Appends the query to a path.</summary>
    /// <param name="path">The path, such as <c>/v1/apps</c>.</param>
    /// <returns>The path with its query string.</returns>
    public string AppendTo(string path)
    {
        if (_parameters.Count == 0)
        {
            return path;
        }

        var builder = new StringBuilder(path).Append(path.Contains('?', StringComparison.Ordinal) ? '&' : '?');
        for (var i = 0; i < _parameters.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            // Brackets stay readable in logs; values are escaped, commas kept as Apple's array separator.
            builder.Append(_parameters[i].Key).Append('=').Append(Uri.EscapeDataString(_parameters[i].Value).Replace("%2C", ",", StringComparison.Ordinal));
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => AppendTo(string.Empty);

    private AscQuery Add(string name, IEnumerable<string?> values)
    {
        var list = values.Where(v => !string.IsNullOrEmpty(v)).ToList();
        if (list.Count > 0)
        {
            _parameters.RemoveAll(p => p.Key == name);
            _parameters.Add(new(name, string.Join(',', list)));
        }

        return this;
    }
}
