using System.Net;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>Expired pre-signed part URLs are renewed when the reservation is read again, keeping received parts.</summary>
public sealed class UploadUrlRenewalTests
{
    [Test]
    public async Task Should_Issue_Fresh_Urls_For_An_Expired_Reservation_And_Keep_The_Parts_Already_Received()
    {
        // Given a reservation of three parts whose URLs last one minute, with part 1 sent
        var clock = new ManualClock();
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024).WithClock(clock).Configure(o => o.UploadUrlLifetime = TimeSpan.FromMinutes(1)));
        var content = new byte[3000];
        new Random(3).NextBytes(content);
        var uploadId = await UploadSteps.CreateUploadAsync(emulator, "5.0", "1");
        var file = await UploadSteps.ReserveAsync(emulator, uploadId, content.Length);
        var stale = UploadSteps.Operations(file).ToList();
        Assert.That(await UploadSteps.PutPartAsync(emulator.Control, stale[0], content), Is.EqualTo(HttpStatusCode.OK));

        // When the URLs expire and the reservation is read again
        clock.Advance(TimeSpan.FromMinutes(2));
        var refused = await UploadSteps.PutPartAsync(emulator.Control, stale[1], content);
        var fresh = UploadSteps.Operations((await emulator.GetOkAsync($"/v1/buildUploadFiles/{file["id"]}"))["data"]!.AsObject()).ToList();

        // Then the old URLs stay refused, the new ones work, and the commit finds every part
        Assert.That(refused, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(fresh.Select(o => o["url"]!.GetValue<string>()), Has.None.AnyOf(stale.Select(o => o["url"]!.GetValue<string>()).ToArray()));
        Assert.That(fresh.Select(o => DateTimeOffset.Parse(o["expiration"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)), Has.All.GreaterThan(clock.GetUtcNow()));
        Assert.That(await UploadSteps.PutPartAsync(emulator.Control, stale[2], content), Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await UploadSteps.PutPartAsync(emulator.Control, fresh[1], content), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await UploadSteps.PutPartAsync(emulator.Control, fresh[2], content), Is.EqualTo(HttpStatusCode.OK));
        var (status, body) = await UploadSteps.CommitAsync(emulator, file["id"]!.GetValue<string>(), content);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), () => body!.ToJsonString());
    }
}
