using System.Security.Cryptography;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Tests.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cake.AppStoreConnect.Tests.Credentials;

/// <summary>
/// The credential and app aliases through a real CakeContext, against a loopback server that checks
/// the token's signature with the key's public half, as App Store Connect does.
/// </summary>
public sealed class AscVerifyCredentialsAliasTests
{
    private const string Apps = """
        {"data":[{"type":"apps","id":"1111111111","attributes":{"name":"Sample","bundleId":"com.example.Sample","sku":"S1","primaryLocale":"en-US"}},
                 {"type":"apps","id":"2222222222","attributes":{"name":"Sample Pro","bundleId":"com.example.Sample.pro","sku":"S2","primaryLocale":"en-US"}}],
         "links":{"self":"x"},"meta":{"paging":{"total":2,"limit":10}}}
        """;

    private static async Task<(LoopbackApi Api, Dictionary<string, string> Variables, TemporaryDirectory Directory)> StartAsync(bool revoked = false)
    {
        var (pem, ecdsa) = TestKeys.NewP256();
        var publicKey = new ECDsaSecurityKey(ECDsa.Create(ecdsa.ExportParameters(false)));
        var api = await LoopbackApi.StartAsync();
        api.Handler = async (ctx, _) =>
        {
            var token = ctx.Request.Headers.Authorization.ToString().Replace("Bearer ", string.Empty, StringComparison.Ordinal);
            var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters { IssuerSigningKey = publicKey, ValidAudience = "appstoreconnect-v1", ValidIssuer = TestKeys.IssuerId });
            if (revoked || !validation.IsValid)
            {
                await LoopbackApi.WriteJsonAsync(ctx, 401, """{"errors":[{"status":"401","code":"NOT_AUTHORIZED","title":"Authentication credentials are missing or invalid."}]}""");
                return;
            }

            var body = ctx.Request.Path.Value!.StartsWith("/v1/apps/1111111111", StringComparison.Ordinal)
                ? """{"data":{"type":"apps","id":"1111111111","attributes":{"name":"Sample","bundleId":"com.example.Sample"}},"links":{"self":"x"}}"""
                : Apps;
            await LoopbackApi.WriteJsonAsync(ctx, 200, body, new Dictionary<string, string> { ["X-Rate-Limit"] = "user-hour-lim:3600;user-hour-rem:3599;" });
        };
        var directory = new TemporaryDirectory();
        var variables = new Dictionary<string, string>
        {
            ["ASC_KEY_ID"] = TestKeys.KeyId,
            ["ASC_ISSUER_ID"] = TestKeys.IssuerId,
            ["ASC_PRIVATE_KEY_PATH"] = TestKeys.WriteP8(directory.Path, pem),
            ["ASC_API_URL"] = api.BaseAddress.ToString(),
        };
        return (api, variables, directory);
    }

    [Test]
    public async Task Should_Report_Who_The_Key_Is_And_What_It_Sees()
    {
        var (api, variables, directory) = await StartAsync();
        await using var _ = api;
        using var __ = directory;
        var (context, _, log) = TestCakeContext.Create(variables);

        var check = context.AscVerifyCredentials();

        Assert.Multiple(() =>
        {
            Assert.That(check.KeyId, Is.EqualTo(TestKeys.KeyId));
            Assert.That(check.IsIndividualKey, Is.False);
            Assert.That(check.VisibleAppCount, Is.EqualTo(2));
            Assert.That(check.VisibleApps, Has.Some.Contains("com.example.Sample"));
            Assert.That(check.RateLimit!.HourRemaining, Is.EqualTo(3599));
            Assert.That(check.KeySource, Is.EqualTo("ASC_PRIVATE_KEY_PATH"));
            Assert.That(log.Lines.Select(l => l.Text), Has.Some.Contains("works: team key"));
        });
    }

    [Test]
    public async Task Should_Explain_A_Refused_Key()
    {
        var (api, variables, directory) = await StartAsync(revoked: true);
        await using var _ = api;
        using var __ = directory;
        var (context, _, _) = TestCakeContext.Create(variables);

        var error = Assert.Throws<AscCredentialsException>(() => context.AscVerifyCredentials());

        Assert.That(error!.Message, Does.Contain("401").And.Contain("revoked").And.Contain("ASC_ISSUER_ID").And.Contain(TestKeys.KeyId));
    }

    [Test]
    public async Task Should_Reuse_One_Token_Across_Alias_Calls()
    {
        var (api, variables, directory) = await StartAsync();
        await using var _ = api;
        using var __ = directory;
        var (context, _, _) = TestCakeContext.Create(variables);

        context.AscGetApps();
        context.AscGetApp("com.example.Sample");
        context.AscVerifyCredentials(s => s.SetMaxRetries(1));

        Assert.That(api.Requests.Select(r => r.Authorization).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_Find_An_App_By_Exact_Bundle_Id_Or_Apple_Id()
    {
        var (api, variables, directory) = await StartAsync();
        await using var _ = api;
        using var __ = directory;
        var (context, _, _) = TestCakeContext.Create(variables);

        var byBundle = context.AscGetApp("com.example.Sample");
        var byId = context.AscGetApp("1111111111", new AscSettings());

        Assert.Multiple(() =>
        {
            Assert.That(byBundle.Id, Is.EqualTo("1111111111"), "com.example.Sample.pro must not match com.example.Sample");
            Assert.That(byId.BundleId, Is.EqualTo("com.example.Sample"));
        });
    }

    [Test]
    public async Task Should_Say_What_To_Check_When_The_App_Is_Not_Visible()
    {
        var (api, variables, directory) = await StartAsync();
        await using var _ = api;
        using var __ = directory;
        var (context, _, _) = TestCakeContext.Create(variables);

        var error = Assert.Throws<AscAppNotFoundException>(() => context.AscGetApp("com.example.missing"));

        Assert.That(error!.Message, Does.Contain("com.example.missing").And.Contain("app record exists"));
    }

    [Test]
    public void Should_Fail_Before_Any_Request_When_No_Key_Is_Configured()
    {
        var (context, _, _) = TestCakeContext.Create();

        var error = Assert.Throws<AscCredentialsException>(() => context.AscGetApps());

        Assert.That(error!.Message, Does.Contain("No App Store Connect API key was found"));
    }

    [Test]
    public void Should_Refuse_Plain_Http_To_A_Remote_Host()
    {
        var (pem, _) = TestKeys.NewP256();
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string> { ["ASC_KEY_ID"] = TestKeys.KeyId, ["ASC_PRIVATE_KEY"] = pem, ["ASC_API_URL"] = "http://asc.example.com" });

        var error = Assert.Throws<ArgumentException>(() => context.AscGetApps());

        Assert.That(error!.Message, Does.Contain("plain http").And.Contain("loopback"));
    }
}
