using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Emulator;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator.Access;

/// <summary>Keys with roles: the route table refuses before the body is read, individual keys see their user's apps only.</summary>
public sealed class RoleEnforcementTests
{
    private EmulatorFixture _emulator = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false).Configure(o => o.KeyRoles = "CUSTOMER_SUPPORT"));

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [Test]
    public async Task Should_Refuse_A_Write_The_Role_Does_Not_Allow_Before_Reading_The_Body()
    {
        var before = (await _emulator.StateAsync()).ToJsonString();

        // A valid body and a body that is not even JSON: both meet the role check first, so both are 403, not 201 or 4xx about the body.
        var (valid, error) = await _emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", UploadSteps.CreateUploadBody(EmulatorFixture.SampleAppId, "9.9", "1"));
        var (garbage, _) = await _emulator.SendAsync(HttpMethod.Post, "/v1/betaGroups", JsonValue.Create("not an entity"));

        Assert.Multiple(() =>
        {
            Assert.That(valid, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(garbage, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(error!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("FORBIDDEN_ERROR"));
            Assert.That(error["errors"]![0]!["detail"]!.GetValue<string>(), Is.EqualTo("The API key in use does not allow this request"));
        });
        Assert.That((await _emulator.StateAsync()).ToJsonString(), Is.EqualTo(before));
    }

    [Test]
    public async Task Should_Allow_What_The_Role_Allows()
    {
        await _emulator.GetOkAsync($"/v1/apps/{EmulatorFixture.VeryCapableAppId}/customerReviews?limit=1");
        var (apps, _) = await _emulator.GetAsync("/v1/apps");
        Assert.That(apps, Is.EqualTo(HttpStatusCode.Forbidden), "a Customer Support key reads and answers reviews only");
        var (sales, _) = await _emulator.GetAsync("/v1/salesReports?filter[frequency]=DAILY&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[vendorNumber]=80012345&filter[reportDate]=2026-01-01");
        Assert.That(sales, Is.EqualTo(HttpStatusCode.Forbidden));
        await _emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Refuse_An_Individual_Admin_Key_Every_Provisioning_Route_And_Change_Nothing()
    {
        var key = await RegisterAsync(new { kind = "individual", roles = new[] { "ADMIN" }, userId = "user-1", visibleAppIds = new[] { EmulatorFixture.SampleAppId } });
        using var client = new HttpClient { BaseAddress = _emulator.Host.BaseAddress };
        UploadSteps.UseToken(client, Tokens.Mint(key, individual: true));
        var before = (await _emulator.StateAsync()).ToJsonString();
        // 403, not 404, for a profile that does not exist: the key is refused before any lookup.
        const string profileId = "no-such-profile";

        var answers = new List<(string Request, HttpStatusCode Status)>();
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, "/v1/bundleIds"), (HttpMethod.Get, "/v1/devices"), (HttpMethod.Get, "/v1/certificates"),
            (HttpMethod.Get, $"/v1/profiles/{profileId}"), (HttpMethod.Delete, $"/v1/profiles/{profileId}"),
            (HttpMethod.Post, "/v1/bundleIds"),
        })
        {
            var (status, _) = await _emulator.SendAsync(method, path, method == HttpMethod.Post ? new { data = new { type = "bundleIds", attributes = new { name = "X", identifier = "com.example.x", platform = "IOS" } } } : null, client: client);
            answers.Add(($"{method} {path}", status));
        }

        Assert.That(answers.Where(a => a.Status != HttpStatusCode.Forbidden), Is.Empty, "Apple: individual keys cannot use the provisioning endpoints, whatever their role");
        Assert.That((await _emulator.StateAsync()).ToJsonString(), Is.EqualTo(before), "the refused DELETE and POST changed nothing");
    }

    [Test]
    public async Task Should_Show_An_Individual_Key_Only_Its_Users_Apps_And_No_Reports()
    {
        var key = await RegisterAsync(new { kind = "individual", roles = new[] { "FINANCE", "APP_MANAGER" }, userId = "user-1", visibleAppIds = new[] { EmulatorFixture.SampleAppId } });
        using var client = new HttpClient { BaseAddress = _emulator.Host.BaseAddress };
        UploadSteps.UseToken(client, Tokens.Mint(key, individual: true));

        var (listed, apps) = await _emulator.SendAsync(HttpMethod.Get, "/v1/apps", client: client);
        var (other, _) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/apps/{EmulatorFixture.VeryCapableAppId}/builds", client: client);
        var (own, _) = await _emulator.SendAsync(HttpMethod.Get, $"/v1/apps/{EmulatorFixture.SampleAppId}/builds", client: client);
        var (finance, _) = await _emulator.SendAsync(HttpMethod.Get, "/v1/financeReports?filter[regionCode]=US&filter[reportDate]=2026-01&filter[reportType]=FINANCIAL&filter[vendorNumber]=80012345", client: client);

        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(apps!["data"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()), Is.EqualTo(new[] { EmulatorFixture.SampleAppId }));
            Assert.That(other, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(own, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(finance, Is.EqualTo(HttpStatusCode.Forbidden), "individual keys cannot read sales and finance, whatever their role");
        });
    }

    [TestCase("ADMIN")]
    [TestCase("ACCOUNT_HOLDER")]
    public async Task Should_Refuse_Every_Api_Key_A_Developer_Id_Certificate_But_Not_Another_Type(string role)
    {
        var key = await RegisterAsync(new { kind = "team", roles = new[] { role } });
        using var client = new HttpClient { BaseAddress = _emulator.Host.BaseAddress };
        UploadSteps.UseToken(client, Tokens.Mint(key));
        using var signingKey = System.Security.Cryptography.RSA.Create(2048);
        object Request(string type) => new { data = new { type = "certificates", attributes = new { csrContent = SigningContractSteps.Csr(signingKey), certificateType = type } } };
        var before = await _emulator.CountAsync("certificates");

        var (developerId, error) = await _emulator.SendAsync(HttpMethod.Post, "/v1/certificates", Request("DEVELOPER_ID_APPLICATION"), client);
        var (kext, _) = await _emulator.SendAsync(HttpMethod.Post, "/v1/certificates", Request("DEVELOPER_ID_KEXT_G2"), client);
        var afterRefusals = await _emulator.CountAsync("certificates");
        var (development, _) = await _emulator.SendAsync(HttpMethod.Post, "/v1/certificates", Request("IOS_DEVELOPMENT"), client);

        Assert.Multiple(() =>
        {
            Assert.That(developerId, Is.EqualTo(HttpStatusCode.Forbidden), "only the Account Holder, a person, creates Developer ID certificates; an API key never acts as one");
            Assert.That(kext, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(error!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("FORBIDDEN_ERROR"));
            Assert.That(error["errors"]![0]!["detail"]!.GetValue<string>(), Is.EqualTo("This operation can only be performed by the Account Holder"));
            Assert.That(afterRefusals, Is.EqualTo(before), "a refused create creates nothing");
            Assert.That(development, Is.EqualTo(HttpStatusCode.Created), "the same key may create other certificates");
        });
    }

    [Test]
    public async Task Should_Refuse_A_Key_Request_With_An_Unknown_Role_Or_Apps_On_A_Team_Key()
    {
        var (unknown, body) = await _emulator.SendAsync(HttpMethod.Post, "/_emulator/keys", new { roles = new[] { "SUPERUSER" } }, _emulator.Control);
        var (teamApps, _) = await _emulator.SendAsync(HttpMethod.Post, "/_emulator/keys", new { kind = "team", visibleAppIds = new[] { "1" } }, _emulator.Control);
        Assert.Multiple(() =>
        {
            Assert.That(unknown, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body!["error"]!.GetValue<string>(), Does.Contain("'SUPERUSER' is not an App Store Connect UserRole"));
            Assert.That(teamApps, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    private async Task<EmulatorKey> RegisterAsync(object request)
    {
        var (status, created) = await _emulator.SendAsync(HttpMethod.Post, "/_emulator/keys", request, _emulator.Control);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), () => created!.ToJsonString());
        return new EmulatorKey(created!["keyId"]!.GetValue<string>(), created["issuerId"]?.GetValue<string>(), created["privateKeyPem"]!.GetValue<string>(), null);
    }
}

/// <summary>The account switches block every key, whatever its role.</summary>
public sealed class AccountSwitchTests
{
    [TestCase(true, "FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED")]
    [TestCase(false, "FORBIDDEN_ERROR")]
    public async Task Should_Refuse_Every_Request(bool agreements, string code)
    {
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck(required: false).Configure(o => (o.AgreementsExpired, o.ApiAccessDisabled) = (agreements, !agreements)));
        var before = (await emulator.StateAsync()).ToJsonString();

        var (read, error) = await emulator.GetAsync("/v1/apps");
        var (write, _) = await emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", UploadSteps.CreateUploadBody(EmulatorFixture.SampleAppId, "9.9", "1"));

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(write, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(error!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo(code));
        });
        Assert.That((await emulator.StateAsync()).ToJsonString(), Is.EqualTo(before));
        await emulator.AssertContractKeptAsync();
    }
}
