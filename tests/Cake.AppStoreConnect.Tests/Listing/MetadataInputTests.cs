using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Listing;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Listing;

/// <summary>Bad metadata is refused before any request, naming the file and the fix.</summary>
public sealed class MetadataInputTests
{
    private EmulatorFixture _emulator = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [TestCase("en-US/name.txt", 31, "metadata/en-US/name.txt: name is 31 characters; App Store Connect accepts at most 30")]
    [TestCase("de-DE/subtitle.txt", 31, "metadata/de-DE/subtitle.txt: subtitle is 31 characters")]
    [TestCase("en-US/keywords.txt", 101, "metadata/en-US/keywords.txt: keywords is 101 characters; App Store Connect accepts at most 100")]
    [TestCase("en-US/promotional_text.txt", 171, "promotional_text.txt: promotionalText is 171 characters; App Store Connect accepts at most 170")]
    [TestCase("en-US/description.txt", 4001, "description.txt: description is 4001 characters; App Store Connect accepts at most 4000")]
    [TestCase("en-US/release_notes.txt", 4001, "release_notes.txt: whatsNew is 4001 characters")]
    public async Task Should_Refuse_A_Text_Too_Long_Before_Any_Request(string file, int length, string expected)
    {
        // Given a text one character over Apple's limit
        var folder = MetadataFolder.Write(_emulator.Directory, f => MetadataFolder.Text(f, file, new string('x', length)));

        // When it is synced, Then it is refused with the file and limit, and nothing was requested
        await AssertRefusedOfflineAsync(folder, expected);
    }

    [TestCase("en-US/support_url.txt", "example.com/support", "metadata/en-US/support_url.txt: 'example.com/support' is not an http(s) URL")]
    [TestCase("en-US/privacy_url.txt", "ftp://example.com/privacy", "privacy_url.txt: 'ftp://example.com/privacy' is not an http(s) URL")]
    [TestCase("english/name.txt", "Cake", "metadata/english/: 'english' is not a locale App Store Connect offers")]
    [TestCase("de/name.txt", "Kuchen", "Rename the folder to one of de-DE")]
    [TestCase("primary_category.txt", "GAMEZ", "metadata/primary_category.txt: 'GAMEZ' is not an App Store category id")]
    [TestCase("primary_first_sub_category.txt", "STICKERS_ART", "'STICKERS_ART' is not a subcategory of primary_category.txt ('GAMES')")]
    [TestCase("secondary_category.txt", "GAMES_ACTION", "'GAMES_ACTION' is a subcategory of GAMES")]
    [TestCase("review_information/email_address.txt", "ada.example.com", "email_address.txt: 'ada.example.com' is not an e-mail address")]
    public async Task Should_Refuse_A_Bad_Value_Before_Any_Request(string file, string content, string expected)
    {
        var folder = MetadataFolder.Write(_emulator.Directory, f => MetadataFolder.Text(f, file, content));

        await AssertRefusedOfflineAsync(folder, expected);
    }

    [Test]
    public async Task Should_Refuse_A_Bad_Age_Rating_Answer_Before_Any_Request()
    {
        // Given an age rating file with an answer Apple does not take and a question it does not ask
        var file = Path.Combine(_emulator.Directory, "bad_rating.json");
        await File.WriteAllTextAsync(file, """{ "violenceRealistic": "SOMETIMES", "spaceTravel": false }""");

        await AssertRefusedOfflineAsync(MetadataFolder.Write(_emulator.Directory), "'SOMETIMES' is not an answer to violenceRealistic", s => s.WithAgeRatingFile(file));
    }

    [Test]
    public async Task Should_Report_Every_Problem_At_Once()
    {
        var folder = MetadataFolder.Write(_emulator.Directory, f =>
        {
            MetadataFolder.Text(f, "en-US/name.txt", new string('n', 40));
            MetadataFolder.Text(f, "de-DE/marketing_url.txt", "not a url");
        });

        await AssertRefusedOfflineAsync(folder, "2 problem(s); nothing was sent");
    }

    [Test]
    public async Task Should_Refuse_A_Missing_Folder_Before_Any_Request() =>
        await AssertRefusedOfflineAsync(Path.Combine(_emulator.Directory, "no-such-metadata"), "does not exist");

    private async Task AssertRefusedOfflineAsync(string folder, string expected, Action<AscSyncMetadataSettings>? configure = null)
    {
        await _emulator.ClearRequestsAsync();
        var (context, _) = _emulator.CakeContext();

        var sync = () => context.AscSyncMetadata(EmulatorFixture.Rehearsal, folder, s => configure?.Invoke(s.SetDryRun(false)));

        Assert.That(sync, Throws.ArgumentException.With.Message.Contains(expected));
        Assert.That(await _emulator.RequestsAsync(), Is.Empty, "nothing may be requested before the input is checked");
    }
}
