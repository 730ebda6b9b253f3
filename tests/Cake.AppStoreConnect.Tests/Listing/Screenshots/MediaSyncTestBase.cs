using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Listing.Screenshots;

/// <summary>The emulator (contract check on, 300 ms processing) with an editable version in en-US and de-DE, and a temporary folder, for the media sync tests.</summary>
public abstract class MediaSyncTestBase
{
    protected const string App = EmulatorFixture.Sample;

    protected EmulatorFixture Emulator { get; private set; } = null!;

    protected TemporaryDirectory Temporary { get; private set; } = null!;

    [SetUp]
    public async Task StartAsync()
    {
        Temporary = new TemporaryDirectory();
        Emulator = await EmulatorFixture.StartAsync(f => f.WithContractCheck().WithProcessingTime(TimeSpan.FromMilliseconds(300)));
        var version = (await Emulator.Client.AppStoreVersions.ListAsync(EmulatorFixture.SampleAppId, "IOS")).Single(v => v.IsEditable);
        await Emulator.Client.AppStoreVersionLocalizations.CreateAsync(version.Id, "de-DE", new AscLocalizedMetadata { Description = "Beispiel" });
        await Emulator.ClearRequestsAsync();
    }

    [TearDown]
    public async Task StopAsync()
    {
        if (Emulator is not null)
        {
            await Emulator.AssertContractKeptAsync();
            await Emulator.DisposeAsync();
        }

        Temporary?.Dispose();
    }

    /// <summary>Reads back, through Apple's paths, each locale's sets (set type to file names in order), asserting every file is processed.</summary>
    /// <param name="setType">The sets' resource, such as <c>appScreenshotSets</c>.</param>
    /// <param name="assetType">The files' resource, such as <c>appScreenshots</c>.</param>
    /// <param name="typeAttribute">The set's type attribute, such as <c>screenshotDisplayType</c>.</param>
    /// <param name="stateAttribute">The file's state attribute, such as <c>assetDeliveryState</c>.</param>
    protected async Task<Dictionary<string, Dictionary<string, List<string>>>> ReadBackAsync(string setType, string assetType, string typeAttribute, string stateAttribute)
    {
        var result = new Dictionary<string, Dictionary<string, List<string>>>();
        var versions = await Emulator.GetOkAsync($"/v1/apps/{EmulatorFixture.SampleAppId}/appStoreVersions?filter[platform]=IOS&filter[appVersionState]=PREPARE_FOR_SUBMISSION");
        var version = versions["data"]![0]!["id"]!.GetValue<string>();
        foreach (var localization in (await Emulator.GetOkAsync($"/v1/appStoreVersions/{version}/appStoreVersionLocalizations"))["data"]!.AsArray())
        {
            var sets = new Dictionary<string, List<string>>();
            foreach (var set in (await Emulator.GetOkAsync($"/v1/appStoreVersionLocalizations/{localization!["id"]}/{setType}"))["data"]!.AsArray())
            {
                var files = (await Emulator.GetOkAsync($"/v1/{setType}/{set!["id"]}/{assetType}"))["data"]!.AsArray();
                Assert.That(files.Select(s => s!["attributes"]![stateAttribute]!["state"]!.GetValue<string>()), Is.All.EqualTo("COMPLETE"));
                sets[set["attributes"]![typeAttribute]!.GetValue<string>()] = [.. files.Select(s => s!["attributes"]!["fileName"]!.GetValue<string>())];
            }

            result[localization["attributes"]!["locale"]!.GetValue<string>()] = sets;
        }

        return result;
    }

    protected async Task<int> PartUploadsAsync() => (await Emulator.RequestsAsync()).Count(r => r.Path.StartsWith("/_upload/", StringComparison.Ordinal));
}
