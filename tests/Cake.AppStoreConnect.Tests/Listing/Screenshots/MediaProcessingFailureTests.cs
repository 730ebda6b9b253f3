using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Listing;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Listing.Screenshots;

/// <summary>A screenshot or preview App Store Connect's processing refuses stops the sync with Apple's errors, and the old one stays.</summary>
public sealed class MediaProcessingFailureTests
{
    [Test]
    public async Task Should_Fail_Fast_With_Apples_Errors_And_Keep_The_Screenshot_It_Was_To_Replace()
    {
        // Given a synced screenshot, then a new file that passes the folder check but is rewritten with an alpha
        // channel once the run has planned (a generator still writing it), so only App Store Connect can notice
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck().WithProcessingTime(TimeSpan.FromMilliseconds(200)));
        using var directory = new TemporaryDirectory();
        var folder = Path.Combine(directory.Path, "screenshots");
        var old = ScreenshotFolderWriter.Png(folder, "en-US", "1.png", ScreenshotFolderWriter.IphoneWidth, ScreenshotFolderWriter.IphoneHeight, 1);
        var settings = new AscSyncScreenshotsSettings { PollInterval = TimeSpan.FromMilliseconds(50), MaxPollInterval = TimeSpan.FromMilliseconds(100) };
        await new MediaSyncService(emulator.Client, MediaSyncKind.Screenshots).SyncAsync(EmulatorFixture.Sample, folder, settings, CancellationToken.None);
        File.Delete(old);
        var replacement = ScreenshotFolderWriter.Png(folder, "en-US", "2.png", ScreenshotFolderWriter.IphoneWidth, ScreenshotFolderWriter.IphoneHeight, 2);
        using var http = new HttpClient(new RewriteOnReservation("/v1/appScreenshots", replacement, bytes => bytes[25] = 6) { InnerHandler = new HttpClientHandler() });
        var client = ClientOver(emulator, http);

        // When it is synced
        var error = Assert.ThrowsAsync<AscMediaSyncException>(() => new MediaSyncService(client, MediaSyncKind.Screenshots).SyncAsync(EmulatorFixture.Sample, folder, settings, CancellationToken.None));

        // Then the run stops with Apple's errors, and the screenshot it was to replace is still shown
        Assert.That(error!.ProcessingErrors, Has.Some.StartsWith("IMAGE_ALPHA_NOT_ALLOWED: Images can't contain alpha channels"), "Apple's description only repeats the code; the add-in says what it means");
        Assert.That(error.Message, Does.Contain("en-US APP_IPHONE_67 screenshot 2.png").And.Contain("Images can't contain alpha channels"));
        var shots = await emulator.StateAsync("appScreenshots");
        Assert.That(shots.Select(s => s!["fileName"]!.GetValue<string>()), Is.EquivalentTo(new[] { "1.png", "2.png" }));
        await emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Stop_With_Apples_Errors_When_A_Preview_Turns_Too_Short_After_The_Check()
    {
        // Given a 20 s preview that passes the folder check, rewritten as a 10 s one (same length in bytes) once
        // its reservation is sent, so only App Store Connect's processing can notice
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck().WithProcessingTime(TimeSpan.FromMilliseconds(200)));
        using var directory = new TemporaryDirectory();
        var folder = Path.Combine(directory.Path, "app_previews");
        var path = PreviewFolderWriter.Mp4(folder, "en-US", "intro.mp4", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 1);
        var shorter = PreviewFolderWriter.Movie(PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 1, seconds: 10);
        using var http = new HttpClient(new RewriteOnReservation("/v1/appPreviews", path, bytes => shorter.CopyTo(bytes, 0)) { InnerHandler = new HttpClientHandler() });
        var settings = new AscSyncPreviewsSettings { PollInterval = TimeSpan.FromMilliseconds(50), MaxPollInterval = TimeSpan.FromMilliseconds(100) };

        // When it is synced
        var error = Assert.ThrowsAsync<AscMediaSyncException>(() => new MediaSyncService(ClientOver(emulator, http), MediaSyncKind.Previews).SyncAsync(EmulatorFixture.Sample, folder, settings, CancellationToken.None));

        // Then the run stops with the emulator's processing error, as Apple's would
        // (the emulator's description says more than the code, so it is shown as it is: code, then the length it found)
        Assert.That(error!.ProcessingErrors, Has.Some.EqualTo("VIDEO_DURATION_INVALID: App previews must be 15 to 30 seconds long; this one is 10.00 seconds."));
        Assert.That(error.Message, Does.Contain("en-US IPHONE_67 app preview intro.mp4").And.Contain("15 to 30 seconds long; this one is 10.00 seconds"));
        await emulator.AssertContractKeptAsync();
    }

    private static AppStoreConnectClient ClientOver(EmulatorFixture emulator, HttpClient http)
    {
        var key = AscApiKey.FromPem(emulator.Host.Key.KeyId, emulator.Host.Key.IssuerId, emulator.Host.Key.PrivateKeyPem, "the emulator");
        return new AppStoreConnectClient(new AscConnection(http, new AscTokenProvider(key), new AscClientOptions { BaseAddress = emulator.Host.BaseAddress, MaxRetries = 0 }));
    }

    /// <summary>Changes a file's bytes in place (same length, same name) when its reservation is sent: after the folder check, before the upload.</summary>
    private sealed class RewriteOnReservation(string route, string path, Action<byte[]> rewrite) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == route)
            {
                var bytes = File.ReadAllBytes(path);
                rewrite(bytes);
                File.WriteAllBytes(path, bytes);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
