using System.Net;
using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

public sealed class FaultTests
{
    private EmulatorFixture _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    private async Task ScriptAsync(object rule)
    {
        var (status, body) = await _emulator.SendAsync(HttpMethod.Post, "/_emulator/faults", rule, _emulator.Control);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), () => body?.ToJsonString() ?? "");
    }

    private async Task<int> UploadCountAsync() => (await _emulator.StateAsync())["buildUploads"]!.AsArray().Count;

    [Test]
    public async Task Should_Fail_Before_The_Change_Without_Making_It()
    {
        // Given
        await ScriptAsync(new { method = "POST", path = "/v1/buildUploads", when = "before", status = 503 });

        // When
        var (status, body) = await _emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", UploadSteps.CreateUploadBody(UploadSteps.SampleAppId, "1.0", "1"));

        // Then
        Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(body!["errors"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("503"));
        Assert.That(await UploadCountAsync(), Is.Zero);
    }

    [Test]
    public async Task Should_Lose_Only_The_Response_After_The_Change()
    {
        // Given
        await ScriptAsync(new { method = "POST", path = "/v1/buildUploads", when = "after", status = 500 });

        // When
        var (status, _) = await _emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", UploadSteps.CreateUploadBody(UploadSteps.SampleAppId, "1.0", "1"));
        var (retry, retryBody) = await _emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", UploadSteps.CreateUploadBody(UploadSteps.SampleAppId, "1.0", "1"));

        // Then the upload exists once: the blind retry is refused as a duplicate
        Assert.That(status, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await UploadCountAsync(), Is.EqualTo(1));
        Assert.That(retry, Is.EqualTo(HttpStatusCode.Conflict), () => retryBody!.ToJsonString());
        var log = JsonNode.Parse(await _emulator.Control.GetStringAsync("/_emulator/requests"))!.AsArray();
        Assert.That(log.Select(e => e!["faultInjected"]!.GetValue<bool>()), Is.EqualTo(new[] { true, false }));
        Assert.That(log[0]!["fault"]!.GetValue<string>(), Is.EqualTo("after:500"));
    }

    [Test]
    public async Task Should_Drop_The_Connection_After_The_Change()
    {
        // Given
        await ScriptAsync(new[] { new { method = "POST", path = "/v1/buildUploads", when = "after", drop = true, count = 1 } });

        // When
        var send = () => _emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", UploadSteps.CreateUploadBody(UploadSteps.SampleAppId, "1.0", "1"));

        // Then
        Assert.That(send, Throws.InstanceOf<HttpRequestException>());
        Assert.That(await UploadCountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_Fault_Upload_Parts_That_Can_Then_Be_Resent()
    {
        // Given a part upload that will fail once, after storing the bytes
        var ipa = Archives.Ipa();
        var uploadId = await UploadSteps.CreateUploadAsync(_emulator, "1.0", "1");
        var file = await UploadSteps.ReserveAsync(_emulator, uploadId, ipa.Length);
        await ScriptAsync(new { method = "PUT", path = "/_upload/*", when = "after", status = 503 });

        // When every part is sent, the faulted one again
        var first = UploadSteps.Operations(file).First();
        Assert.That(await UploadSteps.PutPartAsync(_emulator.Control, first, ipa), Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        await UploadSteps.PutAllPartsAsync(_emulator.Control, file, ipa);

        // Then
        var (status, _) = await UploadSteps.CommitAsync(_emulator, file["id"]!.GetValue<string>(), ipa);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Should_Replay_The_Same_Random_Faults_For_The_Same_Seed()
    {
        // Given two emulators with the same seed
        async Task<string> RunAsync()
        {
            await using var random = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).Configure(o =>
            {
                o.FaultRate = 0.5;
                o.FaultSeed = 42;
            }));
            var outcomes = new List<string>();
            for (var i = 0; i < 20; i++)
            {
                try
                {
                    using var response = await random.Http.GetAsync(new Uri("/v1/apps", UriKind.Relative));
                    outcomes.Add(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                catch (HttpRequestException)
                {
                    outcomes.Add("drop");
                }
            }

            return string.Join(",", outcomes);
        }

        // Then
        var first = await RunAsync();
        Assert.That(await RunAsync(), Is.EqualTo(first));
        Assert.That(first, Does.Contain("200").And.Match("(500|503|429|drop)"));
    }
    [Test]
    public async Task Should_Fail_The_Rate_Of_Matching_Requests_The_Same_Way_For_The_Same_Seed()
    {
        // Given a rule failing 30 % of the app reads, seeded
        async Task<string> RunAsync()
        {
            await ScriptAsync(new { method = "GET", path = "/v1/apps", when = "after", status = 500, rate = 0.3, seed = 42 });
            var outcomes = new List<int>();
            for (var i = 0; i < 100; i++)
            {
                using var response = await _emulator.Http.GetAsync(new Uri("/v1/apps", UriKind.Relative));
                outcomes.Add((int)response.StatusCode);
            }

            (await _emulator.Control.DeleteAsync("/_emulator/faults")).EnsureSuccessStatusCode();
            return string.Join(",", outcomes);
        }

        // When the same run is made twice
        var first = await RunAsync();
        var second = await RunAsync();

        // Then the same requests failed, about the rate of them, and the rule did not run out
        Assert.That(second, Is.EqualTo(first));
        var failed = first.Split(',').Count(s => s == "500");
        Assert.That(failed, Is.InRange(15, 45));
        Assert.That(first.Split(',').Count(s => s == "200"), Is.EqualTo(100 - failed));
        Assert.That((await _emulator.RequestsAsync()).Where(r => r.FaultInjected).Select(r => r.Fault).Distinct(), Is.EqualTo(new[] { "after:500" }));
    }

    [Test]
    public async Task Should_Make_The_Change_Only_When_A_Rate_Fault_Strikes_After()
    {
        // Given half the upload creations fail before (refused) and half the rest after (made, answer lost)
        await ScriptAsync(new object[]
        {
            new { method = "POST", path = "/v1/buildUploads", when = "before", status = 503, rate = 0.5, seed = 7 },
            new { method = "POST", path = "/v1/buildUploads", when = "after", drop = true, rate = 0.5, seed = 8 },
        });

        // When twenty different uploads are created
        for (var i = 1; i <= 20; i++)
        {
            try
            {
                await _emulator.SendAsync(HttpMethod.Post, "/v1/buildUploads", UploadSteps.CreateUploadBody(UploadSteps.SampleAppId, "1.0", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            catch (HttpRequestException)
            {
                // the dropped answers
            }
        }

        // Then exactly those refused before are missing
        var requests = await _emulator.RequestsAsync();
        var before = requests.Count(r => r.Fault == "before:503");
        var after = requests.Count(r => r.Fault == "after:drop");
        Assert.That(before, Is.InRange(3, 17));
        Assert.That(after, Is.InRange(1, 17 - before));
        Assert.That(await UploadCountAsync(), Is.EqualTo(20 - before));
    }

    [TestCase("{\"path\":\"/v1/*\",\"rate\":0}", "rate must be above 0")]
    [TestCase("{\"path\":\"/v1/*\",\"rate\":1.5}", "rate must be above 0")]
    [TestCase("{\"path\":\"/v1/*\",\"seed\":3}", "seed needs a rate")]
    public async Task Should_Refuse_A_Rate_Out_Of_Range(string rule, string message)
    {
        // When
        using var content = new StringContent(rule, System.Text.Encoding.UTF8, "application/json");
        using var response = await _emulator.Control.PostAsync(new Uri("/_emulator/faults", UriKind.Relative), content);

        // Then
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(message));
    }
}
