using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Client.Http;

/// <summary>A connection to a scripted loopback server, logging into a Diagnostic-level Cake log.</summary>
internal sealed class ConnectionFixture : IAsyncDisposable
{
    private ConnectionFixture(LoopbackApi api, AscConnection connection, AscApiKey key, string pem, CapturingLog log)
    {
        Api = api;
        Connection = connection;
        Key = key;
        Pem = pem;
        Log = log;
    }

    public LoopbackApi Api { get; }

    public AscConnection Connection { get; }

    public AscApiKey Key { get; }

    public string Pem { get; }

    public CapturingLog Log { get; }

    public static async Task<ConnectionFixture> StartAsync(Action<AscClientOptions>? configure = null)
    {
        var api = await LoopbackApi.StartAsync();
        var (pem, _) = TestKeys.NewP256();
        var key = AscApiKey.FromPem(TestKeys.KeyId, TestKeys.IssuerId, pem, "test key");
        var options = new AscClientOptions
        {
            BaseAddress = api.BaseAddress,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromSeconds(3),
            MaxRetries = 3,
        };
        configure?.Invoke(options);
        var log = new CapturingLog();
        var connection = new AscConnection(AscHttp.Shared, new AscTokenProvider(key), options, new CakeAscLog(log));
        return new ConnectionFixture(api, connection, key, pem, log);
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        Key.Dispose();
    }
}
