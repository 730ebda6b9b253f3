using System.Net;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Listing;
using Cake.AppStoreConnect.Tests.AppStore;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>The listing's state rules: the app info follows the versions of every platform, and is locked while one is in review.</summary>
public sealed class ListingRulesTests
{
    private const string Sample = EmulatorFixture.Sample;
    private EmulatorFixture _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await AppStoreSteps.StartOnReviewClockAsync(o => o.WithContractCheck());

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [Test]
    public async Task Should_Lock_The_App_Info_While_Another_Platforms_Version_Is_In_Review()
    {
        // Given Sample's iOS version submitted, and its macOS version still being prepared
        await _emulator.PrepareReadyAsync(Sample, "1.0", "7");
        await _emulator.SubmitAsync(Sample);
        var infoId = (await _emulator.GetOkAsync($"/v1/apps/{EmulatorFixture.SampleAppId}/appInfos"))["data"]![0]!["id"]!.GetValue<string>();
        var info = (await _emulator.GetOkAsync($"/v1/appInfos/{infoId}"))["data"]!["attributes"]!;
        var english = (await _emulator.GetOkAsync($"/v1/appInfos/{infoId}/appInfoLocalizations"))["data"]![0]!["id"]!.GetValue<string>();

        // When its subtitle is changed through Apple's API, and through the alias
        var (status, body) = await _emulator.SendAsync(HttpMethod.Patch, $"/v1/appInfoLocalizations/{english}", new { data = new { type = "appInfoLocalizations", id = english, attributes = new { subtitle = "Locked" } } });
        var (context, _) = _emulator.CakeContext();
        var sync = () => context.AscSyncMetadata(Sample, s => s.ForPlatform(AscPlatform.MacOs).WithLocale("en-US", l => l.Subtitle = "Locked"));

        // Then Apple's 409 answers, and the alias names the state and what to do before writing anything
        Assert.Multiple(() =>
        {
            Assert.That(info["state"]!.GetValue<string>(), Is.EqualTo("WAITING_FOR_REVIEW"));
            Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("STATE_ERROR"));
            Assert.That(body["errors"]![0]!["detail"]!.GetValue<string>(), Does.StartWith("Attribute 'subtitle' cannot be edited at this time."));
        });
        await _emulator.ClearRequestsAsync();
        Assert.That(sync, Throws.TypeOf<AscListingException>().With.Message.Contains("WAITING_FOR_REVIEW").And.Message.Contains("AscCancelReviewSubmission"));
        Assert.That(await _emulator.ChangesAsync(), Is.Empty);
        await _emulator.AssertContractKeptAsync();
    }

    [Test]
    public async Task Should_Open_The_App_Info_Again_When_The_Review_Is_Canceled()
    {
        // Given a submitted version whose submission is then canceled
        await _emulator.PrepareReadyAsync(Sample, "1.0", "8");
        await _emulator.SubmitAsync(Sample);
        var (context, _) = _emulator.CakeContext();
        context.AscCancelReviewSubmission(Sample);

        // When the listing is synced
        var result = context.AscSyncMetadata(Sample, s => s.WithLocale("en-US", l => l.Subtitle = "Open again"));

        // Then it is written (the version is DEVELOPER_REJECTED, editable)
        Assert.That(result.Changes, Has.One.Contains("subtitle"));
    }

    [Test]
    public async Task Should_Write_Nothing_And_Not_Fail_When_A_Locked_Listing_Is_Already_As_Asked()
    {
        // Given a listing synced, then its version submitted
        var (context, _) = _emulator.CakeContext();
        context.AscSyncMetadata(Sample, s => s.WithLocale("en-US", l => l.Description = "Synced before review.").WithCopyright("2026 Example Ltd"));
        await _emulator.PrepareReadyAsync(Sample, "1.0", "9");
        await _emulator.SubmitAsync(Sample);
        await _emulator.ClearRequestsAsync();

        // When the same listing is synced again (a re-run of the pipeline), and then a changed one
        var again = context.AscSyncMetadata(Sample, s => s.WithLocale("en-US", l => l.Description = "Synced before review.").WithCopyright("2026 Example Ltd"));
        var changed = () => context.AscSyncMetadata(Sample, s => s.WithLocale("en-US", l => l.Description = "Changed in review."));

        // Then the first is in place, and the second names the version's state before writing anything
        Assert.That(again.Changes, Is.Empty);
        Assert.That(changed, Throws.TypeOf<AscListingException>().With.Message.Contains("1.0 is WAITING_FOR_REVIEW").And.Message.Contains("nothing was changed"));
        Assert.That(await _emulator.ChangesAsync(), Is.Empty);
    }
}
