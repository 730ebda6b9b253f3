using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Reviews;
using Cake.AppStoreConnect.Tests.TestSupport;
using static Cake.AppStoreConnect.Tests.TestSupport.EmulatorFixture;

namespace Cake.AppStoreConnect.Tests.Reviews;

/// <summary>Answering reviews through the aliases, against the emulator (one response per review, 409 on a second).</summary>
public sealed class AscReplyToReviewTests
{
    private EmulatorFixture _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(o => o.WithProcessingTime(TimeSpan.FromHours(1)).WithIndividualKey().WithKeyInFile().WithVendorNumber().WithMaxRetries(2));

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    private async Task<AscCustomerReview> ReviewAsync(bool answered) =>
        (await _emulator.Client.CustomerReviews.ListAsync(new AscCustomerReviewFilter { AppId = SampleAppId, HasResponse = answered, MaxCount = 1 }))[0];

    [Test]
    public async Task Should_Reply_Then_Replace_Leaving_One_Response()
    {
        // Given
        var review = await ReviewAsync(answered: false);
        var (context, _) = _emulator.CakeContext();

        // When
        var first = context.AscReplyToReview(review.Id, "Thanks for the report, fixed in 2.1.");
        var second = context.AscReplyToReview(review.Id, "Fixed in 2.1.1, please update.");
        var again = context.AscReplyToReview(review.Id, "Fixed in 2.1.1, please update.");

        // Then
        var held = await _emulator.ResponsesOfAsync(review.Id);
        Assert.Multiple(() =>
        {
            Assert.That(first.Outcome, Is.EqualTo(AscReviewReplyOutcome.Created));
            Assert.That(first.State, Is.EqualTo(AscReviewResponseStates.PendingPublish));
            Assert.That(second.Outcome, Is.EqualTo(AscReviewReplyOutcome.Replaced));
            Assert.That(second.PreviousResponse!.Id, Is.EqualTo(first.Response!.Id));
            Assert.That(again.Outcome, Is.EqualTo(AscReviewReplyOutcome.Unchanged));
            Assert.That(held, Has.Count.EqualTo(1));
            Assert.That(held[0]["responseBody"]!.GetValue<string>(), Is.EqualTo("Fixed in 2.1.1, please update."));
            Assert.That(held[0]["id"]!.GetValue<string>(), Is.EqualTo(second.Response!.Id));
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Should_Not_Duplicate_When_The_Create_Response_Is_Lost(bool drop)
    {
        // Given the create succeeds but its answer is lost
        var review = await ReviewAsync(answered: true);
        await _emulator.FaultAsync(new { method = "POST", path = "/v1/customerReviewResponses", when = "after", status = 500, drop, count = 1 });
        var (context, log) = _emulator.CakeContext();

        // When
        var result = context.AscReplyToReview(review.Id, "We changed the sync engine in 3.0.");

        // Then
        var held = await _emulator.ResponsesOfAsync(review.Id);
        var posts = (await _emulator.RequestsAsync()).Count(r => r.Method == "POST" && r.Path.StartsWith("/v1/customerReviewResponses", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(AscReviewReplyOutcome.Replaced));
            Assert.That(held, Has.Count.EqualTo(1));
            Assert.That(held[0]["responseBody"]!.GetValue<string>(), Is.EqualTo("We changed the sync engine in 3.0."));
            Assert.That(result.Response!.Id, Is.EqualTo(held[0]["id"]!.GetValue<string>()));
            Assert.That(posts, Is.EqualTo(1), "found by lookup, not created again");
            Assert.That(log.Lines.Select(l => l.Text), Has.Some.Contains("the earlier attempt had created it"));
        });
    }

    [Test]
    public async Task Should_Say_So_When_A_Replace_Stops_After_The_Delete()
    {
        // Given every create fails before it is made
        var review = await ReviewAsync(answered: true);
        await _emulator.FaultAsync(new { method = "POST", path = "/v1/customerReviewResponses", when = "before", status = 503, count = 20 });
        var (context, _) = _emulator.CakeContext();

        // When
        var error = Assert.Throws<AscReviewReplyException>(() => context.AscReplyToReview(review.Id, "New text", s => s.SetMaxRetries(0)));

        // Then
        Assert.Multiple(async () =>
        {
            Assert.That(error!.Message, Does.Contain("was deleted").And.Contain("no response now").And.Contain("Re-run"));
            Assert.That(error.PreviousResponseBody, Is.EqualTo(review.Response!.ResponseBody));
            Assert.That(await _emulator.ResponsesOfAsync(review.Id), Is.Empty);
        });
    }

    [Test]
    public async Task Should_Keep_A_Different_Response_When_Told_To()
    {
        var review = await ReviewAsync(answered: true);
        var (context, _) = _emulator.CakeContext();

        var error = Assert.Throws<InvalidOperationException>(() => context.AscReplyToReview(review.Id, "Other text", s => s.KeepExisting()));

        Assert.That(error!.Message, Does.Contain("already has a different response").And.Contain("nothing was changed"));
        Assert.That((await _emulator.ResponsesOfAsync(review.Id)).Single()["id"]!.GetValue<string>(), Is.EqualTo(review.ResponseId));
    }

    [Test]
    public async Task Should_Delete_And_Report_When_There_Is_Nothing_To_Delete()
    {
        var review = await ReviewAsync(answered: true);
        var (context, _) = _emulator.CakeContext();

        var deleted = context.AscDeleteReviewResponse(review.Id);
        var again = context.AscDeleteReviewResponse(review.Id, new AscSettings());

        Assert.Multiple(async () =>
        {
            Assert.That(deleted.Outcome, Is.EqualTo(AscReviewReplyOutcome.Deleted));
            Assert.That(deleted.PreviousResponse!.Id, Is.EqualTo(review.ResponseId));
            Assert.That(again.Outcome, Is.EqualTo(AscReviewReplyOutcome.NoResponse));
            Assert.That(await _emulator.ResponsesOfAsync(review.Id), Is.Empty);
        });
    }

    [Test]
    public async Task Should_Change_Nothing_In_A_Dry_Run()
    {
        var answered = await ReviewAsync(answered: true);
        var fresh = await ReviewAsync(answered: false);
        var (context, log) = _emulator.CakeContext();
        var before = (await _emulator.StateAsync())["customerReviewResponses"]!.ToJsonString();

        var replace = context.AscReplyToReview(answered.Id, "Replacement", s => s.SetDryRun());
        var create = context.AscReplyToReview(fresh.Id, "New", new AscReplyToReviewSettings { DryRun = true });
        var delete = context.AscDeleteReviewResponse(answered.Id, s => s.SetDryRun());

        Assert.Multiple(async () =>
        {
            Assert.That(replace.Outcome, Is.EqualTo(AscReviewReplyOutcome.Replaced));
            Assert.That(create.Outcome, Is.EqualTo(AscReviewReplyOutcome.Created));
            Assert.That(delete.Outcome, Is.EqualTo(AscReviewReplyOutcome.Deleted));
            Assert.That(new[] { replace.DryRun, create.DryRun, delete.DryRun }, Has.All.True);
            Assert.That((await _emulator.StateAsync())["customerReviewResponses"]!.ToJsonString(), Is.EqualTo(before));
            Assert.That(log.Lines.Select(l => l.Text), Has.Some.Contains("Dry run: would replace"));
            Assert.That(new[] { replace.Changes, create.Changes, delete.Changes }, Has.All.Count.EqualTo(1), "the dry run's plan is its result");
        });
    }

    [Test]
    public async Task Should_Refuse_Bad_Input_Before_Any_Request()
    {
        var (context, _) = _emulator.CakeContext();

        Assert.Multiple(() =>
        {
            Assert.That(() => context.AscReplyToReview("r1", " "), Throws.ArgumentException.With.Message.Contains("empty"));
            Assert.That(() => context.AscReplyToReview("r1", new string('x', 5971)), Throws.ArgumentException.With.Message.Contains("5970"));
            Assert.That(() => context.AscReplyToReview("no-such-review", "Hello"), Throws.ArgumentException.With.Message.Contains("does not exist"));
        });
        Assert.That((await _emulator.RequestsAsync()).Where(r => r.Method != "GET"), Is.Empty);
    }

    [Test]
    public async Task Should_Show_Pending_Publish_Then_Published()
    {
        // Given an emulator whose responses publish after a minute, on a clock the test moves
        await _emulator.DisposeAsync();
        _emulator = await EmulatorFixture.StartAsync(o => o.WithClock().WithProcessingTime(TimeSpan.FromMinutes(1)).WithMaxRetries(2));
        var clock = _emulator.Clock!;
        var review = await ReviewAsync(answered: false);
        var client = _emulator.Client;

        // When
        var reply = await new ReviewReplyService(client).ReplyAsync(review.Id, "Thank you!", new AscReplyToReviewSettings());
        clock.Advance(TimeSpan.FromMinutes(2));
        var later = await client.CustomerReviews.GetResponseAsync(reply.Response!.Id);

        // Then
        Assert.That(reply.State, Is.EqualTo(AscReviewResponseStates.PendingPublish));
        Assert.That(later!.State, Is.EqualTo(AscReviewResponseStates.Published));
    }
}
