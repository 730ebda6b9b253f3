using System.Text;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.TestFlight;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.TestFlight;

public static class TesterServiceTests
{
    public sealed class TheAddMethod : TesterServiceTestsBase
    {
        [Test]
        public async Task Should_Import_500_Testers_And_Rerun_In_A_Handful_Of_Requests()
        {
            // Given 500 testers in pilot's CSV format
            var testers = Csv(500, "Public Beta");
            var service = new TesterService(F.Client);

            // When imported, then imported again
            var first = await service.AddAsync(EmulatorFixture.Sample, testers, new AscAddTestersSettings());
            var firstRequests = await F.RequestsAsync();
            await F.ClearRequestsAsync();
            var second = await service.AddAsync(EmulatorFixture.Sample, testers, new AscAddTestersSettings());
            var secondRequests = await F.RequestsAsync();

            // Then
            Assert.Multiple(async () =>
            {
                Assert.That(first.Invited, Has.Count.EqualTo(500));
                Assert.That(first.Failed, Is.Empty);
                Assert.That(firstRequests.Count(r => r.Method == "POST" && r.Path == "/v1/betaTesters"), Is.EqualTo(500), "one create per new tester");
                Assert.That(second.AlreadyPresent, Has.Count.EqualTo(500));
                Assert.That(second.Added, Is.Empty);
                Assert.That(secondRequests.Where(r => r.Method != "GET"), Is.Empty, "a re-run changes nothing");
                Assert.That(secondRequests, Has.Count.LessThanOrEqualTo(10), () => string.Join("\n", secondRequests));
                var emails = (await F.StateAsync("betaTesters")).Select(t => t!["email"]!.GetValue<string>()).ToList();
                Assert.That(emails, Is.Unique);
                Assert.That((await F.GroupAsync(EmulatorFixture.SampleAppId, "Public Beta"))["testerIds"]!.AsArray(), Has.Count.EqualTo(502));
            });
        }

        [Test]
        public async Task Should_Attach_Existing_Testers_In_Bulk()
        {
            // Given 250 testers already in Public Beta
            var testers = Csv(250, "Public Beta");
            var service = new TesterService(F.Client);
            await service.AddAsync(EmulatorFixture.Sample, testers, new AscAddTestersSettings());
            await F.ClearRequestsAsync();

            // When the same people are added to Internal QA too
            var result = await service.AddAsync(EmulatorFixture.Sample, Csv(250, "Public Beta;Internal QA"), new AscAddTestersSettings());

            // Then no tester is created; three bulk relationship requests attach them
            var changes = await F.ChangesAsync();
            Assert.That(result.Added, Has.Count.EqualTo(250));
            Assert.That(result.Invited, Is.Empty);
            Assert.That(changes.Select(c => (c.Method, c.Path.Split('/')[^1])), Is.All.EqualTo(("POST", "betaTesters")));
            Assert.That(changes.Count, Is.EqualTo(3), () => string.Join("\n", changes));
            Assert.That((await F.GroupAsync(EmulatorFixture.SampleAppId, "Internal QA"))["testerIds"]!.AsArray(), Has.Count.EqualTo(251));
        }

        [Test]
        public async Task Should_Not_Duplicate_A_Tester_When_Responses_Are_Lost()
        {
            // Given creates whose answers are lost after the change was made, and one dropped connection
            await F.FaultAsync(new { method = "POST", path = "/v1/betaTesters", when = "after", status = 503, count = 3, drop = false });
            await F.FaultAsync(new { method = "POST", path = "/v1/betaTesters", when = "after", status = 503, count = 1, drop = true });

            // When
            var result = await new TesterService(F.Client).AddAsync(EmulatorFixture.Sample, Csv(6, "Public Beta"), new AscAddTestersSettings { MaxConcurrency = 1 });

            // Then every tester exists exactly once and in the group
            var emails = (await F.StateAsync("betaTesters")).Select(t => t!["email"]!.GetValue<string>()).Where(e => e.StartsWith("tester", StringComparison.Ordinal)).ToList();
            Assert.That(result.Failed, Is.Empty, () => string.Join("\n", result.Failed));
            Assert.That(result.Added, Has.Count.EqualTo(6));
            Assert.That(emails, Has.Count.EqualTo(6).And.Unique);
            Assert.That((await F.GroupAsync(EmulatorFixture.SampleAppId, "Public Beta"))["testerIds"]!.AsArray(), Has.Count.EqualTo(8));
        }

        [Test]
        public async Task Should_Retry_Bulk_Attach_After_A_Server_Error()
        {
            // Given an existing tester and a failing relationship request
            var service = new TesterService(F.Client);
            await service.AddAsync(EmulatorFixture.Sample, [new AscTester("ada@example.com", "Ada", "Lovelace", "Public Beta")], new AscAddTestersSettings());
            await F.FaultAsync(new { method = "POST", path = "/v1/betaGroups/*", when = "after", status = 503, count = 2, drop = false });

            // When
            var result = await service.AddAsync(EmulatorFixture.Sample, [new AscTester("ada@example.com", "Ada", "Lovelace", "Internal QA")], new AscAddTestersSettings());

            // Then
            Assert.That(result.Added, Has.Count.EqualTo(1));
            Assert.That((await F.GroupAsync(EmulatorFixture.SampleAppId, "Internal QA"))["testerIds"]!.AsArray(), Has.Count.EqualTo(2));
        }

        [Test]
        public async Task Should_Fail_Before_Any_Request_On_An_Invalid_Email()
        {
            var ex = Assert.ThrowsAsync<ArgumentException>(() => new TesterService(F.Client).AddAsync(EmulatorFixture.Sample, [new AscTester("not-an-email", "X", "Y", "Public Beta"), new AscTester("ok@example.com", null, null, "Public Beta")], new AscAddTestersSettings()));

            Assert.That(ex!.Message, Does.Contain("'not-an-email'").And.Contain("nothing was changed"));
            Assert.That(await F.RequestsAsync(), Is.Empty);
        }

        [Test]
        public async Task Should_Fail_Before_Any_Change_On_An_Unknown_Group()
        {
            var ex = Assert.ThrowsAsync<ArgumentException>(() => new TesterService(F.Client).AddAsync(EmulatorFixture.Sample, [new AscTester("ok@example.com", null, null, "Public Beta", "Nope")], new AscAddTestersSettings()));

            Assert.That(ex!.Message, Does.Contain("'Nope'").And.Contain("'Internal QA'").And.Contain("'Public Beta'"));
            Assert.That(await F.ChangesAsync(), Is.Empty);
        }

        [Test]
        public async Task Should_Fail_Before_Any_Change_On_An_Unknown_App()
        {
            Assert.ThrowsAsync<AscAppNotFoundException>(() => new TesterService(F.Client).AddAsync("com.example.unknown", [new AscTester("ok@example.com", null, null, "Public Beta")], new AscAddTestersSettings()));

            Assert.That(await F.ChangesAsync(), Is.Empty);
        }

        [Test]
        public async Task Should_Say_Up_Front_How_Long_An_Import_Past_The_Hourly_Budget_Takes()
        {
            // When 10,000 testers are planned against the key's 3,600 requests per hour
            await new TesterService(F.Client).AddAsync(EmulatorFixture.Sample, Csv(10_000, "Public Beta"), new AscAddTestersSettings { DryRun = true });

            // Then the budget and the time it takes are said before anything changes
            Assert.That(F.Log.AllText, Does.Contain("needs about 10000 requests").And.Contain("of its 3600 per hour left").And.Contain("at least 2 more hour(s)"));
            Assert.That(await F.ChangesAsync(), Is.Empty);
        }

        [Test]
        public async Task Should_Only_Report_In_A_Dry_Run()
        {
            var result = await new TesterService(F.Client).AddAsync(EmulatorFixture.Sample, Csv(3, "Public Beta"), new AscAddTestersSettings { DryRun = true });

            Assert.That(result.DryRun, Is.True);
            Assert.That(result.Invited, Has.Count.EqualTo(3));
            Assert.That(await F.ChangesAsync(), Is.Empty);
        }
    }

    public sealed class TheRemoveAndGetMethods : TesterServiceTestsBase
    {
        [Test]
        public async Task Should_Remove_From_A_Group_Then_From_The_App_And_Export_The_Rest()
        {
            // Given
            var service = new TesterService(F.Client);
            await service.AddAsync(EmulatorFixture.Sample, [new AscTester("ada@example.com", "Ada", "Lovelace", "Public Beta", "Internal QA"), new AscTester("alan@example.com", "Alan", "Turing", "Public Beta")], new AscAddTestersSettings());

            // When
            var fromGroup = await service.RemoveAsync(EmulatorFixture.Sample, new AscRemoveTestersSettings().ForEmails("ada@example.com").FromGroups("Public Beta"));
            var fromApp = await service.RemoveAsync(EmulatorFixture.Sample, new AscRemoveTestersSettings().ForEmails("alan@example.com", "nobody@example.com"));
            var again = await service.RemoveAsync(EmulatorFixture.Sample, new AscRemoveTestersSettings().ForEmails("alan@example.com"));
            using var dir = new TemporaryDirectory();
            var path = Path.Combine(dir.Path, "testers.csv");
            var exported = await service.ExportAsync(EmulatorFixture.Sample, path, new AscGetTestersSettings());

            // Then
            Assert.That(fromGroup.Removed, Is.EqualTo(new[] { "ada@example.com" }));
            Assert.That(fromApp.Removed, Is.EqualTo(new[] { "alan@example.com" }));
            Assert.That(fromApp.NotPresent, Is.EqualTo(new[] { "nobody@example.com" }));
            Assert.That(again.Removed, Is.Empty);
            var ada = exported.Single(t => t.Email == "ada@example.com");
            Assert.That(ada.Groups, Is.EqualTo(new[] { "Internal QA" }));
            Assert.That(exported.Select(t => t.Email), Does.Not.Contain("alan@example.com"));
            var reimported = TesterCsv.Read(path);
            Assert.That(reimported.Select(t => t.Email), Is.EqualTo(exported.Select(t => t.Email)));
            Assert.That(reimported.Single(t => t.Email == "ada@example.com").Groups, Is.EqualTo(new[] { "Internal QA" }));
        }

        [Test]
        public async Task Should_Filter_By_Group()
        {
            var testers = await new TesterService(F.Client).GetAsync(EmulatorFixture.Sample, new AscGetTestersSettings().InGroups("Internal QA"));

            Assert.That(testers, Has.Count.EqualTo(1));
            Assert.That(testers[0].Groups, Is.EqualTo(new[] { "Internal QA" }));
        }
    }
}

/// <summary>Starts an emulator per test for the nested classes.</summary>
public abstract class TesterServiceTestsBase
{
    internal EmulatorFixture F { get; private set; } = null!;

    [SetUp]
    public async Task StartFixtureAsync() => F = await EmulatorFixture.StartAsync(o => o.WithContractCheck(required: false).WithBetaReviewTime(TimeSpan.Zero));

    [TearDown]
    public async Task StopFixtureAsync() => await F.DisposeAsync();

    internal static List<AscTester> Csv(int count, string groups)
    {
        var text = new StringBuilder("First,Last,Email,Groups\n");
        for (var i = 0; i < count; i++)
        {
            text.Append($"Tester,No{i},tester{i:D4}@example.com,{groups}\n");
        }

        return [.. TesterCsv.Read(new StringReader(text.ToString()))];
    }
}
