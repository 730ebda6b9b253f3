namespace Cake.AppStoreConnect.Client.Http;

/// <summary>Options of the App Store Connect client.</summary>
public sealed class AscClientOptions
{
    /// <summary>Apple's production address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.appstoreconnect.apple.com/");

    /// <summary>Gets or sets the API address; the emulator's when rehearsing.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Gets or sets how long one attempt of one request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets or sets how long one request may take with all its retries.</summary>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets how many times a failed request is retried when retrying is safe.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>Gets or sets the first backoff delay; it doubles per attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest delay between two attempts, including a server's <c>Retry-After</c>.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the token lifetime; at most 20 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// Checks the options, refusing plain HTTP except to a loopback address (the emulator): a token
    /// sent over plain HTTP to another host could be read on the way.
    /// </summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        if (!BaseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"The App Store Connect address '{BaseAddress}' must be absolute, such as https://api.appstoreconnect.apple.com.");
        }

        if (BaseAddress.Scheme == Uri.UriSchemeHttp && !BaseAddress.IsLoopback)
        {
            throw new ArgumentException($"The App Store Connect address '{BaseAddress}' uses plain http to a host that is not loopback; the token would travel unencrypted. Use https, or http only for 127.0.0.1/localhost (the emulator).");
        }

        if (BaseAddress.Scheme != Uri.UriSchemeHttp && BaseAddress.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The App Store Connect address '{BaseAddress}' must be http(s).");
        }

        if (RequestTimeout <= TimeSpan.Zero || OverallTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("Request and overall timeouts must be positive.");
        }

        if (RetryBaseDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"The retry delay must not be negative (was {RetryBaseDelay}).");
        }

        if (MaxRetries is < 0 or > 50)
        {
            throw new ArgumentException($"MaxRetries must be between 0 and 50 (was {MaxRetries}).");
        }
    }
}
