using System.Net;
using Cake.AppStoreConnect.Emulator.Resources.BetaGroups;
using Cake.AppStoreConnect.Emulator.Resources.BetaTesters;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>Apple's 10,000 external testers per app, enforced before anything is added.</summary>
public sealed class BetaTesterLimitTests
{
    [Test]
    public async Task Should_Refuse_Testers_Past_10000_Per_App_And_Change_Nothing()
    {
        // Given the Sample app's external group filled to the limit (through the store: 10,000 API calls would pass the rate limit)
        await using var emulator = await EmulatorFixture.StartAsync(f => f.WithPartSize(1024));
        string groupId = "", internalGroupId = "", outsider = "";
        emulator.Host.Context.Store.Write(store =>
        {
            var groups = store.Table<BetaGroupRecord>().Where(g => g.AppId == UploadSteps.SampleAppId).ToList();
            var external = groups.First(g => !g.IsInternal);
            (groupId, internalGroupId) = (external.Id, groups.First(g => g.IsInternal).Id);
            var present = groups.Where(g => !g.IsInternal).SelectMany(g => g.TesterIds).ToHashSet();
            for (var i = present.Count; i < BetaGroupsModule.MaxExternalTesters; i++)
            {
                var tester = new BetaTesterRecord { Id = $"cap-{i}", Email = $"cap{i}@example.com", AppIds = [UploadSteps.SampleAppId] };
                store.Table<BetaTesterRecord>().Add(tester);
                external.TesterIds.Add(tester.Id);
            }

            var other = new BetaTesterRecord { Id = "outsider", Email = "outsider@example.com" };
            store.Table<BetaTesterRecord>().Add(other);
            outsider = other.Id;
        });
        var before = (await emulator.StateAsync())["betaTesters"]!.AsArray().Count;

        // When one more is invited, or an existing tester is added to the group
        var (created, body) = await emulator.SendAsync(HttpMethod.Post, "/v1/betaTesters", new
        {
            data = new { type = "betaTesters", attributes = new { email = "one-too-many@example.com" }, relationships = new { betaGroups = new { data = new[] { new { type = "betaGroups", id = groupId } } } } },
        });
        var (linked, _) = await emulator.SendAsync(HttpMethod.Post, $"/v1/betaGroups/{groupId}/relationships/betaTesters", new { data = new[] { new { type = "betaTesters", id = outsider } } });
        var (again, _) = await emulator.SendAsync(HttpMethod.Post, $"/v1/betaGroups/{groupId}/relationships/betaTesters", new { data = new[] { new { type = "betaTesters", id = "cap-9000" } } });
        var (internalAdd, _) = await emulator.SendAsync(HttpMethod.Post, $"/v1/betaGroups/{internalGroupId}/relationships/betaTesters", new { data = new[] { new { type = "betaTesters", id = outsider } } });

        // Then
        Assert.That(created, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(body!["errors"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("STATE_ERROR"));
        Assert.That(body["errors"]![0]!["detail"]!.GetValue<string>(), Does.Contain("10000 external testers per app"));
        Assert.That(linked, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(again, Is.EqualTo(HttpStatusCode.NoContent), "a tester already in is no new tester");
        Assert.That(internalAdd, Is.EqualTo(HttpStatusCode.NoContent), "the limit is on external testers");
        Assert.That((await emulator.StateAsync())["betaTesters"]!.AsArray(), Has.Count.EqualTo(before));
    }
}
