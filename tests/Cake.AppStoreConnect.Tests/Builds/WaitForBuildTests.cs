using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Tests.TestSupport;
using static Cake.AppStoreConnect.Tests.TestSupport.EmulatorFixture;

namespace Cake.AppStoreConnect.Tests.Builds;

/// <summary>Which build <c>AscWaitForBuildProcessing</c> waits for: by Apple's id (<c>ForBuildId</c>) or by the numbers a user has (<c>ForBuild</c>).</summary>
public sealed class WaitForBuildTests
{
    private EmulatorFixture _emulator = null!;
    private string _first = null!;
    private string _second = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _emulator = await EmulatorFixture.StartAsync(o => o.WithProcessingTime(TimeSpan.Zero).WithContractCheck());
        _first = await _emulator.UploadBuildAsync(Sample, "1.0", "1");
        _second = await _emulator.UploadBuildAsync(Sample, "1.1", "1");
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _emulator.AssertContractKeptAsync();
        await _emulator.DisposeAsync();
    }

    [Test]
    public void Should_Wait_For_The_Build_Named_By_Version_And_Build_Number_Or_By_Id()
    {
        // Given two builds numbered 1, of versions 1.0 and 1.1
        var (context, _) = _emulator.CakeContext();

        // When
        var byNumbers = context.AscWaitForBuildProcessing(s => s.ForBuild(Sample, "1.1", "1"));
        var byId = context.AscWaitForBuildProcessing(s => s.ForBuildId(_first));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(byNumbers.Id, Is.EqualTo(_second));
            Assert.That(byId.Id, Is.EqualTo(_first));
        });
    }

    [Test]
    public async Task Should_Refuse_An_Unknown_Build_Number_Listing_The_Builds_That_Exist_Before_Any_Write()
    {
        // Given
        var (context, _) = _emulator.CakeContext();
        var before = (await _emulator.RequestsAsync()).Count;

        // When
        var error = Assert.Throws<ArgumentException>(() => context.AscWaitForBuildProcessing(s => s.ForBuild(Sample, "1.1", "2")));
        var requests = (await _emulator.RequestsAsync()).Skip(before).ToList();

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith($"{Sample} has no build 1.1 (2). Its builds, newest first: ").And.Contain("1.1 (1)").And.Contain("1.0 (1)"));
            Assert.That(error.Message, Does.Contain("Check the version and build number").And.EndWith("Nothing was changed."));
            Assert.That(requests.Select(r => r.Method), Has.All.EqualTo("GET"));
        });
    }

#pragma warning disable CS0618 // the old shape is what is tested
    [Test]
    public void Should_Keep_The_Old_ForBuild_Of_An_Id_Working_As_A_Forward_To_ForBuildId()
    {
        var settings = new AscWaitForBuildSettings().ForBuild(_first);

        Assert.That(settings.BuildId, Is.EqualTo(_first));
    }
#pragma warning restore CS0618
}
