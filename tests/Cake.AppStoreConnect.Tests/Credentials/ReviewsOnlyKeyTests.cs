using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Credentials;

/// <summary>
/// A key whose role lists no apps: the credential check probes reviews to tell a Customer Support key
/// (reviews only) from a key that can do neither. The emulator has no roles, so a loopback server plays Apple.
/// </summary>
public sealed class ReviewsOnlyKeyTests
{
    private const string Forbidden = """{"errors":[{"status":"403","code":"FORBIDDEN_ERROR","title":"This request is forbidden for security reasons","detail":"The API key in use does not allow this request"}]}""";
    private const string NotFound = """{"errors":[{"status":"404","code":"NOT_FOUND","title":"The specified resource does not exist","detail":"There is no resource of type 'customerReviews' with id '00000000-0000-0000-0000-000000000000'"}]}""";

    private static async Task<(LoopbackApi Api, Dictionary<string, string> Variables, TemporaryDirectory Directory)> StartAsync(bool canReadReviews)
    {
        var api = await LoopbackApi.StartAsync();
        api.Handler = (ctx, _) => ctx.Request.Path.StartsWithSegments("/v1/customerReviews", StringComparison.Ordinal) && canReadReviews
            ? LoopbackApi.WriteJsonAsync(ctx, 404, NotFound)
            : LoopbackApi.WriteJsonAsync(ctx, 403, Forbidden);
        var directory = new TemporaryDirectory();
        var (pem, _) = TestKeys.NewP256();
        return (api, new Dictionary<string, string>
        {
            ["ASC_KEY_ID"] = TestKeys.KeyId,
            ["ASC_ISSUER_ID"] = TestKeys.IssuerId,
            ["ASC_PRIVATE_KEY_PATH"] = TestKeys.WriteP8(directory.Path, pem),
            ["ASC_API_URL"] = api.BaseAddress.ToString(),
        }, directory);
    }

    [Test]
    public async Task Should_Say_The_Key_Can_Read_Reviews_Only()
    {
        // Given
        var (api, variables, directory) = await StartAsync(canReadReviews: true);
        await using var _ = api;
        using var __ = directory;
        var (context, _, log) = TestCakeContext.Create(variables);

        // When
        var check = context.AscVerifyCredentials();

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(check.CanListApps, Is.False);
            Assert.That(check.CanReadCustomerReviews, Is.True);
            Assert.That(check.Limitation, Does.Contain("can read customer reviews only").And.Contain("Customer Support").And.Contain("App Manager"));
            Assert.That(log.Lines.Select(l => l.Text), Has.Some.Contains("works with limits"));
            Assert.That(api.Requests.Select(r => r.PathAndQuery), Has.Some.StartsWith("/v1/customerReviews/"));
        });
    }

    [Test]
    public async Task Should_Explain_The_Role_When_The_Key_Can_Read_Neither()
    {
        // Given
        var (api, variables, directory) = await StartAsync(canReadReviews: false);
        await using var _ = api;
        using var __ = directory;
        var (context, _, _) = TestCakeContext.Create(variables);

        // When
        var error = Assert.Throws<AscCredentialsException>(() => context.AscVerifyCredentials());

        // Then
        Assert.That(error!.Message, Does.Contain("refused to list apps (403)").And.Contain("may not read customer reviews either").And.Contain("Users and Access > Integrations"));
    }

    [Test]
    public async Task Should_Read_Reviews_By_Apple_Id_When_The_Key_Cannot_Look_Apps_Up()
    {
        // Given a reviews-only key: /v1/apps/{id} is forbidden, the reviews are not
        var api = await LoopbackApi.StartAsync();
        await using var _ = api;
        api.Handler = (ctx, _) => ctx.Request.Path.Value!.EndsWith("/customerReviews", StringComparison.Ordinal)
            ? LoopbackApi.WriteJsonAsync(ctx, 200, """{"data":[{"type":"customerReviews","id":"r1","attributes":{"rating":4,"title":"Nice","territory":"USA","createdDate":"2026-11-01T10:00:00.000+00:00"}}],"links":{"self":"x"},"meta":{"paging":{"total":1,"limit":200}}}""")
            : LoopbackApi.WriteJsonAsync(ctx, 403, Forbidden);
        using var directory = new TemporaryDirectory();
        var (pem, _) = TestKeys.NewP256();
        var (context, _, _) = TestCakeContext.Create(new Dictionary<string, string>
        {
            ["ASC_KEY_ID"] = TestKeys.KeyId,
            ["ASC_ISSUER_ID"] = TestKeys.IssuerId,
            ["ASC_PRIVATE_KEY"] = pem,
            ["ASC_API_URL"] = api.BaseAddress.ToString(),
        });

        // When
        var reviews = context.AscGetCustomerReviews("1234567890");
        var byBundle = Assert.Throws<Cake.AppStoreConnect.Client.Errors.AscForbiddenException>(() => context.AscGetCustomerReviews("com.example.app"));

        // Then
        Assert.That(reviews.Single().Title, Is.EqualTo("Nice"));
        Assert.That(byBundle!.Message, Does.Contain("Give the app's Apple id instead"));
    }
}
