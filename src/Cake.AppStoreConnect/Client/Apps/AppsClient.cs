using System.Runtime.CompilerServices;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Apps;

/// <summary>The <c>apps</c> resource.</summary>
public sealed class AppsClient
{
    private readonly AscConnection _connection;

    internal AppsClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists every app the key can see, following paging to the end.</summary>
    /// <param name="bundleIds">Only these bundle ids, when given.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The apps.</returns>
    public async IAsyncEnumerable<AscApp> GetAllAsync(IEnumerable<string>? bundleIds = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new AscQuery().Fields("apps", "name", "bundleId", "sku", "primaryLocale");
        if (bundleIds is not null)
        {
            query.Filter("bundleId", bundleIds);
        }

        await foreach (var resource in _connection.GetAllAsync<AppAttributes>("/v1/apps", query, cancellationToken))
        {
            yield return AscApp.From(resource);
        }
    }

    /// <summary>Finds an app by its exact bundle id.</summary>
    /// <param name="bundleId">The bundle id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The app, or <see langword="null"/> when the key sees none with that bundle id.</returns>
    public async Task<AscApp?> FindByBundleIdAsync(string bundleId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bundleId);

        // Apple's filter is not guaranteed to be an exact match, so the answer is checked here.
        await foreach (var app in GetAllAsync([bundleId], cancellationToken))
        {
            if (string.Equals(app.BundleId, bundleId, StringComparison.OrdinalIgnoreCase))
            {
                return app;
            }
        }

        return null;
    }

    /// <summary>Finds an app by Apple's id.</summary>
    /// <param name="appId">The app's id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The app, or <see langword="null"/> when it does not exist or the key cannot see it.</returns>
    public async Task<AscApp?> FindByIdAsync(string appId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        var resource = await _connection.FindAsync<AppAttributes>($"/v1/apps/{Uri.EscapeDataString(appId)}", cancellationToken);
        return resource is null ? null : AscApp.From(resource);
    }

    /// <summary>Reads the first page of apps the key can see, with the total Apple reports: one cheap request.</summary>
    /// <param name="limit">How many apps the page holds at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The apps on the page and the total.</returns>
    public async Task<AscAppPage> GetFirstPageAsync(int limit, CancellationToken cancellationToken = default)
    {
        var page = await _connection.GetAsync<IReadOnlyList<JsonApiResource<AppAttributes>>>(
            new AscQuery().Fields("apps", "name", "bundleId").Limit(limit).AppendTo("/v1/apps"),
            cancellationToken);
        var apps = (page.Data ?? []).Select(AscApp.From).ToList();
        return new AscAppPage(apps, page.Meta?.Paging?.Total ?? apps.Count);
    }
}

/// <summary>One page of apps and the total number the key can see.</summary>
/// <param name="Apps">The apps on the page.</param>
/// <param name="Total">How many apps the key can see in all.</param>
public sealed record AscAppPage(IReadOnlyList<AscApp> Apps, int Total);
