using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>
/// A TCP server on 127.0.0.1 that reads each request's head and then misbehaves on the wire the way a broken
/// network or proxy does: it resets the connection, or promises a body and closes half-way through it.
/// Kestrel (<see cref="LoopbackApi"/>) cannot be made to do either exactly.
/// </summary>
public sealed class RawLoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;

    public RawLoopbackServer(RawFailure failure)
    {
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync(failure);
    }

    public Uri BaseAddress { get; }

    /// <summary>Gets how many connections were accepted.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync(RawFailure failure)
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            try
            {
                await FailAsync(client, failure);
            }
            catch (IOException)
            {
                // The client gave up first; the next connection is served the same way.
            }
        }
    }

    private async Task FailAsync(TcpClient client, RawFailure failure)
    {
        var stream = client.GetStream();
        await ReadHeadAsync(stream);
        if (failure == RawFailure.CutBody)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"data\":"), _stop.Token);
            await stream.FlushAsync(_stop.Token);
            client.Client.Shutdown(SocketShutdown.Both);
        }
        else
        {
            // Linger 0 makes the socket's close send RST rather than FIN: the peer sees "Connection reset by peer".
            // (TcpClient.Close would shut the connection down gracefully first.)
            client.Client.LingerState = new LingerOption(true, 0);
            client.Client.Close();
            return;
        }

        client.Close();
    }

    private async Task ReadHeadAsync(NetworkStream stream)
    {
        var seen = new StringBuilder();
        var buffer = new byte[4096];
        while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                return;
            }

            seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
    }
}

/// <summary>How a <see cref="RawLoopbackServer"/> fails each request.</summary>
public enum RawFailure
{
    /// <summary>Resets the connection after reading the request's head.</summary>
    Reset,

    /// <summary>Answers 200 with a Content-Length of 1000 and closes after a few bytes of body.</summary>
    CutBody,
}
