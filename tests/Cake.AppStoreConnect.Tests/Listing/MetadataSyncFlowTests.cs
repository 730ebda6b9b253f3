using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Listing;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Listing;

/// <summary>AscSyncMetadata and AscDownloadMetadata as a script calls them, against the emulator with Apple's contract checked.</summary>
public sealed class MetadataSyncFlowTests
{
    private const string App = EmulatorFixture.Rehearsal;
    private const string AppId = "6449876540";
    private EmulatorFixture _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorFixture.StartAsync(o => o.WithContractCheck());

    [TearDown]
    public async Task StopAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
            _emulator = null!;
        }
    }

    [Test]
    public async Task Should_Write_Two_Locales_Readable_Through_Apples_Paths_And_Write_Nothing_The_Second_Time()
    {
        // Given a fastlane metadata folder with two locales, and an age rating file
        var folder = MetadataFolder.Write(_emulator.Directory);
        var ageRating = Path.Combine(_emulator.Directory, "age_rating.json");
        await File.WriteAllTextAsync(ageRating, """{ "gambling": false, "violenceCartoonOrFantasy": "INFREQUENT_OR_MILD", "profanityOrCrudeHumor": 0, "kidsAgeBand": null }""");
        var (context, log) = _emulator.CakeContext();

        // When it is synced
        var first = context.AscSyncMetadata(App, folder, s => s.WithAgeRatingFile(ageRating));

        // Then every value reads back through Apple's own paths
        var info = (await _emulator.GetOkAsync($"/v1/apps/{AppId}/appInfos"))["data"]![0]!;
        var infoId = info["id"]!.GetValue<string>();
        var names = await Localized($"/v1/appInfos/{infoId}/appInfoLocalizations");
        var version = (await _emulator.GetOkAsync($"/v1/apps/{AppId}/appStoreVersions"))["data"]![0]!;
        var versionId = version["id"]!.GetValue<string>();
        var texts = await Localized($"/v1/appStoreVersions/{versionId}/appStoreVersionLocalizations");
        var review = (await _emulator.GetOkAsync($"/v1/appStoreVersions/{versionId}/appStoreReviewDetail"))["data"]!["attributes"]!;
        var rating = (await _emulator.GetOkAsync($"/v1/appInfos/{infoId}/ageRatingDeclaration"))["data"]!["attributes"]!;
        var primary = (await _emulator.GetOkAsync($"/v1/appInfos/{infoId}/primaryCategory"))["data"]!["id"]!.GetValue<string>();
        var sub = (await _emulator.GetOkAsync($"/v1/appInfos/{infoId}/primarySubcategoryOne"))["data"]!["id"]!.GetValue<string>();
        var copyright = (await _emulator.GetOkAsync($"/v1/appStoreVersions/{versionId}"))["data"]!["attributes"]!["copyright"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(first.DryRun, Is.False);
            Assert.That(names["en-US"]["name"], Is.EqualTo("Cake Rehearsal Pro"));
            Assert.That(names["en-US"]["subtitle"], Is.EqualTo("Rehearse every release"));
            Assert.That(names["en-US"]["privacyPolicyUrl"], Is.EqualTo("https://example.com/privacy"));
            Assert.That(names["de-DE"]["name"], Is.EqualTo("Kuchenprobe"));
            Assert.That(texts["en-US"]["description"], Is.EqualTo("Rehearses App Store releases.\nLine two."));
            Assert.That(texts["en-US"]["promotionalText"], Is.EqualTo("Now with listings."));
            Assert.That(texts["de-DE"]["keywords"], Is.EqualTo("veröffentlichung,probe"));
            Assert.That(texts["de-DE"]["supportUrl"], Is.EqualTo("https://example.com/hilfe"), "default/ fills what a locale lacks");
            Assert.That(texts["en-US"]["supportUrl"], Is.EqualTo("https://example.com/support"), "a locale's own file wins over default/");
            Assert.That((primary, sub, copyright), Is.EqualTo(("GAMES", "GAMES_PUZZLE", "2026 Cake Build")));
            Assert.That(review["contactFirstName"]!.GetValue<string>(), Is.EqualTo("Ada"));
            Assert.That(review["demoAccountPassword"]!.GetValue<string>(), Is.EqualTo("s3cret-demo"));
            Assert.That(review["demoAccountRequired"]!.GetValue<bool>(), Is.True);
            Assert.That(rating["gambling"]!.GetValue<bool>(), Is.False);
            Assert.That(rating["violenceCartoonOrFantasy"]!.GetValue<string>(), Is.EqualTo("INFREQUENT_OR_MILD"));
            Assert.That(rating["profanityOrCrudeHumor"]!.GetValue<string>(), Is.EqualTo("NONE"), "fastlane's 0 is NONE");
            Assert.That(first.Resource, Has.Some.Matches<AscMetadataChange>(c => c.Locale == "de-DE" && c.Field == "name" && c.OldValue == null && c.NewValue == "Kuchenprobe"));
            Assert.That(first.Resource, Has.Some.Matches<AscMetadataChange>(c => c.Locale == "en-US" && c.Field == "name" && c.OldValue == "Cake Rehearsal" && c.NewValue == "Cake Rehearsal Pro"));
            Assert.That(log.AllText, Does.Not.Contain("s3cret-demo"), "the demo password is never logged");
            Assert.That(first.ToString(), Does.Not.Contain("s3cret-demo"));
        });

        // When it runs again
        await _emulator.ClearRequestsAsync();
        var second = context.AscSyncMetadata(App, folder, s => s.WithAgeRatingFile(ageRating));

        // Then nothing is written
        Assert.That(await _emulator.ChangesAsync(), Is.Empty);
        Assert.That(second.Changes, Is.Empty);
        Assert.That(second.AlreadyInPlace, Is.Not.Empty);
        await _emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Only_Plan_In_A_Dry_Run()
    {
        // Given a folder whose values differ from the seeded listing
        var folder = MetadataFolder.Write(_emulator.Directory);
        var (context, log) = _emulator.CakeContext();
        await _emulator.ClearRequestsAsync();

        // When it is synced as a dry run
        var plan = context.AscSyncMetadata(App, folder, s => s.SetDryRun());

        // Then the plan names each field, old and new, and nothing is written
        Assert.That(await _emulator.ChangesAsync(), Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(plan.DryRun, Is.True);
            Assert.That(plan.Changes, Has.Some.Contains("set en-US name (appInfoLocalizations) from \"Cake Rehearsal\" to \"Cake Rehearsal Pro\""));
            Assert.That(plan.Changes, Has.Some.Contains("demoAccountPassword").And.Some.Contains("(hidden)"));
            Assert.That(plan.Resource!.Count, Is.EqualTo(plan.Changes.Count));
            Assert.That(log.AllText, Does.Contain("Dry run: would set de-DE name"));
        });
    }

    [Test]
    public async Task Should_Change_Nothing_When_A_Downloaded_Folder_Is_Synced()
    {
        // Given a listing with two locales, downloaded into deliver's layout
        var (context, _) = _emulator.CakeContext();
        context.AscSyncMetadata(App, MetadataFolder.Write(_emulator.Directory));
        var downloaded = Path.Combine(_emulator.Directory, "downloaded");
        var listing = context.AscDownloadMetadata(App, downloaded);

        // When the downloaded folder is synced
        await _emulator.ClearRequestsAsync();
        var result = context.AscSyncMetadata(App, downloaded);

        // Then nothing changes, and the layout is deliver's
        Assert.That(await _emulator.ChangesAsync(), Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(result.Changes, Is.Empty);
            Assert.That(listing.Locales.Keys, Is.EquivalentTo(new[] { "en-US", "de-DE" }));
            Assert.That(File.ReadAllText(Path.Combine(downloaded, "de-DE", "name.txt")), Is.EqualTo("Kuchenprobe\n"));
            Assert.That(File.ReadAllText(Path.Combine(downloaded, "en-US", "description.txt")), Is.EqualTo("Rehearses App Store releases.\nLine two.\n"));
            Assert.That(File.ReadAllText(Path.Combine(downloaded, "primary_first_sub_category.txt")), Is.EqualTo("GAMES_PUZZLE\n"));
            Assert.That(File.ReadAllText(Path.Combine(downloaded, "review_information", "notes.txt")), Is.EqualTo("Sign in with the demo account.\n"));
            Assert.That(File.Exists(Path.Combine(downloaded, "review_information", "demo_password.txt")), Is.False, "the demo password is not written to disk");
        });
    }

    [Test]
    public async Task Should_Refuse_Whats_New_On_The_First_Version_Before_Writing()
    {
        // Given release notes for the app's first version (the seeded 1.0)
        var folder = MetadataFolder.Write(_emulator.Directory, f => MetadataFolder.Text(f, "en-US/release_notes.txt", "Everything is new."));
        var (context, _) = _emulator.CakeContext();
        await _emulator.ClearRequestsAsync();

        // When it is synced
        var sync = () => context.AscSyncMetadata(App, folder);

        // Then it is refused, naming the file, and nothing is written
        Assert.That(sync, Throws.TypeOf<AscListingException>().With.Message.Contains("first version").And.Message.Contains("metadata/en-US/").And.Message.Contains("release_notes.txt"));
        Assert.That(await _emulator.ChangesAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Explain_A_Name_Another_App_Uses_With_Its_Locale()
    {
        // Given a German name the account's Sample app already has
        var (context, _) = _emulator.CakeContext();
        context.AscSyncMetadata(EmulatorFixture.Sample, s => s.WithLocale("de-DE", l => l.Name = "Probe"));

        // When the rehearsal app is given the same name
        var sync = () => context.AscSyncMetadata(App, s => s.WithLocale("de-DE", l => l.Name = "Probe"));

        // Then Apple's 409 is explained with the locale and field
        var refused = Assert.Throws<AscMetadataRejectedException>(() => sync());
        Assert.That((refused!.Locale, refused.Field), Is.EqualTo(("de-DE", "name")));
        Assert.That(refused.Message, Does.Contain("already used by another app").And.Contain("metadata/de-DE/name.txt"));
    }

    private async Task<Dictionary<string, Dictionary<string, string>>> Localized(string path)
    {
        var data = (await _emulator.GetOkAsync(path))["data"]!.AsArray();
        return data.ToDictionary(
            l => l!["attributes"]!["locale"]!.GetValue<string>(),
            l => l!["attributes"]!.AsObject().Where(a => a.Value is JsonValue v && v.TryGetValue<string>(out _)).ToDictionary(a => a.Key, a => a.Value!.GetValue<string>()));
    }
}
