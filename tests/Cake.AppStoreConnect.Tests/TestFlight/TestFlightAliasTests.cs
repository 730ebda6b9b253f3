using Cake.AppStoreConnect.Core;
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
    public async Task Should_Refuse_To_Distribute_An_Unknown_Build_Number_Listing_The_Builds_That_Exist_Before_Any_Write()
    {
        // Given the app's one build, 1.0 (1)
        await _f.UploadBuildAsync(EmulatorFixture.Sample, "1.0", "1");
        var (context, _) = _f.CakeContext();
        var before = (await _f.RequestsAsync()).Count;

        // When the script names a build number that was never uploaded
        var error = Assert.Throws<ArgumentException>(() => context.AscDistributeBuild(s => s.ForBuild(EmulatorFixture.Sample, "1.0", "2").ToGroups("Internal QA").WithWhatToTest("Try the new onboarding.")));
        var requests = (await _f.RequestsAsync()).Skip(before).ToList();

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo($"{EmulatorFixture.Sample} has no build 1.0 (2). Its builds, newest first: 1.0 (1). Check the version and build number, or upload the build first (AscUploadBuild). Nothing was changed."));
            Assert.That(requests.Select(r => r.Method), Has.All.EqualTo("GET"));
        });
    }

    [Test]
    public async Task Should_Import_A_Csv_Then_List_Export_And_Remove_Through_The_Aliases()
    {
        // Given a script's working directory holding a pilot CSV
        using var dir = new TemporaryDirectory();
        await File.WriteAllTextAsync(dir.File("testers.csv"), "First,Last,Email,Groups\nAda,Lovelace,ada@example.com,Public Beta\nAlan,Turing,alan@example.com,\n");
        var (context, log) = _f.CakeContext(workingDirectory: dir.Path);

        // When
        var added = context.AscAddTesters(EmulatorFixture.Sample, s => s.FromCsv("testers.csv").ToGroups("Internal QA"));
        var again = context.AscAddTesters(EmulatorFixture.Sample, "testers.csv", new AscAddTestersSettings().ToGroups("Internal QA"));
        var group = context.AscCreateBetaGroup(EmulatorFixture.Sample, "Friends", s => s.WithPublicLink(10));
        var groups = context.AscGetBetaGroups(EmulatorFixture.Sample);
        var qa = context.AscGetTesters(EmulatorFixture.Sample, s => s.InGroups("Internal QA"));
        var exported = context.AscExportTesters(EmulatorFixture.Sample, "out/testers.csv");
        var planned = context.AscRemoveTesters(EmulatorFixture.Sample, ["alan@example.com"], s => s.SetDryRun());
        var removed = context.AscRemoveTesters(EmulatorFixture.Sample, ["alan@example.com"]);
#pragma warning disable CS0618 // The old settings-only shape still works, as an [Obsolete] forward.
        var removedTheOldWay = context.AscRemoveTesters(EmulatorFixture.Sample, s => s.ForEmails("ada@example.com"));
#pragma warning restore CS0618

        // Then
        Assert.That(added.Invited, Has.Count.EqualTo(2));
        Assert.That(again.AlreadyPresent, Has.Count.EqualTo(2));
        Assert.That(again.Added, Is.Empty);
        Assert.That(groups.Select(g => g.Name), Does.Contain("Friends"));
        Assert.That(group.Resource!.PublicLinkLimit, Is.EqualTo(10));
        Assert.That(qa.Select(t => t.Email), Does.Contain("alan@example.com"));
        Assert.That(File.Exists(dir.File("out/testers.csv")), Is.True);
        Assert.That(exported.Count, Is.GreaterThanOrEqualTo(5));
        Assert.That(planned.Removed, Is.EqualTo(new[] { "alan@example.com" }), "the dry run's plan");
        Assert.That(removed.Removed, Is.EqualTo(new[] { "alan@example.com" }), "the dry run removed nobody");
        Assert.That(removedTheOldWay.Removed, Is.EqualTo(new[] { "ada@example.com" }));
        Assert.That(log.AllText, Does.Not.Contain(_f.Host.PrivateKeyPem.Split('\n')[1]));
    }

    [Test]
    public async Task Should_Check_The_Export_File_Before_Reading_The_Testers()
    {
        // Given: the export's folder would have to be made where a file is
        using var dir = new TemporaryDirectory();
        await File.WriteAllTextAsync(dir.File("out"), "a file, not a folder");
        var (context, _) = _f.CakeContext(workingDirectory: dir.Path);
        await _f.ClearRequestsAsync();

        // When
        var error = Assert.Throws<IOException>(() => context.AscExportTesters(EmulatorFixture.Sample, "out/testers.csv"));

        // Then
        Assert.That(error!.Message, Does.Contain($"'{dir.File("out")}' is a file").And.Contain("Nothing was requested").And.Not.Contain("already exists"));
        Assert.That(await _f.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task Should_Name_The_Csv_File_When_It_Holds_No_Testers()
    {
        // Given
        using var dir = new TemporaryDirectory();
        await File.WriteAllTextAsync(dir.File("testers.csv"), "First,Last,Email,Groups\n\n");
        var (context, _) = _f.CakeContext(workingDirectory: dir.Path);

        // When
        var error = Assert.Throws<ArgumentException>(() => context.AscAddTesters(EmulatorFixture.Sample, s => s.FromCsv("testers.csv").ToGroups("Internal QA")));

        // Then
        Assert.That(error!.Message, Does.Contain(dir.File("testers.csv")).And.Contain("holds no tester rows").And.Not.Contain("give Testers"));
    }
}
