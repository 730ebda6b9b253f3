using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Tests.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cake.AppStoreConnect.Tests.Client.Authentication;

public sealed class AscTokenProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public sealed class TheGetTokenMethod
    {
        [Test]
        public async Task Should_Sign_An_Es256_Token_With_Apples_Claims_For_A_Team_Key()
        {
            // Given
            var (pem, ecdsa) = TestKeys.NewP256();
            using var key = AscApiKey.FromPem(TestKeys.KeyId, TestKeys.IssuerId, pem, "test");
            var clock = new ManualClock(Start);
            var provider = new AscTokenProvider(key, clock);

            // When
            var token = provider.GetToken();

            // Then: the signature verifies with the public key alone, and every claim is Apple's
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
            {
                IssuerSigningKey = new ECDsaSecurityKey(System.Security.Cryptography.ECDsa.Create(ecdsa.ExportParameters(false))),
                ValidAudience = "appstoreconnect-v1",
                ValidIssuer = TestKeys.IssuerId,
                ValidateLifetime = false,
            });
            Assert.That(result.IsValid, Is.True, result.Exception?.Message);
            var jwt = new JsonWebToken(token);
            Assert.Multiple(() =>
            {
                Assert.That(jwt.Alg, Is.EqualTo("ES256"));
                Assert.That(jwt.Kid, Is.EqualTo(TestKeys.KeyId));
                Assert.That(jwt.Typ, Is.EqualTo("JWT"));
                Assert.That(jwt.GetClaim("iss").Value, Is.EqualTo(TestKeys.IssuerId));
                Assert.That(jwt.TryGetClaim("sub", out _), Is.False);
                Assert.That(jwt.GetClaim("aud").Value, Is.EqualTo("appstoreconnect-v1"));
                Assert.That(jwt.GetPayloadValue<long>("iat"), Is.EqualTo(Start.AddSeconds(-60).ToUnixTimeSeconds()), "iat is backdated 60 s for clock skew");
                Assert.That(jwt.GetPayloadValue<long>("exp") - jwt.GetPayloadValue<long>("iat"), Is.LessThanOrEqualTo(1200), "Apple refuses lifetimes over 20 minutes");
                Assert.That(jwt.TryGetClaim("nbf", out _), Is.False);
            });
        }

        [Test]
        public void Should_Use_Sub_User_And_No_Issuer_For_An_Individual_Key()
        {
            var (pem, _) = TestKeys.NewP256();
            using var key = AscApiKey.FromPem(TestKeys.KeyId, null, pem, "test");

            var jwt = new JsonWebToken(new AscTokenProvider(key).GetToken());

            Assert.Multiple(() =>
            {
                Assert.That(jwt.GetClaim("sub").Value, Is.EqualTo("user"));
                Assert.That(jwt.TryGetClaim("iss", out _), Is.False);
            });
        }

        [Test]
        public void Should_Reuse_The_Token_Until_About_A_Minute_Before_Expiry()
        {
            var (pem, _) = TestKeys.NewP256();
            using var key = AscApiKey.FromPem(TestKeys.KeyId, TestKeys.IssuerId, pem, "test");
            var clock = new ManualClock(Start);
            var provider = new AscTokenProvider(key, clock);
            var first = provider.GetToken();

            clock.Advance(TimeSpan.FromMinutes(17));
            var stillFirst = provider.GetToken();
            clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
            var renewed = provider.GetToken();

            Assert.Multiple(() =>
            {
                Assert.That(stillFirst, Is.EqualTo(first));
                Assert.That(renewed, Is.Not.EqualTo(first));
                var exp = DateTimeOffset.FromUnixTimeSeconds(new JsonWebToken(renewed).GetPayloadValue<long>("exp"));
                Assert.That(exp, Is.GreaterThan(clock.Now.AddMinutes(1)));
            });
        }

        [Test]
        public void Should_Mint_A_New_Token_After_The_Current_One_Was_Refused()
        {
            var (pem, _) = TestKeys.NewP256();
            using var key = AscApiKey.FromPem(TestKeys.KeyId, TestKeys.IssuerId, pem, "test");
            var clock = new ManualClock(Start);
            var provider = new AscTokenProvider(key, clock);
            var refused = provider.GetToken();
            clock.Advance(TimeSpan.FromSeconds(1));

            provider.Invalidate(refused);
            var fresh = provider.GetToken();
            provider.Invalidate(refused);

            Assert.That(provider.GetToken(), Is.EqualTo(fresh).And.Not.EqualTo(refused));
        }

        [Test]
        public void Should_Hand_Every_Thread_The_Same_Token()
        {
            var (pem, _) = TestKeys.NewP256();
            using var key = AscApiKey.FromPem(TestKeys.KeyId, TestKeys.IssuerId, pem, "test");
            var provider = new AscTokenProvider(key);

            var tokens = Enumerable.Range(0, 64).AsParallel().Select(_ => provider.GetToken()).Distinct().ToList();

            Assert.That(tokens, Has.Count.EqualTo(1));
        }

        [TestCase(21)]
        [TestCase(1)]
        public void Should_Refuse_A_Lifetime_Apple_Would_Reject(int minutes)
        {
            var (pem, _) = TestKeys.NewP256();
            using var key = AscApiKey.FromPem(TestKeys.KeyId, TestKeys.IssuerId, pem, "test");

            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new AscTokenProvider(key, lifetime: TimeSpan.FromMinutes(minutes)));
        }
    }
}
