using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Listing;

namespace Cake.AppStoreConnect.Tests.Listing.Screenshots;

/// <summary>AscSyncPreviews against the emulator (contract check on): upload, no-op re-run, dry run, bad input.</summary>
public sealed class PreviewSyncTests : MediaSyncTestBase
{
    private AscChangeResult<IReadOnlyList<AscMediaPlanEntry>> Sync(string folder, bool dryRun = false, string? frame = null)
    {
        var (context, _) = Emulator.CakeContext();
        return context.AscSyncPreviews(App, folder, s =>
        {
            s.SetDryRun(dryRun)
                .WithConcurrency(2)
                .SetPollInterval(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200));
            s.PreviewFrameTimeCode = frame;
        });
    }

    /// <summary>Each stored preview's file name (with its locale) and poster frame.</summary>
    private async Task<Dictionary<string, string?>> FramesAsync() =>
        (await Emulator.StateAsync("appPreviews")).ToDictionary(p => p!["fileName"]!.GetValue<string>() + "@" + p["setId"]!.GetValue<string>(), p => p!["previewFrameTimeCode"]?.GetValue<string>());

    private Task<Dictionary<string, Dictionary<string, List<string>>>> ReadBackAsync() =>
        ReadBackAsync("appPreviewSets", "appPreviews", "previewType", "videoDeliveryState");

    [Test]
    public async Task Should_Sync_Two_Locales_Then_Write_Nothing_On_The_Second_Run()
    {
        // Given app_previews/en-US with two iPhone previews and one iPad preview, and de-DE with one iPhone preview
        var folder = PreviewFolderWriter.TwoLocales(Temporary.Path);

        // When it is synced
        var first = Sync(folder);

        // Then Apple's paths show every preview, processed, in the preview type its size gives, in file-name order
        var listing = await ReadBackAsync();
        Assert.That(listing["en-US"]["IPHONE_67"], Is.EqualTo(new[] { "iphone_1.mp4", "iphone_2.mov" }));
        Assert.That(listing["en-US"]["IPAD_PRO_3GEN_129"], Is.EqualTo(new[] { "ipad_1.m4v" }));
        Assert.That(listing["de-DE"]["IPHONE_67"], Is.EqualTo(new[] { "iphone_1.mp4" }));
        Assert.That(first.Changes.Count(c => c.StartsWith("upload ", StringComparison.Ordinal)), Is.EqualTo(4));

        // And each was created with fastlane's poster frame, 5 seconds in
        Assert.That((await FramesAsync()).Values, Is.EqualTo(Enumerable.Repeat("00:00:05:00", 4)));

        // And a second run sends no write and no part at all
        await Emulator.ClearRequestsAsync();
        var second = Sync(folder);
        Assert.That(await Emulator.ChangesAsync(), Is.Empty);
        Assert.That(await PartUploadsAsync(), Is.Zero);
        Assert.That(second.Changes, Is.Empty);
        Assert.That(second.Resource!.Select(e => e.Action), Is.All.EqualTo(AscMediaAction.Keep));
    }

    [Test]
    public async Task Should_Plan_File_By_File_In_A_Dry_Run_And_Change_Nothing()
    {
        // Given
        var folder = PreviewFolderWriter.TwoLocales(Temporary.Path);

        // When
        var plan = Sync(folder, dryRun: true);

        // Then the plan is the result and nothing was written
        Assert.That(await Emulator.ChangesAsync(), Is.Empty);
        Assert.That(plan.DryRun, Is.True);
        Assert.That(plan.Changes, Does.Contain("create set en-US IPHONE_67").And.Contain("upload en-US IPHONE_67 iphone_2.mov").And.Contain("upload de-DE IPHONE_67 iphone_1.mp4"));
    }

    [Test]
    public async Task Should_Take_The_Preview_Type_From_A_Token_In_The_File_Name()
    {
        // Given an 886x1920 preview (the 6.9"/6.7" size, shared with 6.5") named for 6.5"
        var folder = Path.Combine(Temporary.Path, "app_previews");
        PreviewFolderWriter.Mp4(folder, "en-US", "IPHONE_65_intro.mp4", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 7);

        // When
        Sync(folder);

        // Then
        Assert.That((await ReadBackAsync())["en-US"]["IPHONE_65"], Is.EqualTo(new[] { "IPHONE_65_intro.mp4" }));
    }

    [Test]
    public async Task Should_Refuse_Bad_Previews_Before_Any_Request()
    {
        // Given four previews of one type, a size no preview type has, a shared size without a token, a wrong token and a file that is no movie
        var folder = Path.Combine(Temporary.Path, "app_previews");
        for (var i = 1; i <= 4; i++)
        {
            PreviewFolderWriter.Mp4(folder, "en-US", $"p{i}.mp4", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, i);
        }

        PreviewFolderWriter.Mp4(folder, "de-DE", "odd.mp4", 1000, 1000, 5);
        PreviewFolderWriter.Mp4(folder, "de-DE", "tv.mp4", 1920, 1080, 6);
        PreviewFolderWriter.Mp4(folder, "de-DE", "IPAD_97_small.mp4", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 8);
        File.WriteAllText(Path.Combine(folder, "de-DE", "notes.mov"), "not a movie");

        // When
        var error = Assert.Throws<ArgumentException>(() => Sync(folder));

        // Then every problem is named with its fix, and not one request was sent
        Assert.That(error!.Message, Does.Contain("en-US has 4 IPHONE_67 app previews").And.Contain("at most 3").And.Contain("unverified").And.Contain("remove 1"));
        Assert.That(error.Message, Does.Contain("app_previews/de-DE/odd.mp4 is 1000x1000, which is no App Store preview size"));
        Assert.That(error.Message, Does.Contain("app_previews/de-DE/tv.mp4 is 1920x1080, a size of several preview types").And.Contain("DESKTOP").And.Contain("APPLE_TV"));
        Assert.That(error.Message, Does.Contain("IPAD_97_small.mp4 is 886x1920, which is no IPAD_97 preview size"));
        Assert.That(error.Message, Does.Contain("app_previews/de-DE/notes.mov is not a QuickTime or MPEG-4 movie"));
        Assert.That(await Emulator.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Refuse_Previews_Of_The_Wrong_Length_Size_Or_Format_Before_Any_Request()
    {
        // Given previews too short and too long (one with 64-bit version 1 headers), one with no length, one over
        // 500 MB (a sparse file: a movie followed by nothing), one the size of no type, and an .avi next to them
        var folder = Path.Combine(Temporary.Path, "app_previews");
        PreviewFolderWriter.Mp4(folder, "en-US", "short.mp4", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 1, seconds: 14.5);
        PreviewFolderWriter.Mp4(folder, "en-US", "long.mov", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 2, seconds: 31, version1: true);
        PreviewFolderWriter.Mp4(folder, "en-US", "unknown.mp4", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 3, seconds: double.PositiveInfinity);
        var large = PreviewFolderWriter.Mp4(folder, "de-DE", "large.m4v", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 4);
        using (var stream = File.OpenWrite(large))
        {
            stream.SetLength(PreviewFolder.MaxFileSize);
        }

        PreviewFolderWriter.Mp4(folder, "de-DE", "ipadish.mp4", 1210, 1590, 5);
        File.WriteAllBytes(Path.Combine(folder, "de-DE", "intro.avi"), [1, 2, 3]);

        // When it is synced, and when it is planned in a dry run
        var error = Assert.Throws<ArgumentException>(() => Sync(folder));
        var dryRun = Assert.Throws<ArgumentException>(() => Sync(folder, dryRun: true));

        // Then each file is named with what was found and the fix, and not one request was sent
        Assert.That(error!.Message, Does.Contain("nothing was sent"));
        Assert.That(error.Message, Does.Contain("app_previews/en-US/short.mp4 is 14.50 s long; App Store previews last 15 to 30 seconds: lengthen it"));
        Assert.That(error.Message, Does.Contain("app_previews/en-US/long.mov is 31.00 s long; App Store previews last 15 to 30 seconds: shorten it"));
        Assert.That(error.Message, Does.Contain("app_previews/en-US/unknown.mp4 gives no length"));
        Assert.That(error.Message, Does.Contain("app_previews/de-DE/large.m4v is 500.0 MB (500000000 bytes); App Store Connect takes previews under 500 MB"));
        Assert.That(error.Message, Does.Contain("app_previews/de-DE/ipadish.mp4 is 1210x1590, which is no App Store preview size; the nearest are 1200x1600 (IPAD_PRO_3GEN_129, IPAD_PRO_129, IPAD_PRO_3GEN_11, IPAD_105, IPAD_97)"));
        Assert.That(error.Message, Does.Contain("app_previews/de-DE/intro.avi is a .avi file; App Store Connect takes app previews as .mp4, .mov, .m4v"));
        Assert.That(dryRun!.Message, Is.EqualTo(error.Message));
        Assert.That(await Emulator.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Take_Previews_At_The_Edges_Of_The_Rules()
    {
        // Given previews of exactly 15 and 30 seconds, one just under 500 MB, one on its side
        var folder = Path.Combine(Temporary.Path, "app_previews");
        PreviewFolderWriter.Mp4(folder, "en-US", "1_fifteen.mp4", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 1, seconds: 15);
        PreviewFolderWriter.Mp4(folder, "en-US", "2_thirty.mov", PreviewFolderWriter.IphoneHeight, PreviewFolderWriter.IphoneWidth, 2, seconds: 30, version1: true);
        PreviewFolderWriter.Mp4(folder, "en-US", "3_side.m4v", PreviewFolderWriter.IphoneHeight, PreviewFolderWriter.IphoneWidth, 3, rotated: true);

        // When it is planned
        var plan = Sync(folder, dryRun: true);

        // Then every file would be uploaded into the one type its size gives
        Assert.That(plan.Changes, Is.EqualTo(new[] { "create set en-US IPHONE_67", "upload en-US IPHONE_67 1_fifteen.mp4", "upload en-US IPHONE_67 2_thirty.mov", "upload en-US IPHONE_67 3_side.m4v" }));
        Assert.That(await Emulator.ChangesAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Change_Only_The_Poster_Frame_When_Only_It_Changed()
    {
        // Given the previews synced with a poster frame 8 seconds in
        var folder = PreviewFolderWriter.TwoLocales(Temporary.Path);
        Sync(folder, frame: "00:00:08:00");
        Assert.That((await FramesAsync()).Values, Is.All.EqualTo("00:00:08:00"));

        // When it is synced again with the same frame, then planned and synced with another
        await Emulator.ClearRequestsAsync();
        var same = Sync(folder, frame: "00:00:08:00");
        var unchanged = await Emulator.ChangesAsync();
        var plan = Sync(folder, dryRun: true, frame: "00:00:10:00");
        var planned = await Emulator.ChangesAsync();
        var changed = Sync(folder, frame: "00:00:10:00");

        // Then the same frame writes nothing, the plan names each preview's old and new frame, and the change is
        // one PATCH per preview: nothing reserved, uploaded or deleted
        Assert.That(unchanged, Is.Empty);
        Assert.That(same.Changes, Is.Empty);
        Assert.That(planned, Is.Empty);
        Assert.That(plan.Changes, Does.Contain("set frame time code en-US IPHONE_67 iphone_1.mp4 (00:00:08:00 -> 00:00:10:00)"));
        Assert.That(plan.Changes, Has.Count.EqualTo(4));
        Assert.That(changed.Changes, Is.EquivalentTo(plan.Changes));
        var writes = await Emulator.ChangesAsync();
        Assert.That(writes, Has.Count.EqualTo(4));
        Assert.That(writes.Select(w => w.Method), Is.All.EqualTo("PATCH"));
        Assert.That(writes.Select(w => w.Path), Is.All.StartsWith("/v1/appPreviews/"));
        Assert.That((await FramesAsync()).Values, Is.All.EqualTo("00:00:10:00"));
    }

    [Test]
    public async Task Should_Keep_The_Poster_Frames_On_App_Store_Connect_When_None_Is_Set()
    {
        // Given previews synced with a poster frame 8 seconds in
        var folder = PreviewFolderWriter.TwoLocales(Temporary.Path);
        Sync(folder, frame: "00:00:08:00");
        await Emulator.ClearRequestsAsync();

        // When synced without one
        var result = Sync(folder);

        // Then fastlane's default is only for new previews: nothing is written
        Assert.That(result.Changes, Is.Empty);
        Assert.That(await Emulator.ChangesAsync(), Is.Empty);
    }

    [TestCase("5s")]
    [TestCase("00:00:05")]
    [TestCase("00:60:05:00")]
    [TestCase("00:00:05:60")]
    public async Task Should_Refuse_A_Poster_Frame_That_Is_No_Time_Code_Before_Any_Request(string frame)
    {
        var folder = PreviewFolderWriter.TwoLocales(Temporary.Path);

        var error = Assert.Throws<ArgumentException>(() => Sync(folder, frame: frame));

        Assert.That(error!.ParamName, Is.EqualTo("PreviewFrameTimeCode"));
        Assert.That(error.Message, Does.Contain($"PreviewFrameTimeCode '{frame}' is not a time code HH:MM:SS:FF").And.Contain("00:00:05:00"));
        Assert.That(await Emulator.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Refuse_A_Poster_Frame_Past_A_Videos_End_Before_Any_Request()
    {
        // Given a 20 s and a 25 s preview and a poster frame at 22 s
        var folder = Path.Combine(Temporary.Path, "app_previews");
        PreviewFolderWriter.Mp4(folder, "en-US", "1.mp4", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 1, seconds: 20);
        PreviewFolderWriter.Mp4(folder, "en-US", "2.mp4", PreviewFolderWriter.IphoneWidth, PreviewFolderWriter.IphoneHeight, 2, seconds: 25);

        // When
        var error = Assert.Throws<ArgumentException>(() => Sync(folder, dryRun: true, frame: "00:00:22:00"));

        // Then only the short one is named
        Assert.That(error!.Message, Does.Contain("app_previews/en-US/1.mp4 is 20.00 s long, so its poster frame PreviewFrameTimeCode 00:00:22:00 is past its end: set one before 20.00 s"));
        Assert.That(error.Message, Does.Not.Contain("2.mp4"));
        Assert.That(await Emulator.RequestsAsync(), Is.Empty);
    }
}
