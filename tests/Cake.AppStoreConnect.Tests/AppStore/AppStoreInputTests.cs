using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>Input the App Store steps refuse before they send anything: no emulator is needed to prove it.</summary>
public sealed class AppStoreInputTests
{
    [TestCase("1.x", null, null, "not a valid App Store version")]
    [TestCase("1.1", "SCHEDULED", null, "needs EarliestReleaseDate")]
    [TestCase("1.1", "SOMETIME", null, "Release type 'SOMETIME'")]
    [TestCase("1.1", null, 4001, "at most 4000")]
    public void Should_Refuse_Bad_Input_Before_Any_Request(string version, string? releaseType, int? notesLength, string message)
    {
        // Given a client that records every request it tries
        using var offline = new OfflineClient();
        var settings = new AscPrepareAppStoreVersionSettings { ReleaseType = releaseType };
        if (notesLength is { } length)
        {
            settings.WithReleaseNotes("en-US", new string('x', length));
        }

        // When
        var prepare = () => new AppStoreVersionService(offline.Client).PrepareAsync(EmulatorFixture.VeryCapableApp, version, settings);

        // Then
        var error = Assert.ThrowsAsync<ArgumentException>(async () => await prepare());
        Assert.That(error!.Message, Does.Contain(message));
        Assert.That(offline.Requests, Is.Empty);
    }
}
