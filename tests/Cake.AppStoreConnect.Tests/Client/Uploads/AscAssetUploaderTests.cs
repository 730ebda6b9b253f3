using System.Collections.Concurrent;
using System.Security.Cryptography;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.Uploads;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Cake.AppStoreConnect.Tests.Client.Uploads;

public sealed class AscAssetUploaderTests
{
    private const int PartSize = 64 * 1024;

    /// <summary>A loopback upload target that stores each part it accepts, like a pre-signed store.</summary>
    private sealed class PartStore : IAsyncDisposable
    {
        private PartStore(LoopbackApi api) => Api = api;

        public LoopbackApi Api { get; }

        public ConcurrentDictionary<int, byte[]> Parts { get; } = new();

        public ConcurrentDictionary<int, int> Attempts { get; } = new();

        public Func<int, int, int?> Fault { get; set; } = (_, _) => null;

        public static async Task<PartStore> StartAsync()
        {
            var store = new PartStore(await LoopbackApi.StartAsync());
            store.Api.Handler = async (ctx, _) =>
            {
                var part = int.Parse(ctx.Request.Path.Value!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
                var attempt = store.Attempts.AddOrUpdate(part, 1, (_, n) => n + 1);
                if (store.Fault(part, attempt) is { } status)
                {
                    ctx.Response.StatusCode = status;
                    return;
                }

                if (ctx.Request.Headers.ContainsKey("Authorization") || ctx.Request.ContentType != "application/octet-stream" || ctx.Request.Headers["x-amz-meta-part"] != part.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    ctx.Response.StatusCode = 400;
                    await ctx.Response.WriteAsync("wrong headers");
                    return;
                }

                using var body = new MemoryStream();
                await ctx.Request.Body.CopyToAsync(body);
                store.Parts[part] = body.ToArray();
                ctx.Response.StatusCode = 200;
            };
            return store;
        }

        public IReadOnlyList<AscUploadOperation> Operations(long fileLength, string prefix = "part") =>
            Tiled(fileLength, i => $"{Api.BaseAddress}{prefix}/{i + 1}", i => [new("Content-Type", "application/octet-stream"), new("x-amz-meta-part", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        public byte[] Assemble() => [.. Parts.OrderBy(p => p.Key).SelectMany(p => p.Value)];

        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    private static (string Path, byte[] Bytes) NewFile(TemporaryDirectory directory, int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var path = directory.File("App.ipa");
        File.WriteAllBytes(path, bytes);
        return (path, bytes);
    }

    private static AscAssetUploader Uploader(CapturingLog log) =>
        new(AscHttp.Shared, new AscUploadOptions { Concurrency = 3, ProgressInterval = TimeSpan.Zero }, Retries(), new CakeAscLog(log));

    private static AscClientOptions Retries(int maxRetries = 5) => new() { MaxRetries = maxRetries, RetryBaseDelay = TimeSpan.FromMilliseconds(5) };

    private static AscAssetUpload Upload(string path, IReadOnlyList<AscUploadOperation> operations, string algorithm = AscChecksumAlgorithm.Sha256, Func<CancellationToken, Task<IReadOnlyList<AscUploadOperation>>>? refresh = null) =>
        new(path, operations) { ChecksumAlgorithms = [algorithm], RefreshOperations = refresh ?? NoRefresh };

    private static Task<IReadOnlyList<AscUploadOperation>> NoRefresh(CancellationToken _) => throw new AssertionException("no refresh expected");

    [TestCase(AscChecksumAlgorithm.Sha256)]
    [TestCase(AscChecksumAlgorithm.Md5)]
    public async Task Should_Send_Every_Part_Once_With_Its_Headers_And_No_Token(string algorithm)
    {
        // Given a file of 10.5 parts
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, (10 * PartSize) + (PartSize / 2));
        await using var store = await PartStore.StartAsync();
        var log = new CapturingLog();

        // When
        var result = await Uploader(log).UploadAsync(Upload(path, store.Operations(bytes.Length), algorithm));

        // Then
#pragma warning disable CA5351 // MD5 here is Apple's transfer checksum, not a security measure.
        var expected = algorithm == AscChecksumAlgorithm.Md5 ? MD5.HashData(bytes) : SHA256.HashData(bytes);
#pragma warning restore CA5351
        Assert.Multiple(() =>
        {
            Assert.That(store.Assemble(), Is.EqualTo(bytes));
            Assert.That(store.Attempts.Values, Has.All.EqualTo(1));
            Assert.That(result.Parts, Is.EqualTo(11));
            Assert.That(result.Bytes, Is.EqualTo(bytes.Length));
            Assert.That(result.Checksum, Is.EqualTo(Convert.ToHexStringLower(expected)));
            Assert.That(result.ChecksumAlgorithm, Is.EqualTo(algorithm));
            Assert.That(log.Lines.Select(l => l.Text), Has.Some.Contains("Uploading App.ipa:"));
        });
    }

    [Test]
    public async Task Should_Send_Only_The_Failed_Part_Again()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 6 * PartSize);
        await using var store = await PartStore.StartAsync();
        store.Fault = (part, attempt) => part == 4 && attempt <= 2 ? 503 : null;

        var result = await Uploader(new CapturingLog()).UploadAsync(Upload(path, store.Operations(bytes.Length)));

        Assert.Multiple(() =>
        {
            Assert.That(store.Assemble(), Is.EqualTo(bytes));
            Assert.That(store.Attempts[4], Is.EqualTo(3));
            Assert.That(store.Attempts.Where(a => a.Key != 4).Select(a => a.Value), Has.All.EqualTo(1), "nothing that succeeded is sent again");
            Assert.That(result.PartRetries, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_Fetch_Fresh_Operations_When_A_Url_Expired()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 4 * PartSize);
        await using var store = await PartStore.StartAsync();
        var stale = store.Operations(bytes.Length, "stale");
        store.Fault = (part, _) => null;
        store.Api.Handler = WrapExpired(store.Api.Handler);
        var refreshes = 0;

        await Uploader(new CapturingLog()).UploadAsync(Upload(path, stale, refresh: _ =>
        {
            Interlocked.Increment(ref refreshes);
            return Task.FromResult(store.Operations(bytes.Length));
        }));

        Assert.That(store.Assemble(), Is.EqualTo(bytes));
        Assert.That(refreshes, Is.EqualTo(1), "one refresh serves every part");
    }

    [Test]
    public async Task Should_Refresh_Operations_That_Expire_Before_They_Are_Sent()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 2 * PartSize);
        await using var store = await PartStore.StartAsync();
        var expiring = store.Operations(bytes.Length).Select(o => o with { Expiration = DateTimeOffset.UtcNow.AddSeconds(10) }).ToList();

        await Uploader(new CapturingLog()).UploadAsync(Upload(path, expiring, refresh: _ => Task.FromResult(store.Operations(bytes.Length))));

        Assert.That(store.Assemble(), Is.EqualTo(bytes));
    }

    [Test]
    public async Task Should_Fail_Fast_Naming_The_Part_When_The_Server_Refuses_It()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 5 * PartSize);
        await using var store = await PartStore.StartAsync();
        store.Fault = (part, _) => part == 2 ? 400 : null;

        var error = Assert.ThrowsAsync<AscUploadException>(() => Uploader(new CapturingLog()).UploadAsync(Upload(path, store.Operations(bytes.Length))));

        Assert.That(error!.Message, Does.Match(@"^Part 2 of \d+ of App\.ipa \(bytes \d+-\d+\) was refused: 400"));
        Assert.That(store.Attempts[2], Is.EqualTo(1));
    }

    [Test]
    public async Task Should_Give_Up_On_A_Part_After_The_Allowed_Tries()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 2 * PartSize);
        await using var store = await PartStore.StartAsync();
        store.Fault = (part, _) => part == 1 ? 500 : null;
        var uploader = new AscAssetUploader(AscHttp.Shared, new AscUploadOptions(), Retries(maxRetries: 2), NullAscLog.Instance);

        var error = Assert.ThrowsAsync<AscUploadException>(() => uploader.UploadAsync(Upload(path, store.Operations(bytes.Length))));

        Assert.That(error!.Message, Does.StartWith("Part 1 of 2 of App.ipa failed after 3 tries: 500 InternalServerError.").And.Contain("Re-running is safe: it resumes this upload"));
        Assert.That(store.Attempts[1], Is.EqualTo(3));
    }

    [Test]
    public async Task Should_Name_The_Part_The_Cause_And_The_Tries_When_The_Upload_Host_Refuses_Connections()
    {
        // Given pre-signed URLs (a signature in their query) to a port nothing listens on
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 2 * PartSize);
        var closedPort = Http.AscConnectionTests.TheRetryBehaviour.ClosedLoopbackPort();
        var operations = Signed(new Uri($"http://127.0.0.1:{closedPort}/"), bytes.Length);
        var log = new CapturingLog();
        var uploader = new AscAssetUploader(AscHttp.Shared, new AscUploadOptions { Concurrency = 1 }, Retries(maxRetries: 2), new CakeAscLog(log));

        // When
        var error = Assert.ThrowsAsync<AscUploadException>(() => uploader.UploadAsync(Upload(path, operations)));

        // Then the message and the retry warnings say which part, why, how often, and that a re-run resumes
        Assert.That(error!.Message, Does.Contain("Re-running is safe").And.Contain("resumes"));
        Http.AscConnectionTests.TheNetworkFailureMessages.AssertNetworkFailure(error.Message, log, "Part 1 of 2 of App.ipa", "ConnectionRefused", tries: 3);
        Assert.That(error.Message + log.AllText, Does.Not.Contain("X-Amz-Signature").And.Not.Contain("s3cr3t"), "the signature never leaves the URL");
    }

    [Test]
    public async Task Should_Name_A_Reset_Of_A_Parts_Connection()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 3 * PartSize);
        await using var server = new RawLoopbackServer(RawFailure.Reset);
        var log = new CapturingLog();
        var uploader = new AscAssetUploader(AscHttp.Shared, new AscUploadOptions { Concurrency = 1 }, Retries(maxRetries: 1), new CakeAscLog(log));

        var error = Assert.ThrowsAsync<AscUploadException>(() => uploader.UploadAsync(Upload(path, Signed(server.BaseAddress, bytes.Length))));

        // A reset that lands while the part is still being written can surface as a broken pipe: the same fault, in the socket's words.
        Assert.That(error!.Message, Does.Match(@"^Part 1 of 3 of App\.ipa failed after 2 tries: (Connection reset by peer \[ConnectionReset\]|Broken pipe \[Shutdown\])\. Re-running is safe"));
        Assert.That(error.Message + log.AllText, Does.Not.Contain("s3cr3t"));
    }

    /// <summary>Pre-signed URLs as S3 hands them out, with the signature in the query.</summary>
    private static IReadOnlyList<AscUploadOperation> Signed(Uri host, long fileLength) =>
        Tiled(fileLength, i => $"{host}part/{i + 1}?X-Amz-Expires=3600&X-Amz-Signature=s3cr3t{i}", _ => null);

    private static IReadOnlyList<AscUploadOperation> Tiled(long fileLength, Func<int, string> url, Func<int, IReadOnlyList<AscHttpHeader>?> headers) =>
        [.. Enumerable.Range(0, (int)((fileLength + PartSize - 1) / PartSize)).Select(i => new AscUploadOperation
        {
            Method = "PUT",
            Url = url(i),
            Offset = (long)i * PartSize,
            Length = Math.Min(PartSize, fileLength - ((long)i * PartSize)),
            PartNumber = i + 1,
            Expiration = DateTimeOffset.UtcNow.AddHours(1),
            RequestHeaders = headers(i),
        })];

    [Test]
    public async Task Should_Wait_What_A_Part_Servers_Retry_After_Asks()
    {
        // Given a part answered 429 with Retry-After: 1, and a retry delay of milliseconds
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 2 * PartSize);
        await using var store = await PartStore.StartAsync();
        var handler = store.Api.Handler;
        var throttled = 0;
        store.Api.Handler = (ctx, i) =>
        {
            if (ctx.Request.Path.Value!.EndsWith("/2", StringComparison.Ordinal) && Interlocked.Increment(ref throttled) == 1)
            {
                ctx.Response.StatusCode = 429;
                ctx.Response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            }

            return handler(ctx, i);
        };
        var log = new CapturingLog();

        // When
        await Uploader(log).UploadAsync(Upload(path, store.Operations(bytes.Length)));

        // Then the client's rule waits the server's second, not the 5 ms backoff
        Assert.That(log.Lines.Select(l => l.Text), Has.Some.EndsWith("Part 2 of 2 of App.ipa failed (429 TooManyRequests); retry 1 of 5 in 1 s."), log.AllText);
        Assert.That(store.Assemble(), Is.EqualTo(bytes));
    }

    [Test]
    public async Task Should_Stop_When_A_Freshly_Fetched_Url_Is_Refused_Too()
    {
        // Given URLs that answer 403 however often they are fetched again
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, PartSize);
        await using var store = await PartStore.StartAsync();
        store.Api.Handler = WrapExpired(store.Api.Handler);
        var refreshes = 0;

        // When
        var error = Assert.ThrowsAsync<AscUploadException>(() => Uploader(new CapturingLog()).UploadAsync(Upload(path, store.Operations(bytes.Length, "stale"), refresh: _ =>
        {
            Interlocked.Increment(ref refreshes);
            return Task.FromResult(store.Operations(bytes.Length, $"stale/{refreshes}"));
        })));

        // Then the URL is renewed once, as a token is after a 401, and the error says re-running is safe
        Assert.That(refreshes, Is.EqualTo(1));
        Assert.That(store.Api.Requests, Has.Count.EqualTo(2));
        Assert.That(error!.Message, Does.Match(@"^Part 1 of \d+ of App\.ipa \(bytes \d+-\d+\) was refused even at a freshly fetched URL: 403").And.Contain("Re-running"));
    }

    [Test]
    public async Task Should_Say_So_When_An_Expired_Url_Cannot_Be_Fetched_Again()
    {
        // Given URLs that answer 403 (expired) and an upload that cannot read its reservation again
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, PartSize);
        await using var store = await PartStore.StartAsync();
        store.Api.Handler = WrapExpired(store.Api.Handler);

        // When
        var error = Assert.ThrowsAsync<AscUploadException>(() => Uploader(new CapturingLog()).UploadAsync(new AscAssetUpload(path, store.Operations(bytes.Length, "stale"))));

        // Then the renewal's own failure is what surfaces, after one try
        Assert.That(error!.Message, Does.Contain("expired").And.Contain("cannot read its reservation again"));
        Assert.That(store.Api.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_Refuse_Operations_That_Do_Not_Cover_The_File_Before_Sending()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 3 * PartSize);
        await using var store = await PartStore.StartAsync();
        var gap = store.Operations(bytes.Length).Where(o => o.PartNumber != 2).ToList();

        var error = Assert.ThrowsAsync<AscUploadException>(() => Uploader(new CapturingLog()).UploadAsync(Upload(path, gap)));

        Assert.That(error!.Message, Does.Contain("do not tile the file"));
        Assert.That(store.Api.Requests, Is.Empty);
    }

    [Test]
    public async Task Should_Keep_The_Requested_Parts_In_Flight_Whatever_Their_Size()
    {
        // Given parts streamed from the file, so no buffer budget holds concurrency down
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 8 * PartSize);
        await using var store = await PartStore.StartAsync();
        var inFlight = 0;
        var most = 0;
        var handler = store.Api.Handler;
        store.Api.Handler = async (ctx, i) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(100);
            await handler(ctx, i);
            Interlocked.Decrement(ref inFlight);
        };
        var uploader = new AscAssetUploader(AscHttp.Shared, new AscUploadOptions { Concurrency = 8 }, Retries(), NullAscLog.Instance);

        // When
        var result = await uploader.UploadAsync(Upload(path, store.Operations(bytes.Length)));

        // Then
        Assert.That(result.Concurrency, Is.EqualTo(8));
        Assert.That(most, Is.GreaterThan(2), "more parts in flight than the old buffer budget allowed");
        Assert.That(store.Assemble(), Is.EqualTo(bytes));
    }

    [Test]
    public async Task Should_Compute_Every_Checksum_Asked_For_And_Identify_Parts_Without_Numbers()
    {
        // Given the older operation shape of screenshots and previews: no part numbers, no expiry
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, (3 * PartSize) + 10);
        await using var store = await PartStore.StartAsync();
        var operations = store.Operations(bytes.Length).Select(o => o with { PartNumber = null, Expiration = null }).ToList();

        // When
        var result = await Uploader(new CapturingLog()).UploadAsync(new AscAssetUpload(path, operations) { ChecksumAlgorithms = [AscChecksumAlgorithm.Md5, AscChecksumAlgorithm.Sha256] });

        // Then
#pragma warning disable CA5351 // MD5 here is Apple's transfer checksum, not a security measure.
        Assert.That(result.Checksums[AscChecksumAlgorithm.Md5], Is.EqualTo(Convert.ToHexStringLower(MD5.HashData(bytes))));
#pragma warning restore CA5351
        Assert.That(result.Checksums[AscChecksumAlgorithm.Sha256], Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
        Assert.That(result.ChecksumAlgorithm, Is.EqualTo(AscChecksumAlgorithm.Md5));
        Assert.That(store.Assemble(), Is.EqualTo(bytes));
    }

    [Test]
    public async Task Should_Send_Only_The_Parts_Not_Acknowledged_By_An_Earlier_Run()
    {
        // Given a first run that stopped at part 4 of 6 (one part at a time), with a journal
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 6 * PartSize);
        await using var store = await PartStore.StartAsync();
        var journal = AscUploadJournal.For("test/" + Guid.NewGuid(), directory.Path);
        var operations = store.Operations(bytes.Length);
        var oneAtATime = new AscAssetUploader(AscHttp.Shared, new AscUploadOptions { Concurrency = 1 }, Retries(), NullAscLog.Instance);
        store.Fault = (part, _) => part == 4 ? 400 : null;
        Assert.ThrowsAsync<AscUploadException>(() => oneAtATime.UploadAsync(new AscAssetUpload(path, operations) { Journal = journal }));
        store.Attempts.Clear();
        store.Fault = (_, _) => null;

        // When it runs again with the same URLs
        var result = await oneAtATime.UploadAsync(new AscAssetUpload(path, operations) { Journal = journal });

        // Then
        Assert.That(store.Attempts.Keys.Order(), Is.EqualTo(new[] { 4, 5, 6 }));
        Assert.That(result.PartsResumed, Is.EqualTo(3));
        Assert.That(store.Assemble(), Is.EqualTo(bytes));
        Assert.That(File.ReadAllText(journal.FilePath), Does.Not.Contain(store.Api.BaseAddress.Host).And.Not.Contain("part/"), "the journal holds no URL");
    }

    [Test]
    public async Task Should_Send_A_Journalled_Part_Again_When_Its_Url_Or_The_File_Changed()
    {
        // Given a journal that acknowledged every part
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 4 * PartSize);
        await using var store = await PartStore.StartAsync();
        var journal = AscUploadJournal.For("test/" + Guid.NewGuid(), directory.Path);
        await Uploader(new CapturingLog()).UploadAsync(new AscAssetUpload(path, store.Operations(bytes.Length)) { Journal = journal });
        store.Attempts.Clear();

        // When the URLs were renewed
        await Uploader(new CapturingLog()).UploadAsync(new AscAssetUpload(path, store.Operations(bytes.Length, "renewed")) { Journal = journal });
        var afterRenewal = store.Attempts.Count;
        store.Attempts.Clear();

        // or the file was written again
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        await Uploader(new CapturingLog()).UploadAsync(new AscAssetUpload(path, store.Operations(bytes.Length, "renewed")) { Journal = journal });

        // Then every part is sent again each time
        Assert.That(afterRenewal, Is.EqualTo(4));
        Assert.That(store.Attempts.Count, Is.EqualTo(4));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static Func<HttpContext, int, Task> WrapExpired(Func<HttpContext, int, Task> inner) => (ctx, i) =>
    {
        if (ctx.Request.Path.StartsWithSegments("/stale", StringComparison.Ordinal))
        {
            ctx.Response.StatusCode = 403;
            return ctx.Response.WriteAsync("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
        }

        return inner(ctx, i);
    };
}
