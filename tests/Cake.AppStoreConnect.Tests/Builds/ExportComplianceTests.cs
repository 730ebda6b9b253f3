using System.Text.Json.Nodes;
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.Tests.AppStore;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Builds;

/// <summary>
/// Export compliance has one meaning everywhere: answered when unanswered; an answer already given stays
/// (Apple does not change it), and a request for the other answer is reported, not sent.
/// </summary>
public sealed class ExportComplianceTests : ReviewClockTests
{
    [Test]
    public async Task Should_Answer_An_Unanswered_Build_Once()
    {
        // Given
        var buildId = await Harness.UploadBuildAsync(EmulatorFixture.Sample, "3.0", "1", usesNonExemptEncryption: null);
        var service = new BuildQueryService(Harness.Client);

        // When
        var dryRun = await service.SetExportComplianceAsync(buildId, false, new AscSettings { DryRun = true });
        var answered = await service.SetExportComplianceAsync(buildId, false, new AscSettings());
        var again = await service.SetExportComplianceAsync(buildId, false, new AscSettings());

        // Then
        Assert.That(dryRun.Changes, Has.One.Contains("answer export compliance"));
        Assert.That(dryRun.Resource!.UsesNonExemptEncryption, Is.Null);
        Assert.That(answered.Changes, Is.EqualTo(dryRun.Changes));
        Assert.That(answered.Resource!.UsesNonExemptEncryption, Is.False);
        Assert.That(again.NothingChanged, Is.True);
        Assert.That(again.AlreadyInPlace, Has.One.Contains("answered"));
    }

    [Test]
    public async Task Should_Report_And_Not_Overwrite_A_Conflicting_Answer_On_Every_Path()
    {
        // Given a build answered "false"
        const string App = EmulatorFixture.Sample;
        var buildId = await Harness.UploadBuildAsync(App, "3.0", "2", usesNonExemptEncryption: false);
        await Harness.Control.DeleteAsync("/_emulator/requests");

        // When the alias's service, App Store preparation and a re-upload ask for "true"
        var set = await new BuildQueryService(Harness.Client).SetExportComplianceAsync(buildId, true, new AscSettings());
        var prepared = await Harness.PrepareAsync(App, "3.0", s =>
        {
            s.BuildNumber = "2";
            s.UsesNonExemptEncryption = true;
        });

        // Then the answer stays, the refusal is said, and no build was patched
        var patches = JsonNode.Parse(await Harness.Control.GetStringAsync("/_emulator/requests"))!.AsArray()
            .Count(r => r!["method"]!.GetValue<string>() == "PATCH" && r["path"]!.GetValue<string>().StartsWith("/v1/builds/", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(set.Resource!.UsesNonExemptEncryption, Is.False);
            Assert.That(set.NothingChanged, Is.True);
            Assert.That(set.AlreadyInPlace, Has.One.Contains("not changed").And.One.Contains("Apple does not change an answer once given"));
            Assert.That(prepared.Build!.UsesNonExemptEncryption, Is.False);
            Assert.That(prepared.AlreadyInPlace, Has.Some.Contains("not changed"));
            Assert.That(patches, Is.Zero);
            Assert.That(Harness.Log.AllText, Does.Contain("Not applied: export compliance of build 2"));
        });
    }
}
