using System.Collections.Concurrent;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;
using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.AppStoreConnect.Credentials;

/// <summary>
/// Builds the typed client for an alias call. Token providers are kept per key for the whole Cake run,
/// so consecutive aliases reuse one token until it nears expiry instead of minting one each.
/// </summary>
public static class AscClientFactory
{
    private static readonly ConcurrentDictionary<string, AscTokenProvider> Providers = new(StringComparer.Ordinal);

    /// <summary>Creates a client from the settings and the Cake environment.</summary>
    /// <param name="context">The Cake context: environment, file system and log.</param>
    /// <param name="settings">Credentials and options; unset values come from the environment.</param>
    /// <returns>The client.</returns>
    public static AppStoreConnectClient Create(ICakeContext context, AscSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var resolver = new AscCredentialResolver(context.Environment, context.FileSystem);
        var options = new AscClientOptions { BaseAddress = resolver.ResolveApiUrl(settings) };
        options.RequestTimeout = settings.RequestTimeout ?? options.RequestTimeout;
        options.OverallTimeout = settings.OverallTimeout ?? options.OverallTimeout;
        options.MaxRetries = settings.MaxRetries ?? options.MaxRetries;
        options.RetryBaseDelay = settings.RetryDelay ?? options.RetryBaseDelay;
        options.Validate();

        var credentials = resolver.Resolve(settings);
        if (credentials.TokenLifetime is { } lifetime)
        {
            options.TokenLifetime = lifetime;
        }

        var key = credentials.Key;
        var cacheKey = string.Join('|', key.KeyId, key.IssuerId, key.InHouse, key.GetPublicKeyFingerprint(), options.TokenLifetime.Ticks);
        var provider = Providers.GetOrAdd(cacheKey, _ => new AscTokenProvider(key, lifetime: options.TokenLifetime));
        if (!ReferenceEquals(provider.Key, key))
        {
            key.Dispose();
        }

        context.Log.Verbose("App Store Connect: {0} read from {1}, talking to {2}", provider.Key, provider.Key.Source, options.BaseAddress);
        return new AppStoreConnectClient(new AscConnection(AscHttp.Shared, provider, options, new CakeAscLog(context.Log)));
    }
}
