using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Apps;

namespace Cake.AppStoreConnect.Core;

/// <summary>Finds an app by bundle id or by Apple's numeric id; one place, one error message.</summary>
public static class AppResolver
{
    /// <summary>Finds the app or fails with a message that says what to check.</summary>
    /// <param name="client">The client.</param>
    /// <param name="bundleIdOrAppId">A bundle id such as <c>com.example.app</c>, or Apple's id such as <c>1234567890</c>.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The app.</returns>
    /// <exception cref="AscAppNotFoundException">The key sees no such app.</exception>
    public static async Task<AscApp> ResolveAsync(AppStoreConnectClient client, string bundleIdOrAppId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(bundleIdOrAppId);
        var reference = bundleIdOrAppId.Trim();
        var app = reference.All(char.IsAsciiDigit)
            ? await client.Apps.FindByIdAsync(reference, cancellationToken)
            : await client.Apps.FindByBundleIdAsync(reference, cancellationToken);
        return app ?? throw new AscAppNotFoundException(reference, client.Connection.Key.ToString());
    }
}
