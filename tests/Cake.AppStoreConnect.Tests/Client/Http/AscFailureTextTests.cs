using System.Net.Sockets;
using System.Security.Authentication;
using Cake.AppStoreConnect.Client.Http;

namespace Cake.AppStoreConnect.Tests.Client.Http;

/// <summary>
/// The causes loopback cannot produce cheaply (a failed TLS handshake, an unknown host, an HTTP client's own
/// timeout), as .NET's SocketsHttpHandler wraps them; the loopback ones are in <see cref="AscConnectionTests.TheNetworkFailureMessages"/>.
/// </summary>
public sealed class AscFailureTextTests
{
    [Test]
    public void Should_Name_A_Failed_Tls_Handshake()
    {
        var failure = new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established, see inner exception.", new AuthenticationException("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot"));

        Assert.That(AscFailureText.Cause(failure), Is.EqualTo("The SSL connection could not be established: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot [SecureConnectionError]"));
    }

    [Test]
    public void Should_Name_An_Unknown_Host_With_Its_Endpoint()
    {
        var failure = new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (api.appstoreconnect.apple.com:443)", new SocketException((int)SocketError.HostNotFound, "Name or service not known"));

        Assert.That(AscFailureText.Cause(failure), Is.EqualTo("Name or service not known (api.appstoreconnect.apple.com:443) [HostNotFound]"));
    }

    [Test]
    public void Should_Say_An_Http_Clients_Own_Timeout_Is_A_Timeout_Not_A_Cancellation()
    {
        var failure = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException("A task was canceled."));

        Assert.Multiple(() =>
        {
            Assert.That(AscFailureText.IsTimeout(failure), Is.True);
            Assert.That(AscFailureText.IsTimeout(new TaskCanceledException()), Is.False, "a cancellation by the user is not a network failure");
            Assert.That(AscFailureText.Cause(failure), Is.EqualTo("no answer in time (The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing)"));
        });
    }

    [Test]
    public void Should_Leave_Out_The_Query_Of_Any_Url_A_Cause_Quotes()
    {
        var failure = new HttpRequestException("Upload to https://store.example.com/part/1?X-Amz-Signature=s3cr3t&X-Amz-Expires=60 failed", new IOException("Broken pipe"));

        Assert.That(AscFailureText.Cause(failure), Is.EqualTo("Broken pipe"), "the innermost cause, without the outer text that quotes the URL");
        Assert.That(AscFailureText.Cause(new HttpRequestException("Upload to https://store.example.com/part/1?X-Amz-Signature=s3cr3t failed")), Is.EqualTo("Upload to https://store.example.com/part/1 failed"));
        Assert.That(AscFailureText.WithoutQuery("/v1/apps?filter[bundleId]=com.example"), Is.EqualTo("/v1/apps"));
    }
}
