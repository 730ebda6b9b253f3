using System.Collections.Concurrent;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>
/// The typed client with nothing behind it: every request it tries is recorded and refused before it leaves the
/// process, so input checks prove they send nothing without starting an emulator.
/// </summary>
public sealed class OfflineClient : IDisposable
{
    private readonly RecordingHandler _handler = new();
    private readonly HttpClient _http;
    private readonly AscApiKey _key;

    public OfflineClient()
    {
        _http = new HttpClient(_handler);
        var (pem, signer) = TestKeys.NewP256();
        signer.Dispose();
        _key = AscApiKey.FromPem(TestKeys.KeyId, TestKeys.IssuerId, pem, "test key");
        Client = new AppStoreConnectClient(new AscConnection(_http, new AscTokenProvider(_key), new AscClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/"), MaxRetries = 0 }));
    }

    public AppStoreConnectClient Client { get; }

    /// <summary>Gets the requests the client tried, as <c>METHOD url</c>.</summary>
    public IReadOnlyList<string> Requests => [.. _handler.Requests];

    public void Dispose()
    {
        _http.Dispose();
        _key.Dispose();
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public ConcurrentQueue<string> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Enqueue($"{request.Method} {request.RequestUri}");
            throw new HttpRequestException($"Offline: the test expected no request, and {request.Method} {request.RequestUri} was sent.");
        }
    }
}
