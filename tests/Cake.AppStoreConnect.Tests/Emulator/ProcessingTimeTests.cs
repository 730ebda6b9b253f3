using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>Time-based states are derived from timestamps: moving the clock is enough, nothing runs in the background.</summary>
public sealed class ProcessingTimeTests
{
    private static string State(JsonNode upload) => upload["data"]!["attributes"]!["state"]!["state"]!.GetValue<string>();

    [Test]
    public async Task Should_Move_From_Processing_To_Valid_To_Expired_As_Time_Passes()
    {
        // Given an emulator on a manual clock with the default three seconds of processing
        var clock = new ManualClock();
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).WithClock(clock).WithProcessingTime(TimeSpan.FromSeconds(3)));
        var uploadId = await UploadSteps.UploadAsync(emulator, "6.0", "1", Archives.Ipa());
        Assert.That(State(await emulator.GetOkAsync($"/v1/buildUploads/{uploadId}")), Is.EqualTo("PROCESSING"));

        // When processing time passes, the upload completes and its build appears, processing in turn
        clock.Advance(TimeSpan.FromSeconds(3));
        var upload = await emulator.GetOkAsync($"/v1/buildUploads/{uploadId}?include=build");
        Assert.That(State(upload), Is.EqualTo("COMPLETE"));
        Assert.That(upload["included"]![0]!["attributes"]!["processingState"]!.GetValue<string>(), Is.EqualTo("PROCESSING"));
        var buildId = upload["data"]!["relationships"]!["build"]!["data"]!["id"]!.GetValue<string>();

        clock.Advance(TimeSpan.FromSeconds(3));
        var valid = await emulator.GetOkAsync($"/v1/builds/{buildId}");
        Assert.That(valid["data"]!["attributes"]!["processingState"]!.GetValue<string>(), Is.EqualTo("VALID"));
        Assert.That(valid["data"]!["attributes"]!["expired"]!.GetValue<bool>(), Is.False);

        // Then after 90 days the build has expired (with a token minted at the clock's time)
        clock.Advance(TimeSpan.FromDays(90));
        UploadSteps.UseToken(emulator.Http, Tokens.Mint(emulator.Host.Key, issuedAt: clock.GetUtcNow().AddSeconds(-30)));
        var expired = await emulator.GetOkAsync($"/v1/builds/{buildId}");
        Assert.That(expired["data"]!["attributes"]!["expired"]!.GetValue<bool>(), Is.True);
    }
}
