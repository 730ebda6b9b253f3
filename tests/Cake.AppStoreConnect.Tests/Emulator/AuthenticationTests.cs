using System.Net;
using Cake.AppStoreConnect.Emulator;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

public sealed class AuthenticationTests
{
    private EmulatorFixture _emulator = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).WithIndividualKey());

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    private async Task<HttpStatusCode> GetAppsWithAsync(string? token)
    {
        using var client = new HttpClient { BaseAddress = _emulator.Host.BaseAddress };
        if (token is not null)
        {
            UploadSteps.UseToken(client, token);
        }

        var (status, body) = await _emulator.SendAsync(HttpMethod.Get, "/v1/apps", client: client);
        if (status == HttpStatusCode.Unauthorized)
        {
            var error = body!["errors"]![0]!;
            Assert.Multiple(() =>
            {
                Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("NOT_AUTHORIZED"));
                Assert.That(error["status"]!.GetValue<string>(), Is.EqualTo("401"));
                Assert.That(error["title"]!.GetValue<string>(), Is.EqualTo("Authentication credentials are missing or invalid."));
                Assert.That(error["detail"]!.GetValue<string>(), Does.StartWith("Provide a properly configured and signed bearer token"));
            });
        }

        return status;
    }

    [Test]
    public async Task Should_Accept_A_Valid_Team_Token() =>
        Assert.That(await GetAppsWithAsync(Tokens.Mint(_emulator.Host.Key)), Is.EqualTo(HttpStatusCode.OK));

    [Test]
    public async Task Should_Accept_An_Individual_Key_With_Sub_User() =>
        Assert.That(await GetAppsWithAsync(Tokens.Mint(_emulator.Host.IndividualKey!, individual: true)), Is.EqualTo(HttpStatusCode.OK));

    [Test]
    public async Task Should_Refuse_An_Individual_Key_With_An_Issuer() =>
        Assert.That(await GetAppsWithAsync(Tokens.Mint(_emulator.Host.IndividualKey!, issuer: "57246542-96fe-1a63-e053-0824d011072a")), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task Should_Refuse_A_Missing_Token() =>
        Assert.That(await GetAppsWithAsync(null), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task Should_Refuse_The_Wrong_Audience() =>
        Assert.That(await GetAppsWithAsync(Tokens.Mint(_emulator.Host.Key, audience: "apple-developer-enterprise-v1")), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task Should_Refuse_A_Lifetime_Over_Twenty_Minutes() =>
        Assert.That(await GetAppsWithAsync(Tokens.Mint(_emulator.Host.Key, lifetime: TimeSpan.FromMinutes(21))), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task Should_Refuse_An_Expired_Token() =>
        Assert.That(await GetAppsWithAsync(Tokens.Mint(_emulator.Host.Key, issuedAt: DateTimeOffset.UtcNow.AddMinutes(-30))), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task Should_Refuse_A_Token_Issued_In_The_Future() =>
        Assert.That(await GetAppsWithAsync(Tokens.Mint(_emulator.Host.Key, issuedAt: DateTimeOffset.UtcNow.AddMinutes(5))), Is.EqualTo(HttpStatusCode.Unauthorized));

    // Apple's own WWDC sample signs iss, exp and aud, no iat: accepted while exp is at most 20 minutes ahead.
    [TestCase(19, HttpStatusCode.OK)]
    [TestCase(25, HttpStatusCode.Unauthorized)]
    public async Task Should_Judge_A_Token_Without_Iat_By_Its_Exp(int minutesAhead, HttpStatusCode expected)
    {
        var token = Tokens.Sign(_emulator.Host.Key, new Dictionary<string, object>
        {
            ["iss"] = _emulator.Host.IssuerId!,
            ["exp"] = DateTimeOffset.UtcNow.AddMinutes(minutesAhead).ToUnixTimeSeconds(),
            ["aud"] = Tokens.Audience,
        });

        Assert.That(await GetAppsWithAsync(token), Is.EqualTo(expected));
    }

    [Test]
    public async Task Should_Refuse_A_Token_Without_Exp()
    {
        var token = Tokens.Sign(_emulator.Host.Key, new Dictionary<string, object>
        {
            ["iss"] = _emulator.Host.IssuerId!,
            ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["aud"] = Tokens.Audience,
        });

        Assert.That(await GetAppsWithAsync(token), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    // A lifetime computed as exp - iat overflowed on these and made a token that never expires.
    [TestCase(long.MinValue, long.MaxValue)]
    [TestCase(-1e300, 1e300)]
    [TestCase(0d, 1e300)]
    public async Task Should_Refuse_Dates_Out_Of_Range(object iat, object exp)
    {
        var token = Tokens.Sign(_emulator.Host.Key, new Dictionary<string, object>
        {
            ["iss"] = _emulator.Host.IssuerId!,
            ["iat"] = iat,
            ["exp"] = exp,
            ["aud"] = Tokens.Audience,
        });

        Assert.That(await GetAppsWithAsync(token), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Should_Refuse_The_Wrong_Issuer() =>
        Assert.That(await GetAppsWithAsync(Tokens.Mint(_emulator.Host.Key, issuer: Guid.NewGuid().ToString())), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task Should_Refuse_An_Unknown_Kid() =>
        Assert.That(await GetAppsWithAsync(Tokens.Mint(_emulator.Host.Key, keyId: "NOSUCHKEY1")), Is.EqualTo(HttpStatusCode.Unauthorized));

    [Test]
    public async Task Should_Refuse_A_Bad_Signature()
    {
        // Given a token signed by a key that is not the one registered under its kid
        var impostor = _emulator.Host.Key with { PrivateKeyPem = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem() };

        // Then
        Assert.That(await GetAppsWithAsync(Tokens.Mint(impostor)), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Should_Refuse_A_Revoked_Key_And_Log_Why_Without_The_Token()
    {
        // Given a second key, registered and then revoked through the control endpoint
        var (status, created) = await _emulator.SendAsync(HttpMethod.Post, "/_emulator/keys", new { issuerId = "69a6de7e-0000-47e3-e053-5b8c7c11a4d1" }, _emulator.Control);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created));
        var key = new EmulatorKey(created!["keyId"]!.GetValue<string>(), created["issuerId"]!.GetValue<string>(), created["privateKeyPem"]!.GetValue<string>(), null);
        var token = Tokens.Mint(key);
        Assert.That(await GetAppsWithAsync(token), Is.EqualTo(HttpStatusCode.OK));

        // When
        var (revoked, _) = await _emulator.SendAsync(HttpMethod.Post, $"/_emulator/keys/{key.KeyId}/revoke", new { }, _emulator.Control);

        // Then
        Assert.That(revoked, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await GetAppsWithAsync(token), Is.EqualTo(HttpStatusCode.Unauthorized));
        var log = await _emulator.Control.GetStringAsync("/_emulator/requests");
        Assert.That(log, Does.Contain("key revoked"));
        Assert.That(log, Does.Not.Contain(token));
    }
}

public sealed class KeyFileTests
{
    [Test]
    public async Task Should_Register_A_Key_File_Without_Issuer_As_An_Individual_Key()
    {
        // Given a .p8 named as Apple names them
        var directory = Directory.CreateTempSubdirectory("asc-emulator-key-").FullName;
        var path = Path.Combine(directory, "AuthKey_FILEKEY123.p8");
        await File.WriteAllTextAsync(path, System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());
        try
        {
            // When
            await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o => o.KeyFile = path));
            UploadSteps.UseToken(emulator.Http, Tokens.Mint(emulator.Host.Key, individual: true));

            // Then
            Assert.That(emulator.Host.KeyId, Is.EqualTo("FILEKEY123"));
            Assert.That(emulator.Host.IssuerId, Is.Null);
            Assert.That(emulator.Host.PrivateKeyPath, Is.EqualTo(path));
            Assert.That((await emulator.GetAsync("/v1/apps")).Status, Is.EqualTo(HttpStatusCode.OK));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
