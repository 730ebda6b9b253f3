using Cake.AppStoreConnect.TestFlight;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.TestFlight;

/// <summary>The aliases as a Cake script calls them, with ASC_* variables pointing at the emulator.</summary>
public sealed class TestFlightAliasTests
{
    private TestFlightFixture _f = null!;

    [SetUp]
    public async Task StartAsync() => _f = await TestFlightFixture.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _f.DisposeAsync();

    [Test]
    public async Task Should_Import_A_Csv_Then_List_Export_And_Remove_Through_The_Aliases()
    {
        // Given a script's working directory holding a pilot CSV
        using var dir = new TemporaryDirectory();
        await File.WriteAllTextAsync(dir.File("testers.csv"), "First,Last,Email,Groups\nAda,Lovelace,ada@example.com,Public Beta\nAlan,Turing,alan@example.com,\n");
        var (context, _, log) = TestCakeContext.Create(_f.Variables(), dir.Path);

        // When
        var added = context.AscAddTesters(TestFlightFixture.SampleBundleId, s => s.FromCsv("testers.csv").ToGroups("Internal QA"));
        var again = context.AscAddTesters(TestFlightFixture.SampleBundleId, new AscAddTestersSettings().FromCsv("testers.csv").ToGroups("Internal QA"));
        var group = context.AscCreateBetaGroup(TestFlightFixture.SampleBundleId, "Friends", s => s.WithPublicLink(10));
        var groups = context.AscGetBetaGroups(TestFlightFixture.SampleBundleId);
        var qa = context.AscGetTesters(TestFlightFixture.SampleBundleId, s => s.InGroups("Internal QA"));
        var exported = context.AscExportTesters(TestFlightFixture.SampleBundleId, "out/testers.csv");
        var removed = context.AscRemoveTesters(TestFlightFixture.SampleBundleId, ["alan@example.com"]);

        // Then
        Assert.That(added.Invited, Has.Count.EqualTo(2));
        Assert.That(again.AlreadyPresent, Has.Count.EqualTo(2));
        Assert.That(again.Added, Is.Empty);
        Assert.That(groups.Select(g => g.Name), Does.Contain("Friends"));
        Assert.That(group.Resource!.PublicLinkLimit, Is.EqualTo(10));
        Assert.That(qa.Select(t => t.Email), Does.Contain("alan@example.com"));
        Assert.That(File.Exists(dir.File("out/testers.csv")), Is.True);
        Assert.That(exported.Count, Is.GreaterThanOrEqualTo(5));
        Assert.That(removed.Removed, Is.EqualTo(new[] { "alan@example.com" }));
        Assert.That(log.AllText, Does.Not.Contain(_f.Emulator.Host.PrivateKeyPem.Split('\n')[1]));
    }
}
