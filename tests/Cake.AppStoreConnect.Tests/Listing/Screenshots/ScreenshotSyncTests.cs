using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Listing;

namespace Cake.AppStoreConnect.Tests.Listing.Screenshots;

/// <summary>AscSyncScreenshots against the emulator (contract check on): upload, no-op re-run, dry run, resume, bad input.</summary>
public sealed class ScreenshotSyncTests : MediaSyncTestBase
{
    private static AscSyncScreenshotsSettings Fast() => new() { PollInterval = TimeSpan.FromMilliseconds(50), MaxPollInterval = TimeSpan.FromMilliseconds(200) };

    private AscChangeResult<IReadOnlyList<AscMediaPlanEntry>> Sync(string folder, AscSyncScreenshotsSettings? settings = null)
    {
        var (context, _) = Emulator.CakeContext();
        return context.AscSyncScreenshots(App, folder, settings ?? Fast());
    }

    private Task<Dictionary<string, Dictionary<string, List<string>>>> ReadBackAsync() =>
        ReadBackAsync("appScreenshotSets", "appScreenshots", "screenshotDisplayType", "assetDeliveryState");

    private static void AssertIntended(Dictionary<string, Dictionary<string, List<string>>> listing)
    {
        foreach (var locale in new[] { "en-US", "de-DE" })
        {
            Assert.That(listing[locale]["APP_IPHONE_67"], Is.EqualTo(new[] { "iphone_1.png", "iphone_2.png", "iphone_10.png" }), locale);
            Assert.That(listing[locale]["APP_IPAD_PRO_3GEN_129"], Is.EqualTo(new[] { "ipad_1.png", "ipad_2.png" }), locale);
        }
    }

    /// <summary>Files whose parts were sent: each reservation has its own part URL token.</summary>
    private async Task<int> FilesSentAsync() =>
        (await Emulator.RequestsAsync()).Where(r => r.Path.StartsWith("/_upload/", StringComparison.Ordinal)).Select(r => r.Path.Split('/')[2]).Distinct().Count();

    [Test]
    public async Task Should_Sync_Two_Locales_And_Two_Display_Types_Then_Write_Nothing_On_The_Second_Run()
    {
        // Given a fastlane screenshots folder with 2 locales x 2 display types
        var folder = ScreenshotFolderWriter.TwoLocalesTwoTypes(Temporary.Path);

        // When it is synced
        var first = Sync(folder);

        // Then Apple's paths show every screenshot, processed, in natural file-name order
        AssertIntended(await ReadBackAsync());
        Assert.That(first.Changes.Count(c => c.StartsWith("upload ", StringComparison.Ordinal)), Is.EqualTo(10));
        Assert.That(await FilesSentAsync(), Is.EqualTo(10));

        // And a second run sends no write and no part at all
        await Emulator.ClearRequestsAsync();
        var second = Sync(folder);
        Assert.That(await Emulator.ChangesAsync(), Is.Empty);
        Assert.That(await PartUploadsAsync(), Is.Zero);
        Assert.That(second.Changes, Is.Empty);
        Assert.That(second.AlreadyInPlace, Has.Count.EqualTo(10));
        Assert.That(second.Resource!.Select(e => e.Action), Is.All.EqualTo(AscMediaAction.Keep));
    }

    [Test]
    public async Task Should_Plan_File_By_File_In_A_Dry_Run_And_Change_Nothing()
    {
        // Given
        var folder = ScreenshotFolderWriter.TwoLocalesTwoTypes(Temporary.Path);

        // When
        var settings = Fast();
        settings.DryRun = true;
        var plan = Sync(folder, settings);

        // Then
        Assert.That(await Emulator.ChangesAsync(), Is.Empty);
        Assert.That(plan.DryRun, Is.True);
        Assert.That(plan.Changes, Does.Contain("create set en-US APP_IPHONE_67").And.Contain("upload de-DE APP_IPAD_PRO_3GEN_129 ipad_2.png"));
        Assert.That(plan.Resource!.Count(e => e.Action == AscMediaAction.Upload), Is.EqualTo(10));
    }

    [Test]
    public async Task Should_Replace_And_Reorder_Deleting_Old_Screenshots_Only_After_Their_Replacements_Are_Processed()
    {
        // Given a synced folder
        var folder = ScreenshotFolderWriter.TwoLocalesTwoTypes(Temporary.Path);
        Sync(folder);

        // When one screenshot is replaced by new content, one removed and one added before the others
        ScreenshotFolderWriter.Png(folder, "en-US", "iphone_2.png", ScreenshotFolderWriter.IphoneWidth, ScreenshotFolderWriter.IphoneHeight, 99);
        File.Delete(Path.Combine(folder, "en-US", "iphone_10.png"));
        ScreenshotFolderWriter.Png(folder, "en-US", "iphone_0.png", ScreenshotFolderWriter.IphoneWidth, ScreenshotFolderWriter.IphoneHeight, 98);
        await Emulator.ClearRequestsAsync();
        var result = Sync(folder);

        // Then the set is exactly the folder, in order; deletes came after the replacements' commits
        var listing = await ReadBackAsync();
        Assert.That(listing["en-US"]["APP_IPHONE_67"], Is.EqualTo(new[] { "iphone_0.png", "iphone_1.png", "iphone_2.png" }));
        Assert.That(listing["de-DE"]["APP_IPHONE_67"], Is.EqualTo(new[] { "iphone_1.png", "iphone_2.png", "iphone_10.png" }));
        var writes = (await Emulator.ChangesAsync()).Select(r => r.Method + " " + r.Path.Split('/')[2]).ToList();
        Assert.That(writes.IndexOf("DELETE appScreenshots"), Is.GreaterThan(writes.LastIndexOf("PATCH appScreenshots")));
        Assert.That(result.Changes, Does.Contain("reorder en-US APP_IPHONE_67"));
        Assert.That(await FilesSentAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task Should_Finish_A_Run_Killed_During_Upload_Without_Reserving_Anything_Twice()
    {
        // Given a run that dies at its first commit (more failures than the client's retries) and loses a reservation's answer
        var folder = ScreenshotFolderWriter.TwoLocalesTwoTypes(Temporary.Path);
        await Emulator.FaultAsync(new object[]
        {
            new { method = "POST", path = "/v1/appScreenshots", when = "after", drop = true, count = 1 },
            new { method = "PATCH", path = "/v1/appScreenshots/*", when = "before", status = 500, count = 1 },
        });
        var settings = Fast();
        settings.Concurrency = 1;
        settings.MaxRetries = 0;
        Assert.That(() => Sync(folder, settings), Throws.InstanceOf<Cake.AppStoreConnect.Client.Errors.AscApiException>());

        // When it runs again
        Sync(folder);

        // Then exactly the intended screenshots are there, in order, each reserved once
        AssertIntended(await ReadBackAsync());
        var state = await Emulator.StateAsync("appScreenshots");
        Assert.That(state, Has.Count.EqualTo(10));
        var reservations = (await Emulator.RequestsAsync()).Count(r => r.Method == "POST" && r.Path == "/v1/appScreenshots");
        Assert.That(reservations, Is.EqualTo(10), "a reservation whose answer was lost is found, and one left uncommitted is finished, never made again");
    }

    [Test]
    public async Task Should_Refuse_Bad_Files_Before_Any_Request_Naming_Each_File_And_The_Fix()
    {
        // Given a folder with an alpha channel, a size that is no App Store size, a PNG named as a JPEG, and 11 screenshots of one type
        var folder = Path.Combine(Temporary.Path, "screenshots");
        ScreenshotFolderWriter.Png(folder, "en-US", "alpha.png", ScreenshotFolderWriter.IphoneWidth, ScreenshotFolderWriter.IphoneHeight, 1, alpha: true);
        ScreenshotFolderWriter.Png(folder, "en-US", "odd.png", 1300, 2800, 2);
        ScreenshotFolderWriter.Png(folder, "en-US", "misnamed.jpg", ScreenshotFolderWriter.IphoneWidth, ScreenshotFolderWriter.IphoneHeight, 3);
        for (var i = 1; i <= 11; i++)
        {
            ScreenshotFolderWriter.Png(folder, "de-DE", $"{i}.png", ScreenshotFolderWriter.IpadWidth, ScreenshotFolderWriter.IpadHeight, 10 + i);
        }

        // When
        var error = Assert.Throws<ArgumentException>(() => Sync(folder));

        // Then every problem is named with its fix, and nothing was asked of App Store Connect
        Assert.That(error!.Message, Does.Contain("screenshots/en-US/alpha.png has an alpha channel").And.Contain("export it without alpha"));
        Assert.That(error.Message, Does.Contain("screenshots/en-US/odd.png is 1300x2800").And.Contain("APP_IPHONE_67 (1290x2796)"));
        Assert.That(error.Message, Does.Contain("screenshots/en-US/misnamed.jpg is a PNG image under another format's name").And.Contain("IMAGE_BAD_FILE_EXTENSION").And.Contain("rename it to misnamed.png"));
        Assert.That(error.Message, Does.Contain("screenshots/de-DE has 11 APP_IPAD_PRO_3GEN_129 screenshots (1.png … 11.png)").And.Contain("remove 1"));
        Assert.That(await Emulator.RequestsAsync(), Is.Empty);
    }

}
