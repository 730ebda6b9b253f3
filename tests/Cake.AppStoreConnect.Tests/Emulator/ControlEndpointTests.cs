using System.Net;
using System.Text;
using Cake.AppStoreConnect.Emulator;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>Who may listen and who may call <c>/_emulator/…</c>: loopback by default, a token with <c>--allow-remote</c>.</summary>
public sealed class ControlEndpointTests
{
    [TestCase("http://*:0")]
    [TestCase("http://+:0")]
    [TestCase("http://[::]:0")]
    [TestCase("http://0.0.0.0:0")]
    [TestCase("http://192.168.1.20:0")]
    [TestCase("http://127.0.0.1:0;http://example.com:8080")]
    public void Should_Refuse_To_Listen_Beyond_Loopback_Without_Allow_Remote(string urls) =>
        Assert.That(
            async () => await EmulatorHost.StartAsync(new EmulatorOptions { Urls = urls }),
            Throws.ArgumentException.With.Message.Contains("--allow-remote").And.Message.Contains("--urls"));

    [TestCase("http://[::]:5000/", "http://127.0.0.1:5000/")]
    [TestCase("http://0.0.0.0:5000", "http://127.0.0.1:5000/")]
    [TestCase("http://[::1]:5000", "http://[::1]:5000/")]
    [TestCase("http://localhost:5000", "http://localhost:5000/")]
    public void Should_Give_Clients_An_Address_They_Can_Connect_To(string bound, string client) =>
        Assert.That(ListenUrls.ClientAddress(bound).ToString(), Is.EqualTo(client));

    [Test]
    public async Task Should_Listen_On_Localhost_With_A_Free_Port()
    {
        // When (Kestrel refuses port 0 on "localhost" itself)
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.Urls = "http://localhost:0"));

        // Then
        Assert.That(emulator.Host.BaseAddress.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(emulator.Host.BaseAddress.Port, Is.Not.Zero);
        Assert.That(emulator.Host.BoundAddresses, Is.EqualTo(new[] { emulator.Host.BaseAddress.GetLeftPart(UriPartial.Authority) }));
        Assert.That((await emulator.GetAsync("/v1/apps")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Should_Refuse_Control_Writes_That_Are_Not_Json()
    {
        // Given a form a web page could post without a preflight
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));
        using var content = new StringContent("{\"issuerId\":\"69a6de7e-0000-47e3-e053-5b8c7c11a4d1\"}", Encoding.UTF8, "text/plain");

        // When
        using var response = await emulator.Control.PostAsync(new Uri("/_emulator/keys", UriKind.Relative), content);

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("application/json"));
    }

    [Test]
    public async Task Should_Refuse_To_Replace_A_Registered_Key()
    {
        // Given
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));

        // When a key is asked for under the id of the key in use
        var (status, body) = await emulator.SendAsync(HttpMethod.Post, "/_emulator/keys", new { keyId = emulator.Host.KeyId, issuerId = emulator.Host.IssuerId }, emulator.Control);

        // Then the key in use still works
        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(body!["error"]!.GetValue<string>(), Does.Contain(emulator.Host.KeyId));
        Assert.That((await emulator.GetAsync("/v1/apps")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Should_Refuse_Control_Requests_Addressed_To_Another_Host()
    {
        // Given a page whose name was rebound to 127.0.0.1 (DNS rebinding)
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_emulator/state");
        request.Headers.Host = "attacker.example";

        // When
        using var response = await emulator.Control.SendAsync(request);

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Should_Require_The_Control_Token_When_Remote_Clients_Are_Allowed()
    {
        // Given (loopback still, so the test opens nothing to the network; the token comes with --allow-remote)
        var directory = Directory.CreateTempSubdirectory("asc-emulator-remote-").FullName;
        var envFile = Path.Combine(directory, "asc.env");
        try
        {
            await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => (o.AllowRemote, o.EnvFile) = (true, envFile)));
            var token = emulator.Host.ControlToken!;

            // When
            var (without, _) = await emulator.SendAsync(HttpMethod.Post, "/_emulator/keys", new { }, emulator.Control);
            using var withToken = new HttpClient { BaseAddress = emulator.Host.BaseAddress };
            withToken.DefaultRequestHeaders.Add("X-Emulator-Token", token);
            var (with, _) = await emulator.SendAsync(HttpMethod.Post, "/_emulator/keys", new { }, withToken);
            using var delete = await emulator.Control.DeleteAsync(new Uri("/_emulator/requests", UriKind.Relative));

            // Then
            Assert.That(token, Has.Length.GreaterThanOrEqualTo(32));
            Assert.That(without, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(with, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(File.ReadAllLines(envFile), Does.Contain($"ASC_EMULATOR_CONTROL_TOKEN={token}"));
            if (!OperatingSystem.IsWindows())
            {
                Assert.That(File.GetUnixFileMode(envFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task Should_Have_No_Control_Token_On_Loopback()
    {
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));
        Assert.That(emulator.Host.ControlToken, Is.Null);
    }
}
