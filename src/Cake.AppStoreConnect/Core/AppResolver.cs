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

        // Checked here, not by the server: a pasted file or a line break would otherwise reach a URL
        // (a 414 quoting it) and the log.
        if (!AppleFormats.IsBundleId(reference))
        {
            throw new ArgumentException($"'{AscText.Echo(reference)}' is neither a bundle id ({AppleFormats.BundleIdRule}, at most {AppleFormats.MaxBundleIdLength} characters) nor an app's Apple id (digits). Pass the app's bundle id or its Apple id from App Store Connect (App Information).");
        }

        var app = reference.All(char.IsAsciiDigit)
            ? await client.Apps.FindByIdAsync(reference, cancellationToken)
            : await client.Apps.FindByBundleIdAsync(reference, cancellationToken);
        return app ?? throw new AscAppNotFoundException(reference, client.Connection.Key.ToString());
    }
}
