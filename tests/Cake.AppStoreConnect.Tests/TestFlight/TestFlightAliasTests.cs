using Cake.AppStoreConnect.TestFlight;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.TestFlight;

/// <summary>The aliases as a Cake script calls them, with ASC_* variables pointing at the emulator.</summary>
public sealed class TestFlightAliasTests
{
    private EmulatorFixture _f = null!;

    [SetUp]
    public async Task StartAsync() => _f = await EmulatorFixture.StartAsync(o => o.WithContractCheck(required: false).WithBetaReviewTime(TimeSpan.Zero));

    [TearDown]
    public async Task StopAsync() => await _f.DisposeAsync();

    [Test]
    public async Task Should_Import_A_Csv_Then_List_Export_And_Remove_Through_The_Aliases()
    {
        // Given a script's working directory holding a pilot CSV
        using var dir = new TemporaryDirectory();
        await File.WriteAllTextAsync(dir.File("testers.csv"), "First,Last,Email,Groups\nAda,Lovelace,ada@example.com,Public Beta\nAlan,Turing,alan@example.com,\n");
        var (context, log) = _f.CakeContext(workingDirectory: dir.Path);

        // When
        var added = context.AscAddTesters(EmulatorFixture.Sample, s => s.FromCsv("testers.csv").ToGroups("Internal QA"));
        var again = context.AscAddTesters(EmulatorFixture.Sample, new AscAddTestersSettings().FromCsv("testers.csv").ToGroups("Internal QA"));
        var group = context.AscCreateBetaGroup(EmulatorFixture.Sample, "Friends", s => s.WithPublicLink(10));
        var groups = context.AscGetBetaGroups(EmulatorFixture.Sample);
        var qa = context.AscGetTesters(EmulatorFixture.Sample, s => s.InGroups("Internal QA"));
        var exported = context.AscExportTesters(EmulatorFixture.Sample, "out/testers.csv");
        var removed = context.AscRemoveTesters(EmulatorFixture.Sample, ["alan@example.com"]);

        // Then
        Assert.That(added.Invited, Has.Count.EqualTo(2));
        Assert.That(again.AlreadyPresent, Has.Count.EqualTo(2));
        Assert.That(again.Added, Is.Empty);
        Assert.That(groups.Select(g => g.Name), Does.Contain("Friends"));
        Assert.That(group.PublicLinkLimit, Is.EqualTo(10));
        Assert.That(qa.Select(t => t.Email), Does.Contain("alan@example.com"));
        Assert.That(File.Exists(dir.File("out/testers.csv")), Is.True);
        Assert.That(exported.Count, Is.GreaterThanOrEqualTo(5));
        Assert.That(removed.Removed, Is.EqualTo(new[] { "alan@example.com" }));
        Assert.That(log.AllText, Does.Not.Contain(_f.Host.PrivateKeyPem.Split('\n')[1]));
    }
}
