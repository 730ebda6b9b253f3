using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Authentication;
using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Listing;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Listing.Screenshots;

/// <summary>A screenshot App Store Connect's processing refuses stops the sync with Apple's errors, and the old one stays.</summary>
public sealed class ScreenshotProcessingFailureTests
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
        using var http = new HttpClient(new AlphaOnReservation(replacement) { InnerHandler = new HttpClientHandler() });
        var key = AscApiKey.FromPem(emulator.Host.Key.KeyId, emulator.Host.Key.IssuerId, emulator.Host.Key.PrivateKeyPem, "the emulator");
        var client = new AppStoreConnectClient(new AscConnection(http, new AscTokenProvider(key), new AscClientOptions { BaseAddress = emulator.Host.BaseAddress, MaxRetries = 0 }));

        // When it is synced
        var error = Assert.ThrowsAsync<AscMediaSyncException>(() => new MediaSyncService(client, MediaSyncKind.Screenshots).SyncAsync(EmulatorFixture.Sample, folder, settings, CancellationToken.None));

        // Then the run stops with Apple's errors, and the screenshot it was to replace is still shown
        Assert.That(error!.ProcessingErrors, Has.Some.StartsWith("IMAGE_ALPHA_NOT_ALLOWED"));
        Assert.That(error.Message, Does.Contain("en-US APP_IPHONE_67 screenshot 2.png").And.Contain("Images can't contain alpha channels"));
        var shots = await emulator.StateAsync("appScreenshots");
        Assert.That(shots.Select(s => s!["fileName"]!.GetValue<string>()), Is.EquivalentTo(new[] { "1.png", "2.png" }));
        await emulator.AssertContractKeptAsync();
    }

    /// <summary>Marks the PNG as RGBA (IHDR colour type 6) when its reservation is sent: same length, same name.</summary>
    private sealed class AlphaOnReservation(string path) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/v1/appScreenshots")
            {
                var bytes = File.ReadAllBytes(path);
                bytes[25] = 6;
                File.WriteAllBytes(path, bytes);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
