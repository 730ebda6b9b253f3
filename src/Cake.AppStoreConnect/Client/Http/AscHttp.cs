namespace Cake.AppStoreConnect.Client.Http;

/// <summary>
/// The one HTTP client of the process. Sockets are pooled and recycled so DNS changes are seen;
/// timeouts are the resilience pipeline's job, so the client itself never times out.
/// </summary>
public static class AscHttp
{
    private static readonly Lazy<HttpClient> SharedClient = new(Create);

    /// <summary>Gets the shared client. It carries no Authorization header: tokens are added per request.</summary>
    public static HttpClient Shared => SharedClient.Value;

    private static HttpClient Create()
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectTimeout = TimeSpan.FromSeconds(30),

            // Reports are gzip files by content type; they must arrive as the bytes Apple sent.
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            MaxConnectionsPerServer = 64,
        };
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"Cake.AppStoreConnect/{typeof(AscHttp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}");
        return client;
    }
}
