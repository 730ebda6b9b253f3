using System.Text.Json.Nodes;
using Cake.AppStoreConnect.AppStore;
using Cake.AppStoreConnect.Client.AppStore;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.AppStore;

/// <summary>Apple's rules met on the way to review, each with a clear message and, where settings allow, the fix.</summary>
public sealed class AppStoreConflictTests
{
    private EmulatorFixture _harness = null!;

    [SetUp]
    public async Task StartAsync() => _harness = await AppStoreSteps.StartOnReviewClockAsync(o => o.WithContractCheck());

    [TearDown]
    public async Task StopAsync()
    {
        // None when SetUp ignored the test because Apple's spec is absent (a user's clone).
        if (_harness is not { } harness)
        {
            return;
        }

        _harness = null!;
        try
        {
            await harness.AssertContractKeptAsync();
        }
        finally
        {
            await harness.DisposeAsync();
        }
    }

    private static JsonObject Entity(string type, JsonObject? attributes, JsonObject relationships, string? id = null)
    {
        var data = new JsonObject { ["type"] = type };
        if (id is not null)
        {
            data["id"] = id;
        }

        if (attributes is not null)
        {
            data["attributes"] = attributes;
        }

        data["relationships"] = relationships;
        return new JsonObject { ["data"] = data };
    }

    private static JsonObject To(string type, string id) => new() { ["data"] = new JsonObject { ["type"] = type, ["id"] = id } };

    [Test]
    public async Task Should_Refuse_A_Version_Without_A_Build_Before_Changing_Anything()
    {
        // When the seeded version, which has no build, is submitted
        var submit = () => _harness.SubmitAsync(EmulatorFixture.VeryCapableApp, s => s.SetContainsThirdPartyContent(false));

        // Then
        var error = Assert.ThrowsAsync<AscNotReadyForReviewException>(async () => await submit());
        Assert.That(error!.Problems, Has.Some.Contains("No build is attached").And.Some.Contains("AscPrepareAppStoreVersion"));
        Assert.That(await _harness.CountAsync("reviewSubmissions"), Is.Zero);
        Assert.That((await _harness.StateAsync())["apps"]!.AsArray().All(a => a!["contentRightsDeclaration"] is null), Is.True, "nothing changed, not even the answer given");
    }

    [Test]
    public async Task Should_Name_Missing_Export_Compliance_And_Content_Rights_Then_Answer_Them_When_Told()
    {
        // Given a version with a build whose export compliance is unanswered, and no content rights answer
        const string App = EmulatorFixture.Sample;
        var buildId = await _harness.UploadBuildAsync(App, "2.1", "4", usesNonExemptEncryption: null);
        await _harness.PrepareAsync(App, "2.1");

        // When it is submitted without, then with, the answers
        var without = Assert.ThrowsAsync<AscNotReadyForReviewException>(async () => await _harness.SubmitAsync(App));
        var with = await _harness.SubmitAsync(App, s => s.SetUsesNonExemptEncryption(false).SetContainsThirdPartyContent(true));

        // Then
        Assert.That(without!.Problems, Has.Count.EqualTo(2));
        Assert.That(without.Message, Does.Contain("Export compliance").And.Contain("UsesNonExemptEncryption").And.Contain("content rights").And.Contain("ContainsThirdPartyContent"));
        Assert.That(with.Submission!.IsSubmitted, Is.True);
        var state = await _harness.StateAsync();
        Assert.That(state["builds"]!.AsArray().Single(b => b!["id"]!.GetValue<string>() == buildId)!["usesNonExemptEncryption"]!.GetValue<bool>(), Is.False);
        Assert.That(state["apps"]!.AsArray().Single(a => a!["bundleId"]!.GetValue<string>() == App)!["contentRightsDeclaration"]!.GetValue<string>(), Is.EqualTo(AscContentRightsDeclaration.UsesThirdPartyContent));
    }

    [Test]
    public async Task Should_Surface_Apples_Own_Readiness_Errors_With_The_Useful_Code_After_The_First()
    {
        // Given a submission with the seeded version (no build), built with the typed client directly
        var client = _harness.Client;
        var app = await client.Apps.FindByBundleIdAsync(EmulatorFixture.VeryCapableApp);
        var version = (await client.AppStoreVersions.ListAsync(app!.Id, "IOS"))[0];
        var submission = await client.ReviewSubmissions.CreateAsync(app.Id, "IOS");
        await client.ReviewSubmissions.AddAppStoreVersionAsync(submission.Id, version.Id);

        // When
        var again = Assert.ThrowsAsync<AscConflictException>(async () => await client.ReviewSubmissions.AddAppStoreVersionAsync(submission.Id, version.Id));
        var submit = Assert.ThrowsAsync<AscConflictException>(async () => await client.ReviewSubmissions.SubmitAsync(submission.Id));

        // Then
        Assert.That(again!.Errors[0].Code, Is.EqualTo("ENTITY_ERROR"));
        Assert.That(again.HasErrorCode("ENTITY_ERROR.RELATIONSHIP.INVALID"), Is.True);
        Assert.That(submit!.Errors[0].Code, Is.EqualTo("STATE_ERROR.ENTITY_STATE_INVALID"));
        Assert.That(submit.HasErrorCode("ENTITY_ERROR.RELATIONSHIP.REQUIRED"), Is.True);
        Assert.That(submit.Message, Does.Contain("build").And.Contain("contentRightsDeclaration"));
    }

    [Test]
    public async Task Should_Reuse_An_Open_Draft_Made_Elsewhere_And_Add_Nothing_Twice()
    {
        // Given a version ready for review, and a draft submission a colleague made in the web UI with the version in it
        const string App = EmulatorFixture.VeryCapableApp;
        var prepared = await _harness.PrepareReadyAsync(App, "1.2", "1");
        var draft = (await _harness.SendOkAsync(HttpMethod.Post, "/v1/reviewSubmissions", Entity("reviewSubmissions", new JsonObject { ["platform"] = "IOS" }, new JsonObject { ["app"] = To("apps", EmulatorFixture.VeryCapableAppId) })))!["data"]!["id"]!.GetValue<string>();
        await _harness.SendOkAsync(HttpMethod.Post, "/v1/reviewSubmissionItems", Entity("reviewSubmissionItems", null, new JsonObject { ["reviewSubmission"] = To("reviewSubmissions", draft), ["appStoreVersion"] = To("appStoreVersions", prepared.Version!.Id) }));

        // When
        var submitted = await _harness.SubmitAsync(App);

        // Then
        Assert.That(submitted.Submission!.Id, Is.EqualTo(draft));
        Assert.That(submitted.Submission.IsSubmitted, Is.True);
        Assert.That(await _harness.CountAsync("reviewSubmissions"), Is.EqualTo(1));
        Assert.That(await _harness.CountAsync("reviewSubmissionItems"), Is.EqualTo(1));
        Assert.That(_harness.Log.AllText, Does.Contain("Already in place: open review submission"));
    }

    [Test]
    public async Task Should_Explain_The_Open_Submission_That_Blocks_And_Cancel_It_Only_When_Allowed()
    {
        // Given a version submitted, then pulled from review elsewhere: its old submission is still CANCELING.
        // The submit waits for the cancellation on the emulator's clock itself, so this one runs on real time.
        await _harness.DisposeAsync();
        _harness = await EmulatorFixture.StartAsync(o => o.WithContractCheck().WithReviewTime(TimeSpan.FromSeconds(2)).WithPartSize(4096));
        const string App = EmulatorFixture.Rehearsal;
        await _harness.PrepareReadyAsync(App, "1.0", "1");
        var first = await _harness.SubmitAsync(App);
        await _harness.SendOkAsync(HttpMethod.Patch, $"/v1/reviewSubmissions/{first.Submission!.Id}", Entity("reviewSubmissions", new JsonObject { ["canceled"] = true }, new JsonObject(), first.Submission.Id));

        // When it is submitted again without, then with, CancelPreviousSubmission
        var blocked = Assert.ThrowsAsync<AscAppStoreException>(async () => await _harness.SubmitAsync(App));
        var submitted = await _harness.SubmitAsync(App, s => s.SetCancelPreviousSubmission());

        // Then
        Assert.That(blocked!.Message, Does.Contain("already has an open IOS review submission").And.Contain("CancelPreviousSubmission").And.Contain("AscCancelReviewSubmission"));
        Assert.That(submitted.Submission!.Id, Is.Not.EqualTo(first.Submission.Id));
        Assert.That(submitted.Submission.IsSubmitted, Is.True);
        Assert.That(await _harness.CountAsync("reviewSubmissions"), Is.EqualTo(2));
    }

    [Test]
    public async Task Should_Refuse_To_Release_Or_Pause_What_Is_Not_There_Yet()
    {
        // Given a version waiting for review with a phased release set up
        const string App = EmulatorFixture.Rehearsal;
        await _harness.PrepareReadyAsync(App, "1.0", "1");
        await _harness.Release().EnablePhasedReleaseAsync(App, new AscPhasedReleaseSettings());
        await _harness.SubmitAsync(App);

        // When
        var release = Assert.ThrowsAsync<AscAppStoreException>(async () => await _harness.Release().ReleaseAsync(App, new AscReleaseVersionSettings { VersionString = "1.0" }));
        var pause = Assert.ThrowsAsync<AscAppStoreException>(async () => await _harness.Release().PausePhasedReleaseAsync(App, new AscPhasedReleaseSettings { VersionString = "1.0" }));
        var enableAgain = await _harness.Release().EnablePhasedReleaseAsync(App, new AscPhasedReleaseSettings { VersionString = "1.0" });

        // Then
        Assert.That(release!.Message, Does.Contain("still in App Review"));
        Assert.That(pause!.Message, Does.Contain("has not started"));
        Assert.That(enableAgain.Resource!.State, Is.EqualTo(AscPhasedReleaseState.Inactive));
        Assert.That(await _harness.CountAsync("appStoreVersionPhasedReleases"), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_Refuse_A_Build_Number_That_Does_Not_Exist_Before_Renaming_Anything()
    {
        // When
        var prepare = () => _harness.PrepareAsync(EmulatorFixture.VeryCapableApp, "4.0", s => s.WithBuildNumber("99"));

        // Then
        var error = Assert.ThrowsAsync<ArgumentException>(async () => await prepare());
        Assert.That(error!.Message, Does.Contain("has no build 4.0 (99) for IOS").And.Contain("AscUploadBuild"));
        var versions = (await _harness.StateAsync())["appStoreVersions"]!.AsArray().Where(v => v!["appId"]!.GetValue<string>() == EmulatorFixture.VeryCapableAppId);
        Assert.That(versions.Single()!["versionString"]!.GetValue<string>(), Is.EqualTo("1.0"));
    }
}
