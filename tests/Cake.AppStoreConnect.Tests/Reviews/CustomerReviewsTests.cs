using System.Text.Json;
using Cake.AppStoreConnect.Client.Reviews;
using Cake.AppStoreConnect.Reviews;
using Cake.AppStoreConnect.Tests.TestSupport;
using static Cake.AppStoreConnect.Tests.TestSupport.EmulatorFixture;

namespace Cake.AppStoreConnect.Tests.Reviews;

/// <summary>Reading reviews, against the emulator's demo account (260 reviews for Very Capable App, 30 for the others).</summary>
public sealed class CustomerReviewsTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private EmulatorFixture _emulator = null!;

    // The tests only read, so they share one emulator; each starts with an empty request log.
    [OneTimeSetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(o => o.WithProcessingTime(TimeSpan.FromHours(1)).WithIndividualKey().WithKeyInFile().WithVendorNumber().WithMaxRetries(2));

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [SetUp]
    public async Task ClearRequestsAsync() => await _emulator.ClearRequestsAsync();

    [Test]
    public async Task Should_Read_Every_Page_Past_Apples_Limit_Of_200()
    {
        // When
        var reviews = await _emulator.Client.CustomerReviews.ListAsync(new AscCustomerReviewFilter { AppId = VeryCapableAppId });

        // Then
        var requests = await _emulator.RequestsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(reviews, Has.Count.EqualTo(260));
            Assert.That(reviews.Select(r => r.Id).Distinct().Count(), Is.EqualTo(260));
            Assert.That(reviews.Select(r => r.CreatedDate), Is.Ordered.Descending);
            Assert.That(requests.Count(r => r.Path.Contains("/customerReviews", StringComparison.Ordinal)), Is.EqualTo(2));
            Assert.That(requests[0].Path, Does.Contain("limit=200").And.Contain("include=response"));
            Assert.That(reviews.Where(r => r.HasResponse).Select(r => r.Response?.ResponseBody), Has.None.Null, "included responses are read");
        });
    }

    [Test]
    public async Task Should_Filter_By_Rating_Territory_And_Response()
    {
        // Given
        var client = _emulator.Client;
        var all = await client.CustomerReviews.ListAsync(new AscCustomerReviewFilter { AppId = VeryCapableAppId });

        // When
        var low = await client.CustomerReviews.ListAsync(new AscCustomerReviewFilter { AppId = VeryCapableAppId, Ratings = [1, 2] });
        var usa = await client.CustomerReviews.ListAsync(new AscCustomerReviewFilter { AppId = VeryCapableAppId, Territories = ["USA"] });
        var answered = await client.CustomerReviews.ListAsync(new AscCustomerReviewFilter { AppId = VeryCapableAppId, HasResponse = true });
        var unanswered = await client.CustomerReviews.ListAsync(new AscCustomerReviewFilter { AppId = VeryCapableAppId, HasResponse = false });

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(low, Is.Not.Empty);
            Assert.That(low.Select(r => r.Id), Is.EquivalentTo(all.Where(r => r.Rating <= 2).Select(r => r.Id)));
            Assert.That(usa.Select(r => r.Id), Is.EquivalentTo(all.Where(r => r.Territory == "USA").Select(r => r.Id)));
            Assert.That(answered, Has.All.Matches<AscCustomerReview>(r => r.Response is { State: AscReviewResponseStates.Published }));
            Assert.That(unanswered, Has.All.Matches<AscCustomerReview>(r => !r.HasResponse));
            Assert.That(answered.Count + unanswered.Count, Is.EqualTo(all.Count));
        });
    }

    [Test]
    public async Task Should_Sort_Limit_And_Match_Dates_Through_The_Alias()
    {
        // Given
        var (context, _) = _emulator.CakeContext();
        var all = context.AscGetCustomerReviews(VeryCapableApp);
        var since = all[99].CreatedDate!.Value;
        var until = all[20].CreatedDate!.Value;

        // When
        var window = context.AscGetCustomerReviews(VeryCapableApp, s => s.Between(since, until));
        var lowestFirst = context.AscGetCustomerReviews(VeryCapableAppId, new AscCustomerReviewSettings { Sort = AscCustomerReviewSort.LowestRatingFirst, MaxCount = 30 });

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(window.Select(r => r.Id), Is.EqualTo(all.Skip(20).Take(80).Select(r => r.Id)));
            Assert.That(lowestFirst, Has.Count.EqualTo(30));
            Assert.That(lowestFirst.Select(r => r.Rating), Is.Ordered.Ascending);
        });
    }

    [Test]
    public async Task Should_Stop_Paging_Once_Newest_First_Reviews_Are_Older_Than_Since()
    {
        // Given
        var client = _emulator.Client;
        var all = await client.CustomerReviews.ListAsync(new AscCustomerReviewFilter { AppId = VeryCapableAppId });
        await _emulator.ClearRequestsAsync();

        // When
        var recent = await client.CustomerReviews.ListAsync(new AscCustomerReviewFilter { AppId = VeryCapableAppId, Since = all[10].CreatedDate });

        // Then
        Assert.That(recent, Has.Count.EqualTo(11));
        Assert.That(await _emulator.RequestsAsync(), Has.Count.EqualTo(1), "the second page cannot hold newer reviews");
    }

    [Test]
    public void Should_Write_Csv_And_Json_That_Read_Back()
    {
        // Given
        var (context, _) = _emulator.CakeContext();
        var csvPath = Path.Combine(_emulator.Directory, "out", "reviews.csv");

        // When
        var reviews = context.AscGetCustomerReviews(SampleAppId, s => s.WriteTo("out/reviews.csv"));
        context.AscGetCustomerReviews(SampleAppId, s => s.WriteTo("out/reviews.data", AscReviewExportFormat.Json));

        // Then
        var lines = File.ReadAllLines(csvPath);
        var json = JsonSerializer.Deserialize<List<AscCustomerReview>>(File.ReadAllText(Path.Combine(_emulator.Directory, "out", "reviews.data")), Web)!;
        Assert.Multiple(() =>
        {
            Assert.That(reviews, Has.Count.EqualTo(30));
            Assert.That(lines, Has.Length.EqualTo(31));
            Assert.That(lines[0], Is.EqualTo(string.Join(',', ReviewExporter.CsvColumns)));
            Assert.That(lines[1], Does.StartWith(reviews[0].Id + "," + reviews[0].Rating));
            Assert.That(json, Is.EqualTo(reviews));
        });
    }

    [Test]
    public void Should_Refuse_Bad_Filters_Before_Any_Request()
    {
        var (context, _) = _emulator.CakeContext();

        Assert.Multiple(() =>
        {
            Assert.That(() => context.AscGetCustomerReviews(SampleAppId, s => s.WithRatings(6)), Throws.ArgumentException.With.Message.Contains("1 to 5"));
            Assert.That(() => context.AscGetCustomerReviews(SampleAppId, s => s.WithTerritories("US")), Throws.ArgumentException.With.Message.Contains("three-letter"));
            Assert.That(() => context.AscGetCustomerReviews(SampleAppId, s => s.WriteTo("reviews.xlsx")), Throws.ArgumentException.With.Message.Contains(".csv or .json"));
            Assert.That(() => context.AscGetCustomerReviews(SampleAppId, s => s.WithRatings(6)), Throws.ArgumentException.With.Message.Not.Contain("(Parameter"));
        });
    }

    [Test]
    public async Task Should_Refuse_An_Output_File_That_Cannot_Be_Written_Before_Any_Request()
    {
        // Given: the output names a folder that exists
        var (context, _) = _emulator.CakeContext();
        Directory.CreateDirectory(Path.Combine(_emulator.Directory, "reviews.csv"));
        await _emulator.ClearRequestsAsync();

        // When
        var error = Assert.Throws<IOException>(() => context.AscGetCustomerReviews(SampleAppId, s => s.WriteTo("reviews.csv")));

        // Then
        Assert.That(error!.Message, Does.Contain("OutputFile").And.Contain("is a folder, not a file").And.Contain("Nothing was requested"));
        Assert.That(await _emulator.RequestsAsync(), Is.Empty);
    }
}
