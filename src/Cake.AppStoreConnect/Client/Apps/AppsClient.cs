using System.Runtime.CompilerServices;
using Cake.AppStoreConnect.Client.Http;

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
}
