using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;
using Cake.AppStoreConnect.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Cake.AppStoreConnect.Tests.Client.Http;

public sealed class AscConnectionTests
{
    private const string OneApp = """{"data":{"type":"apps","id":"1","attributes":{"name":"A","bundleId":"com.a"}},"links":{"self":"x"}}""";
    private const string Created = """{"data":{"type":"betaGroups","id":"g1","attributes":{"name":"QA"}},"links":{"self":"x"}}""";

    private static object NewGroup => JsonApiRequest.Create("betaGroups", new { name = "QA" });

    public sealed class TheGetPagesMethod
    {
        [Test]
        public async Task Should_Follow_Next_Links_To_The_Last_Page()
        {
            // Given 450 resources served 200 at a time, as Apple pages them
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, _) =>
            {
                var offset = int.Parse(ctx.Request.Query["cursor"].FirstOrDefault() ?? "0", System.Globalization.CultureInfo.InvariantCulture);
                var count = Math.Min(200, 450 - offset);
                var data = Enumerable.Range(offset, count).Select(i => new { type = "apps", id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), attributes = new { name = $"App {i}" } });
                var next = offset + count < 450 ? $"{fixture.Api.BaseAddress}v1/apps?limit=200&cursor={offset + count}" : null;
                return LoopbackApi.WriteJsonAsync(ctx, 200, JsonSerializer.Serialize(new { data, links = new { self = "s", next }, meta = new { paging = new { total = 450, limit = 200 } } }));
            };

            // When
            var ids = new List<string>();
            await foreach (var app in fixture.Connection.GetAllAsync<JsonElement>("/v1/apps"))
            {
                ids.Add(app.Id);
            }

            // Then
            Assert.Multiple(() =>
            {
                Assert.That(ids, Has.Count.EqualTo(450).And.Unique);
                Assert.That(fixture.Api.Requests, Has.Count.EqualTo(3));
                Assert.That(fixture.Api.Requests[0].PathAndQuery, Is.EqualTo("/v1/apps?limit=200"));
                Assert.That(fixture.Api.Requests[2].PathAndQuery, Is.EqualTo("/v1/apps?limit=200&cursor=400"));
            });
        }

        [Test]
        public async Task Should_Refuse_To_Send_The_Token_To_Another_Host()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, _) => LoopbackApi.WriteJsonAsync(ctx, 200, """{"data":[],"links":{"self":"s","next":"https://evil.example.com/v1/apps?cursor=1"}}""");

            var error = Assert.ThrowsAsync<InvalidOperationException>(async () =>
            {
                await foreach (var _ in fixture.Connection.GetAllAsync<JsonElement>("/v1/apps"))
                {
                }
            });

            Assert.That(error!.Message, Does.Contain("another host"));
            Assert.That(fixture.Api.Requests, Has.Count.EqualTo(1));
        }
    }

    public sealed class TheRetryBehaviour
    {
        [Test]
        public async Task Should_Retry_A_Read_After_Server_Errors()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, i) => i < 2
                ? LoopbackApi.WriteJsonAsync(ctx, i == 0 ? 503 : 500, """{"errors":[{"status":"500","code":"UNEXPECTED_ERROR","title":"An unexpected error occurred."}]}""")
                : LoopbackApi.WriteJsonAsync(ctx, 200, OneApp);

            var document = await fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1");

            Assert.That(document.Data!.Id, Is.EqualTo("1"));
            Assert.That(fixture.Api.Requests, Has.Count.EqualTo(3));
            Assert.That(fixture.Log.Lines.Count(l => l.Level == Cake.Core.Diagnostics.LogLevel.Warning && l.Text.Contains("retry", StringComparison.Ordinal)), Is.EqualTo(2));
        }

        [Test]
        public async Task Should_Honour_Retry_After_On_429()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, i) => i == 0
                ? LoopbackApi.WriteJsonAsync(ctx, 429, """{"errors":[{"status":"429","code":"RATE_LIMIT_EXCEEDED","title":"The request rate limit has been reached."}]}""", new Dictionary<string, string> { ["Retry-After"] = "1" })
                : LoopbackApi.WriteJsonAsync(ctx, 200, OneApp);

            await fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1");

            var gap = fixture.Api.Requests[1].At - fixture.Api.Requests[0].At;
            Assert.That(gap, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)), "the server asked for one second");
        }

        [Test]
        public async Task Should_Retry_A_Create_Refused_By_The_Rate_Limiter()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, i) => i == 0
                ? LoopbackApi.WriteJsonAsync(ctx, 429, """{"errors":[{"status":"429","code":"RATE_LIMIT_EXCEEDED","title":"Rate limit"}]}""")
                : LoopbackApi.WriteJsonAsync(ctx, 201, Created);

            var document = await fixture.Connection.SendAsync<JsonApiResource<JsonElement>>(HttpMethod.Post, "/v1/betaGroups", NewGroup, AscRequestKind.Create);

            Assert.That(document.Data!.Id, Is.EqualTo("g1"));
            Assert.That(fixture.Api.Requests, Has.Count.EqualTo(2));
        }

        [Test]
        public async Task Should_Not_Repeat_A_Create_That_Got_A_Server_Error()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, _) => LoopbackApi.WriteJsonAsync(ctx, 500, """{"errors":[{"status":"500","code":"UNEXPECTED_ERROR","title":"An unexpected error occurred."}]}""");

            var error = Assert.ThrowsAsync<AscOutcomeUnknownException>(() => fixture.Connection.SendAsync<JsonApiResource<JsonElement>>(HttpMethod.Post, "/v1/betaGroups", NewGroup, AscRequestKind.Create));

            Assert.That(fixture.Api.Requests, Has.Count.EqualTo(1), "a create that may have been applied is never sent blindly again");
            Assert.That(error!.InnerException, Is.InstanceOf<AscApiException>());
        }

        [Test]
        public async Task Should_Not_Repeat_A_Create_Whose_Connection_Dropped_After_Sending()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, _) =>
            {
                ctx.Abort();
                return Task.CompletedTask;
            };

            Assert.ThrowsAsync<AscOutcomeUnknownException>(() => fixture.Connection.SendAsync<JsonApiResource<JsonElement>>(HttpMethod.Post, "/v1/betaGroups", NewGroup, AscRequestKind.Create));
            Assert.That(fixture.Api.Requests, Has.Count.EqualTo(1));
        }

        [Test]
        public async Task Should_Retry_A_Read_Whose_Connection_Dropped()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, i) =>
            {
                if (i == 0)
                {
                    ctx.Abort();
                    return Task.CompletedTask;
                }

                return LoopbackApi.WriteJsonAsync(ctx, 200, OneApp);
            };

            var document = await fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1");

            Assert.That(document.Data!.Id, Is.EqualTo("1"));
            Assert.That(fixture.Api.Requests, Has.Count.EqualTo(2));
        }

        [Test]
        public async Task Should_Say_The_Answer_Was_Lost_When_The_Connection_Drops_After_Sending()
        {
            // Given the server closes the connection instead of answering a read
            await using var emulator = await EmulatorFixture.StartAsync(f => f.WithMaxRetries(0));
            await emulator.FaultAsync(new { method = "GET", path = "/v1/apps", when = "before", drop = true });

            // When
            var error = Assert.ThrowsAsync<AscNetworkException>(() => emulator.Client.Apps.FindByBundleIdAsync(EmulatorFixture.Sample));

            // Then the cause is the innermost one, said once, and a re-run is safe
            Assert.That(error!.Message, Does.StartWith("GET /v1/apps failed after 1 try: ").And.Contain("Re-running is safe").And.Not.Contain(".."));
        }

        [Test]
        public async Task Should_Retry_A_Create_When_The_Server_Cannot_Be_Reached_And_Then_Explain()
        {
            var closedPort = ClosedLoopbackPort();
            await using var fixture = await ConnectionFixture.StartAsync(o =>
            {
                o.BaseAddress = new Uri($"http://127.0.0.1:{closedPort}/");
                o.MaxRetries = 2;
            });

            var error = Assert.ThrowsAsync<AscNetworkException>(() => fixture.Connection.SendAsync<JsonApiResource<JsonElement>>(HttpMethod.Post, "/v1/betaGroups", NewGroup, AscRequestKind.Create));

            Assert.That(error!.Message, Does.StartWith("POST /v1/betaGroups failed after 3 tries: ").And.Contain("[ConnectionRefused]").And.Contain("never reached App Store Connect").And.Contain("ASC_API_URL"));
            Assert.That(fixture.Log.Lines.Count(l => l.Text.Contains("retry", StringComparison.Ordinal)), Is.EqualTo(2), "refused connections provably sent nothing, so even a create is retried");
        }

        [Test]
        public async Task Should_Give_Up_An_Attempt_That_Takes_Too_Long_And_Try_Again()
        {
            await using var fixture = await ConnectionFixture.StartAsync(o => o.RequestTimeout = TimeSpan.FromMilliseconds(500));
            fixture.Api.Handler = async (ctx, i) =>
            {
                if (i == 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                }

                await LoopbackApi.WriteJsonAsync(ctx, 200, OneApp);
            };

            var document = await fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1");

            Assert.That(document.Data!.Id, Is.EqualTo("1"));
            Assert.That(fixture.Api.Requests, Has.Count.EqualTo(2));
        }

        [Test]
        public async Task Should_Stop_At_The_Overall_Timeout()
        {
            await using var fixture = await ConnectionFixture.StartAsync(o =>
            {
                o.RequestTimeout = TimeSpan.FromMilliseconds(300);
                o.OverallTimeout = TimeSpan.FromMilliseconds(800);
                o.MaxRetries = 20;
            });
            fixture.Api.Handler = (ctx, _) => Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);

            var error = Assert.ThrowsAsync<AscNetworkException>(() => fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1"));

            Assert.That(error!.Message, Does.StartWith($"GET /v1/apps/1 failed after {fixture.Api.Requests.Count} tr").And.Contain("no answer within 0.8 s").And.Contain("OverallTimeout"));
            Assert.That(fixture.Api.Requests, Has.Count.LessThan(6));
        }

        [Test]
        public async Task Should_Stop_When_Cancelled()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, _) => Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

            Assert.CatchAsync<OperationCanceledException>(() => fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1", cancellation.Token));
        }

        internal static int ClosedLoopbackPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }

    public sealed class TheAuthenticationBehaviour
    {
        [Test]
        public async Task Should_Mint_A_New_Token_Once_After_A_401()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, i) => i == 0
                ? LoopbackApi.WriteJsonAsync(ctx, 401, """{"errors":[{"status":"401","code":"NOT_AUTHORIZED","title":"Authentication credentials are missing or invalid."}]}""")
                : LoopbackApi.WriteJsonAsync(ctx, 200, OneApp);

            await fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1");

            Assert.That(fixture.Api.Requests, Has.Count.EqualTo(2));
            Assert.That(fixture.Api.Requests[1].Authorization, Is.Not.EqualTo(fixture.Api.Requests[0].Authorization));
            Assert.That(fixture.Api.Requests.Select(r => r.Authorization), Has.All.StartWith("Bearer "));
        }

        [Test]
        public async Task Should_Explain_A_401_That_Persists()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, _) => LoopbackApi.WriteJsonAsync(ctx, 401, """{"errors":[{"status":"401","code":"NOT_AUTHORIZED","title":"Authentication credentials are missing or invalid.","detail":"Provide a properly configured and signed bearer token."}]}""");

            var error = Assert.ThrowsAsync<AscAuthenticationException>(() => fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1"));

            Assert.That(fixture.Api.Requests, Has.Count.EqualTo(2), "one re-mint, no more");
            Assert.That(error!.Message, Does.Contain("NOT_AUTHORIZED").And.Contain("revoked").And.Contain("ASC_ISSUER_ID").And.Contain("clock"));
        }
    }

    public sealed class TheErrorBehaviour
    {
        [Test]
        public async Task Should_Carry_Every_Apple_Error_And_Find_A_Code_Beyond_The_First()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, _) => LoopbackApi.WriteJsonAsync(ctx, 409, """
                {"errors":[
                  {"id":"e1","status":"409","code":"ENTITY_ERROR","title":"The request entity is not valid."},
                  {"id":"e2","status":"409","code":"ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE","title":"The provided entity includes a duplicate attribute value.","detail":"You cannot create a new version of the App in the current state.","source":{"pointer":"/data/attributes/versionString"}}
                ]}
                """);

            var error = Assert.ThrowsAsync<AscConflictException>(() => fixture.Connection.SendAsync<JsonApiResource<JsonElement>>(HttpMethod.Post, "/v1/appStoreVersions", NewGroup, AscRequestKind.Create));

            Assert.Multiple(() =>
            {
                Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
                Assert.That(error.Method, Is.EqualTo("POST"));
                Assert.That(error.Path, Is.EqualTo("/v1/appStoreVersions"));
                Assert.That(error.Errors, Has.Count.EqualTo(2));
                Assert.That(error.Errors[1].Source!.JsonPointer, Is.EqualTo("/data/attributes/versionString"));
                Assert.That(error.HasErrorCode("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"), Is.True);
                Assert.That(error.Message, Does.Contain("POST /v1/appStoreVersions").And.Contain("/data/attributes/versionString").And.Contain("What to do"));
            });
        }

        [Test]
        public async Task Should_Explain_Expired_Agreements()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            fixture.Api.Handler = (ctx, _) => LoopbackApi.WriteJsonAsync(ctx, 403, """{"errors":[{"status":"403","code":"FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED","title":"A required agreement is missing or has expired.","detail":"This request requires an in-effect agreement that has not been signed or has expired."}]}""");

            var error = Assert.ThrowsAsync<AscForbiddenException>(() => fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1"));

            Assert.That(error!.Message, Does.Contain("Account Holder").And.Contain("accept"));
        }

        [Test]
        public async Task Should_Report_A_Non_Json_Error_From_A_Proxy()
        {
            await using var fixture = await ConnectionFixture.StartAsync(o => o.MaxRetries = 1);
            fixture.Api.Handler = (ctx, _) =>
            {
                ctx.Response.StatusCode = 502;
                ctx.Response.ContentType = "text/html";
                return ctx.Response.WriteAsync("<html>Bad Gateway</html>");
            };

            var error = Assert.ThrowsAsync<AscApiException>(() => fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1"));

            Assert.That(error!.Errors[0].Code, Is.EqualTo("HTTP_502"));
            Assert.That(error.Message, Does.Contain("Bad Gateway"));
            Assert.That(fixture.Api.Requests, Has.Count.EqualTo(2));
        }
    }

    public sealed class TheRateLimitBehaviour
    {
        [Test]
        public async Task Should_Track_The_Budget_And_Warn_Once_When_It_Runs_Low()
        {
            await using var fixture = await ConnectionFixture.StartAsync();
            var remaining = new[] { 500, 340, 300, 290 };
            fixture.Api.Handler = (ctx, i) => LoopbackApi.WriteJsonAsync(ctx, 200, OneApp, new Dictionary<string, string> { ["X-Rate-Limit"] = $"user-hour-lim:3500;user-hour-rem:{remaining[i]};" });

            for (var i = 0; i < remaining.Length; i++)
            {
                await fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1");
            }

            Assert.Multiple(() =>
            {
                Assert.That(fixture.Connection.LastRateLimit, Is.EqualTo(new Cake.AppStoreConnect.Client.RateLimits.AscRateLimit(3500, 290, null, null)));
                Assert.That(fixture.Log.Lines.Count(l => l.Level == Cake.Core.Diagnostics.LogLevel.Warning), Is.EqualTo(1));
                Assert.That(fixture.Log.Lines.Where(l => l.Level == Cake.Core.Diagnostics.LogLevel.Verbose).Select(l => l.Text), Has.Some.Contains("rate limit 500/3500 left this hour"));
            });
        }
    }

    public sealed class TheNetworkFailureMessages
    {
        private const string Query = "?filter[bundleId]=com.example.query";

        [Test]
        public async Task Should_Name_The_Step_The_Refused_Connection_And_The_Tries_When_Nothing_Listens()
        {
            // Given an address nothing listens on
            var closedPort = TheRetryBehaviour.ClosedLoopbackPort();
            await using var fixture = await ConnectionFixture.StartAsync(o =>
            {
                o.BaseAddress = new Uri($"http://127.0.0.1:{closedPort}/");
                o.MaxRetries = 2;
            });

            // When
            var error = Assert.ThrowsAsync<AscNetworkException>(() => fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps" + Query));

            // Then the final message and each retry warning name the request, the socket's own error and the tries
            AssertNetworkFailure(error!.Message, fixture.Log, "GET /v1/apps", "ConnectionRefused", tries: 3);
            Assert.That(error.Message, Does.Contain("Re-running is safe"));
        }

        [TestCase(RawFailure.Reset, "Connection reset by peer [ConnectionReset]")]
        [TestCase(RawFailure.CutBody, "The response ended prematurely [ResponseEnded]")]
        public async Task Should_Name_The_Networks_Own_Words_Rather_Than_Dotnets_Outer_Text(RawFailure failure, string cause)
        {
            // Given a server that resets the connection, or closes it half-way through the body it promised
            await using var server = new RawLoopbackServer(failure);
            await using var fixture = await ConnectionFixture.StartAsync(o =>
            {
                o.BaseAddress = server.BaseAddress;
                o.MaxRetries = 1;
            });

            // When
            var error = Assert.ThrowsAsync<AscNetworkException>(() => fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps" + Query));

            // Then
            AssertNetworkFailure(error!.Message, fixture.Log, "GET /v1/apps", cause, tries: 2);
            Assert.That(server.Connections, Is.EqualTo(2));
        }

        [Test]
        public async Task Should_Name_The_Cause_When_The_Emulator_Drops_The_Connection()
        {
            // Given the emulator closes the connection instead of answering, every time
            await using var emulator = await EmulatorFixture.StartAsync(f => f.WithMaxRetries(1));
            await emulator.FaultAsync(new { method = "GET", path = "/v1/apps", when = "before", drop = true, count = 10 });

            // When
            var error = Assert.ThrowsAsync<AscNetworkException>(() => emulator.Client.Apps.FindByBundleIdAsync(EmulatorFixture.Sample));

            // Then
            Assert.That(error!.Message, Does.StartWith("GET /v1/apps failed after 2 tries: Connection reset by peer [ConnectionReset]. Re-running is safe"));
            Assert.That(error.Message, Does.Not.Contain("An error occurred while sending the request").And.Not.Contain("Error while copying content").And.Not.Contain("?"));
        }

        [Test]
        public async Task Should_Say_How_Long_It_Waited_When_No_Answer_Came()
        {
            await using var fixture = await ConnectionFixture.StartAsync(o =>
            {
                o.RequestTimeout = TimeSpan.FromMilliseconds(300);
                o.MaxRetries = 1;
            });
            fixture.Api.Handler = (ctx, _) => Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);

            var error = Assert.ThrowsAsync<AscNetworkException>(() => fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps" + Query));

            AssertNetworkFailure(error!.Message, fixture.Log, "GET /v1/apps", "no answer within 0.3 s", tries: 2);
            Assert.That(error.Message, Does.Contain("RequestTimeout"));
        }

        [Test]
        public async Task Should_Name_The_Cause_Of_A_Create_Whose_Answer_Was_Lost()
        {
            await using var server = new RawLoopbackServer(RawFailure.Reset);
            await using var fixture = await ConnectionFixture.StartAsync(o => o.BaseAddress = server.BaseAddress);

            var error = Assert.ThrowsAsync<AscOutcomeUnknownException>(() => fixture.Connection.SendAsync<JsonApiResource<JsonElement>>(HttpMethod.Post, "/v1/betaGroups", NewGroup, AscRequestKind.Create));

            Assert.That(error!.Message, Does.StartWith("POST /v1/betaGroups was sent").And.Contain("ConnectionReset").And.Contain("nothing is duplicated"));
            Assert.That(server.Connections, Is.EqualTo(1));
        }

        internal static void AssertNetworkFailure(string message, CapturingLog log, string step, string cause, int tries)
        {
            var warnings = log.Lines.Where(l => l.Level == Cake.Core.Diagnostics.LogLevel.Warning).Select(l => l.Text).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(message, Does.StartWith($"{step} failed after {tries} tries: ").And.Contain(cause));
                Assert.That(message, Does.Not.Contain("An error occurred while sending the request").And.Not.Contain("Error while copying content"));
                Assert.That(message, Does.Not.Contain("?").And.Not.Contain("filter["), "no query string");
                Assert.That(warnings, Has.Count.EqualTo(tries - 1), log.AllText);
                Assert.That(warnings, Has.All.StartsWith($"{step} failed (").And.All.Contain(cause).And.All.Not.Contain("?"), log.AllText);
            });
        }
    }

    public sealed class TheSecretHandling
    {
        [Test]
        public async Task Should_Keep_The_Token_And_The_Query_Out_Of_Network_Failures()
        {
            // Given a server that takes each request (and its token) and drops the connection
            await using var fixture = await ConnectionFixture.StartAsync(o => o.MaxRetries = 2);
            fixture.Api.Handler = (ctx, _) =>
            {
                ctx.Abort();
                return Task.CompletedTask;
            };

            // When
            var error = Assert.ThrowsAsync<AscNetworkException>(() => fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps?filter[bundleId]=com.example.query"));

            // Then
            var tokens = fixture.Api.Requests.Select(r => r.Authorization["Bearer ".Length..]).Distinct().ToList();
            var written = fixture.Log.Lines.Where(l => l.Level <= Cake.Core.Diagnostics.LogLevel.Warning).Select(l => l.Text).Append(error!.Message).ToList();
            Assert.That(tokens, Is.Not.Empty);
            Assert.That(error.ToString(), Does.Not.Contain("Bearer").And.Not.Contain("Authorization"));
            foreach (var token in tokens)
            {
                Assert.That(error.ToString() + fixture.Log.AllText, Does.Not.Contain(token.Split('.')[2]));
            }

            Assert.That(written, Has.None.Contains("com.example.query"), "warnings and the exception leave the query out");
        }

        [Test]
        public async Task Should_Never_Write_The_Key_Token_Or_Authorization_Header_At_Any_Verbosity()
        {
            // Given a flow that meets every failure path, logged at Diagnostic level
            await using var fixture = await ConnectionFixture.StartAsync(o => o.MaxRetries = 2);
            fixture.Api.Handler = (ctx, i) => i switch
            {
                0 => LoopbackApi.WriteJsonAsync(ctx, 401, """{"errors":[{"status":"401","code":"NOT_AUTHORIZED","title":"no"}]}"""),
                1 => LoopbackApi.WriteJsonAsync(ctx, 503, """{"errors":[{"status":"503","code":"UNAVAILABLE","title":"down"}]}"""),
                2 => LoopbackApi.WriteJsonAsync(ctx, 200, OneApp),
                _ => LoopbackApi.WriteJsonAsync(ctx, 401, """{"errors":[{"status":"401","code":"NOT_AUTHORIZED","title":"no"}]}"""),
            };

            // When
            await fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/1");
            var error = Assert.ThrowsAsync<AscAuthenticationException>(() => fixture.Connection.GetAsync<JsonApiResource<JsonElement>>("/v1/apps/2"));

            // Then
            var tokens = fixture.Api.Requests.Select(r => r.Authorization["Bearer ".Length..]).Distinct().ToList();
            var keyLines = fixture.Pem.Split('\n').Where(l => l.Length > 16 && !l.StartsWith("-----", StringComparison.Ordinal)).ToList();
            var written = fixture.Log.AllText + error!.ToString();
            Assert.That(fixture.Log.Lines, Is.Not.Empty);
            Assert.That(written, Does.Not.Contain("Bearer").And.Not.Contain("Authorization").And.Not.Contain("PRIVATE KEY"));
            foreach (var token in tokens)
            {
                Assert.That(written, Does.Not.Contain(token));
                Assert.That(written, Does.Not.Contain(token.Split('.')[2]), "not even the signature part");
            }

            foreach (var line in keyLines)
            {
                Assert.That(written, Does.Not.Contain(line));
            }
        }
    }
}
