using System.Net.Http.Json;
using Cake.AppStoreConnect.Analytics;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Analytics;
using Cake.AppStoreConnect.Client.Reports;
using Cake.AppStoreConnect.Tests.TestSupport;
using static Cake.AppStoreConnect.Tests.TestSupport.EmulatorFixture;

namespace Cake.AppStoreConnect.Tests.Analytics;

/// <summary>Requesting and downloading analytics reports as a scheduled pipeline does, against the emulator on a hand-moved clock.</summary>
public sealed class AnalyticsReportDownloadTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromHours(36);

    private EmulatorFixture _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(o => o
        .WithClock()
        .WithContractCheck()
        .Configure(e => (e.AnalyticsDelay, e.AnalyticsInactivity) = (Delay, TimeSpan.FromDays(5))));

    [TearDown]
    public async Task StopAsync()
    {
        await _emulator.AssertContractKeptAsync();
        await _emulator.DisposeAsync();
    }

    /// <summary>
    /// A client whose tokens are dated by the emulator's clock, as a Frosting task builds one: a script's tokens follow
    /// the real clock and would look expired once the emulator's clock has moved days ahead.
    /// </summary>
    private (AppStoreConnectClient Client, CapturingLog Log) ClockedClient()
    {
        var log = new CapturingLog();
        var key = AscApiKey.FromPem(_emulator.Host.Key.KeyId, _emulator.Host.Key.IssuerId, _emulator.Host.Key.PrivateKeyPem, "the emulator");
        var options = new AscClientOptions { BaseAddress = _emulator.Host.BaseAddress, RetryBaseDelay = TimeSpan.FromMilliseconds(5) };
        return (new AppStoreConnectClient(new AscConnection(AscHttp.Shared, new AscTokenProvider(key, _emulator.Clock), options, log)), log);
    }

    private string Folder => Path.Combine(_emulator.Directory, "analytics");

    /// <summary>What the scheduled script runs: the Commerce reports, two resources per page so every listing pages.</summary>
    private AscAnalyticsDownloadResult ScheduledRun(AppStoreConnectClient client)
    {
        var settings = new AscAnalyticsDownloadSettings { PageSize = 2 }.Category(AscAnalyticsCategories.Commerce).Deduplicated();
        return new AnalyticsDownloadService(client).DownloadAsync(Sample, Folder, settings).GetAwaiter().GetResult();
    }

    /// <summary>A segment of the sample app's first instance whose URL was answered 6 minutes ago (Apple's last 5).</summary>
    private async Task<(AppStoreConnectClient Client, CapturingLog Log, AscAnalyticsReportSegment Segment)> ExpiredSegmentAsync()
    {
        var (client, log) = ClockedClient();
        var request = await new AnalyticsRequestService(client).EnsureAsync(Sample, new AscAnalyticsRequestSettings());
        _emulator.Clock!.Advance(Delay + TimeSpan.FromMinutes(1));
        var report = (await client.Analytics.ListReportsAsync(request.Resource!.Id))[0];
        var instance = (await client.Analytics.ListInstancesAsync(report.Id))[0];
        var segment = (await client.Analytics.ListSegmentsAsync(instance.Id))[0];
        _emulator.Clock.Advance(TimeSpan.FromMinutes(6));
        return (client, log, segment);
    }

    private async Task<List<string>> SegmentDownloadsAsync() =>
        [.. (await _emulator.RequestsAsync()).Where(r => r.Path.StartsWith("/_analytics/segments/", StringComparison.Ordinal)).Select(r => r.Path)];

    [Test]
    public async Task Should_Download_Each_Instance_Exactly_Once_When_A_Scheduled_Script_Runs_Daily()
    {
        // Given a new ONGOING request, and a run before Apple has made anything
        var (client, log) = ClockedClient();
        var request = await new AnalyticsRequestService(client).EnsureAsync(Sample, new AscAnalyticsRequestSettings());
        var early = ScheduledRun(client);

        // When the script runs three times, the clock moving a day and more between runs
        _emulator.Clock!.Advance(Delay + TimeSpan.FromMinutes(1));
        var first = ScheduledRun(client);
        _emulator.Clock.Advance(TimeSpan.FromDays(1));
        var second = ScheduledRun(client);
        _emulator.Clock.Advance(TimeSpan.FromDays(1));
        var third = ScheduledRun(client);

        // Then each instance came once, each segment was fetched once, and the manifest knows them all
        var runs = new[] { first, second, third };
        var instances = runs.SelectMany(r => r.Instances).Select(i => i.InstanceId).ToList();
        var segments = await SegmentDownloadsAsync();
        var requests = await _emulator.RequestsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(request.Changes, Has.Count.EqualTo(1));
            Assert.That(log.AllText, Does.Contain("one to two days"));
            Assert.That(early.Pending, Does.Contain("one to two days"));
            Assert.That(early.Instances, Is.Empty);
            Assert.That(first.Instances, Has.Count.EqualTo(9), "three Commerce reports, each DAILY, WEEKLY and MONTHLY");
            Assert.That(second.Instances.Select(i => i.Granularity), Is.EqualTo(new[] { "DAILY", "DAILY", "DAILY" }));
            Assert.That(third.Instances, Has.Count.EqualTo(3));
            Assert.That((first.AlreadyDownloaded, second.AlreadyDownloaded, third.AlreadyDownloaded), Is.EqualTo((0, 9, 12)));
            Assert.That(instances, Is.Unique);
            Assert.That(segments, Is.Unique);
            Assert.That(segments, Has.Count.EqualTo(runs.SelectMany(r => r.Instances).Sum(i => i.Files.Count)));
            Assert.That(requests.Where(r => r.Path.Contains("/instances?", StringComparison.Ordinal)).Select(r => r.Path), Has.Some.Contains("cursor="), "instance listings are paged");
            Assert.That(File.ReadAllText(Path.Combine(Folder, "analytics-manifest.json")), Does.Contain(instances[^1]));
        });
    }

    [Test]
    public async Task Should_Type_The_Rows_And_Keep_The_Latest_Processing_Date_Of_Each_Day_When_Deduplicating()
    {
        // Given two daily instances of a report, the second restating the first's day
        var (client, _) = ClockedClient();
        await new AnalyticsRequestService(client).EnsureAsync(Sample, new AscAnalyticsRequestSettings());
        _emulator.Clock!.Advance(Delay + TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        // When
        var settings = new AscAnalyticsDownloadSettings().Report("App Downloads Standard").Granularity(AscAnalyticsGranularities.Daily).Deduplicated();
        var result = await new AnalyticsDownloadService(client).DownloadAsync(Sample, Folder, settings);

        // Then
        var table = result.Tables.Single();
        var newest = result.Instances.Max(i => i.ProcessingDate);
        var restated = newest.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var raw = result.Instances.SelectMany(i => i.Rows.Rows).Count(r => r["Date"] == restated);
        Assert.Multiple(() =>
        {
            Assert.That(result.Instances, Has.Count.EqualTo(2));
            Assert.That(table.Columns, Does.Contain("Date").And.Contain("Territory").And.Contain("Counts"));
            Assert.That(table.Rows, Has.All.Matches<AscReportRow>(r => r.GetInt64("Counts") > 0));
            Assert.That(raw, Is.EqualTo(2 * table.Rows.Count(r => r["Date"] == restated)), "the restated day was in both instances, and only one copy is kept");
            Assert.That(result.Instances.SelectMany(i => i.Files), Has.All.EndsWith(".tsv"));
        });
    }

    [Test]
    public async Task Should_Detect_A_Corrupted_Segment_And_Download_It_Again()
    {
        // Given instances ready (the clock moved within a token's life) and the next segment download damaged
        _emulator.Host.Options.AnalyticsDelay = TimeSpan.FromMinutes(5);
        var (context, log) = _emulator.CakeContext();
        context.AscRequestAnalyticsReports(Sample);
        _emulator.Clock!.Advance(TimeSpan.FromMinutes(6));
        (await _emulator.Control.PostAsJsonAsync("/_emulator/analytics/corruptions", new { count = 1 })).EnsureSuccessStatusCode();

        // When
        var result = context.AscDownloadAnalyticsReports(Sample, Folder, s => s.Report("App Downloads Standard"));

        // Then the damage was caught by the checksum and the segment fetched once more
        var segments = await SegmentDownloadsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(log.AllText, Does.Contain("checksum does not match").And.Contain("downloading it again"));
            Assert.That(segments, Has.Count.EqualTo(result.Instances.Sum(i => i.Files.Count) + 1));
            Assert.That(result.Instances.Select(i => i.Rows.Rows.Count), Has.All.GreaterThan(0));
        });
    }

    [Test]
    public async Task Should_Fail_Without_Recording_A_Segment_Damaged_Every_Time_And_Finish_It_On_The_Next_Run()
    {
        // Given every attempt at the first segment damaged
        _emulator.Host.Options.AnalyticsDelay = TimeSpan.FromMinutes(5);
        var (context, _) = _emulator.CakeContext();
        context.AscRequestAnalyticsReports(Sample);
        _emulator.Clock!.Advance(TimeSpan.FromMinutes(6));
        (await _emulator.Control.PostAsJsonAsync("/_emulator/analytics/corruptions", new { count = AscReportFiles.DownloadAttempts })).EnsureSuccessStatusCode();

        // When
        var error = Assert.Throws<AscReportFileException>(() => context.AscDownloadAnalyticsReports(Sample, Folder, s => s.Report("App Downloads Standard")));
        var resumed = context.AscDownloadAnalyticsReports(Sample, Folder, s => s.Report("App Downloads Standard"));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("App Downloads Standard").And.Contain("checksum"));
            Assert.That(resumed.Instances, Has.Count.EqualTo(3));
            Assert.That(resumed.AlreadyDownloaded, Is.Zero, "the interrupted run recorded nothing");
        });
    }

    [Test]
    public async Task Should_Say_A_Segment_Url_Expired_Without_Fetching_It_Again()
    {
        // Given a segment's URL, read more than 5 minutes before it is fetched
        var (client, log, segment) = await ExpiredSegmentAsync();

        // When it is downloaded
        var error = Assert.ThrowsAsync<AscReportFileException>(() => AscReportFiles.DownloadAsync(AscHttp.Shared, segment.Url, segment.SizeInBytes, segment.Checksum, "The segment", log));

        // Then the message says the URL expired and a re-run reads fresh ones, and the refused URL was fetched once
        Assert.That(error!.Message, Does.Contain("403").And.Contain("valid for 5 minutes").And.Contain("Re-running reads fresh URLs"));
        Assert.That(await SegmentDownloadsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_Read_The_Segment_Again_For_A_Fresh_Url_When_Its_Url_Expired()
    {
        // Given a segment's URL, read more than 5 minutes before it is fetched (a long run reaching a segment listed earlier)
        var (client, log, segment) = await ExpiredSegmentAsync();

        // When it is downloaded the way the download alias does, with a way to read the segment again
        var gzip = await AscReportFiles.DownloadAsync(AscHttp.Shared, segment.Url, ct => client.Analytics.GetSegmentUrlAsync(segment.Id, ct), segment.SizeInBytes, segment.Checksum, "The segment", log);

        // Then the segment was read again once, the fresh URL gave the checked file, and the warning says why
        var downloads = await SegmentDownloadsAsync();
        var reads = (await _emulator.RequestsAsync()).Count(r => r.Path == $"/v1/analyticsReportSegments/{segment.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(gzip, Has.Length.EqualTo(segment.SizeInBytes));
            Assert.That(downloads, Has.Count.EqualTo(2), "the expired URL once, the fresh one once");
            Assert.That(reads, Is.EqualTo(1));
            Assert.That(log.Lines.Where(l => l.Level == Cake.Core.Diagnostics.LogLevel.Warning).Select(l => l.Text), Has.Some.Contains("valid for 5 minutes").And.Contains("reading it again for a fresh URL"));
        });
    }

    [Test]
    public async Task Should_Reuse_The_Active_Request_And_Replace_One_Stopped_For_Inactivity()
    {
        // Given the demo's active ONGOING request of Very Capable App
        var (context, _) = _emulator.CakeContext();
        var (client, _) = ClockedClient();
        var service = new AnalyticsRequestService(client);

        // When asked again, then after the request stopped for inactivity in a dry run and for real
        var again = context.AscRequestAnalyticsReports(VeryCapableApp);
        var posts = (await _emulator.ChangesAsync()).Count;
        _emulator.Clock!.Advance(TimeSpan.FromDays(6));
        var plan = await service.EnsureAsync(VeryCapableApp, new AscAnalyticsRequestSettings { DryRun = true });
        var postsAfterDryRun = (await _emulator.ChangesAsync()).Count;
        var renewed = await service.EnsureAsync(VeryCapableApp, new AscAnalyticsRequestSettings().Ongoing());

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(again.NothingChanged, Is.True);
            Assert.That(posts, Is.Zero);
            Assert.That(plan.DryRun, Is.True);
            Assert.That(plan.Changes, Has.Count.EqualTo(1));
            Assert.That(postsAfterDryRun, Is.Zero);
            Assert.That(renewed.Changes, Has.Count.EqualTo(1));
            Assert.That(renewed.Resource!.Id, Is.Not.EqualTo(again.Resource!.Id));
            Assert.That(renewed.Resource.StoppedDueToInactivity, Is.False);
        });
    }

    [Test]
    public async Task Should_Resolve_A_Conflict_By_Reading_The_Active_Request()
    {
        // Given an active snapshot request made by someone else since the listing (the create answers 409)
        var made = await _emulator.Client.Analytics.CreateRequestAsync(SampleAppId, AscAnalyticsAccessTypes.OneTimeSnapshot);

        // When the create conflicts, the client reads
        var error = Assert.ThrowsAsync<Cake.AppStoreConnect.Client.Errors.AscConflictException>(() => _emulator.Client.Analytics.CreateRequestAsync(SampleAppId, AscAnalyticsAccessTypes.OneTimeSnapshot));
        var (context, _) = _emulator.CakeContext();
        var ensured = context.AscRequestAnalyticsReports(Sample, s => s.Snapshot());

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error!.HasErrorCode("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"), Is.True);
            Assert.That(ensured.Resource!.Id, Is.EqualTo(made.Id));
            Assert.That(ensured.NothingChanged, Is.True);
        });
    }
}
