using System.Collections.Concurrent;
using System.Security.Cryptography;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Builds.Upload;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Cake.AppStoreConnect.Tests.Client.Builds;

public sealed class AscBinaryUploaderTests
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
            [.. Enumerable.Range(0, (int)((fileLength + PartSize - 1) / PartSize)).Select(i => new AscUploadOperation
            {
                Method = "PUT",
                Url = $"{Api.BaseAddress}{prefix}/{i + 1}",
                Offset = (long)i * PartSize,
                Length = Math.Min(PartSize, fileLength - ((long)i * PartSize)),
                PartNumber = i + 1,
                Expiration = DateTimeOffset.UtcNow.AddHours(1),
                RequestHeaders = [new("Content-Type", "application/octet-stream"), new("x-amz-meta-part", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))],
            })];

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

    private static AscBinaryUploader Uploader(CapturingLog log, string algorithm = AscChecksumAlgorithm.Sha256) =>
        new(AscHttp.Shared, new AscUploadOptions { Concurrency = 3, PartRetryDelay = TimeSpan.FromMilliseconds(5), ChecksumAlgorithm = algorithm, ProgressInterval = TimeSpan.Zero }, new CakeAscLog(log));

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
        var result = await Uploader(log, algorithm).UploadAsync(path, store.Operations(bytes.Length), NoRefresh);

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

        var result = await Uploader(new CapturingLog()).UploadAsync(path, store.Operations(bytes.Length), NoRefresh);

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

        await Uploader(new CapturingLog()).UploadAsync(path, stale, _ =>
        {
            Interlocked.Increment(ref refreshes);
            return Task.FromResult(store.Operations(bytes.Length));
        });

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

        await Uploader(new CapturingLog()).UploadAsync(path, expiring, _ => Task.FromResult(store.Operations(bytes.Length)));

        Assert.That(store.Assemble(), Is.EqualTo(bytes));
    }

    [Test]
    public async Task Should_Fail_Fast_Naming_The_Part_When_The_Server_Refuses_It()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 5 * PartSize);
        await using var store = await PartStore.StartAsync();
        store.Fault = (part, _) => part == 2 ? 400 : null;

        var error = Assert.ThrowsAsync<AscUploadException>(() => Uploader(new CapturingLog()).UploadAsync(path, store.Operations(bytes.Length), NoRefresh));

        Assert.That(error!.Message, Does.Contain("Part 2").And.Contain("400"));
        Assert.That(store.Attempts[2], Is.EqualTo(1));
    }

    [Test]
    public async Task Should_Give_Up_On_A_Part_After_The_Allowed_Tries()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 2 * PartSize);
        await using var store = await PartStore.StartAsync();
        store.Fault = (part, _) => part == 1 ? 500 : null;
        var uploader = new AscBinaryUploader(AscHttp.Shared, new AscUploadOptions { MaxPartAttempts = 3, PartRetryDelay = TimeSpan.FromMilliseconds(1) }, NullAscLog.Instance);

        var error = Assert.ThrowsAsync<AscUploadException>(() => uploader.UploadAsync(path, store.Operations(bytes.Length), NoRefresh));

        Assert.That(error!.Message, Does.Contain("after 3 tries").And.Contain("Re-running resumes"));
        Assert.That(store.Attempts[1], Is.EqualTo(3));
    }

    [Test]
    public async Task Should_Refuse_Operations_That_Do_Not_Cover_The_File_Before_Sending()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 3 * PartSize);
        await using var store = await PartStore.StartAsync();
        var gap = store.Operations(bytes.Length).Where(o => o.PartNumber != 2).ToList();

        var error = Assert.ThrowsAsync<AscUploadException>(() => Uploader(new CapturingLog()).UploadAsync(path, gap, NoRefresh));

        Assert.That(error!.Message, Does.Contain("do not tile the file"));
        Assert.That(store.Api.Requests, Is.Empty);
    }

    [Test]
    public async Task Should_Lower_Concurrency_To_Stay_Within_The_Buffer_Budget()
    {
        using var directory = new TemporaryDirectory();
        var (path, bytes) = NewFile(directory, 8 * PartSize);
        await using var store = await PartStore.StartAsync();
        var uploader = new AscBinaryUploader(AscHttp.Shared, new AscUploadOptions { Concurrency = 8, MaxBufferBytes = 3 * PartSize }, NullAscLog.Instance);

        var result = await uploader.UploadAsync(path, store.Operations(bytes.Length), NoRefresh);

        Assert.That(result.Concurrency, Is.EqualTo(2), "three buffers: two in flight and one being filled");
        Assert.That(store.Assemble(), Is.EqualTo(bytes));
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
